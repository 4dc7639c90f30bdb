//! Questions in one line each for paper: number, text, answer and who holds the duty.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::question as tq;
use crate::model::findings::Finding;

#[derive(Properties, PartialEq)]
pub struct CompactFindingsProps {
    pub findings: Vec<Finding>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[component]
pub fn CompactFindings(props: &CompactFindingsProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    html! {
        <ul class="compact-list" data-testid={props.testid.clone()}>
            for f in &props.findings {
                {{
                    let mut extra = vec![f.answer.map_or(tq::NOT_ANSWERED.get(lang), |x| x.label().get(lang))];
                    extra.extend(f.question.duty.iter().map(|d| d.name().get(lang)));
                    html! {
                        <li>
                            <span class="q-number">{ format!("{}.{} ", f.theme.number(), f.n) }</span>
                            { f.question.text.get(lang) }
                            <span class="muted">{ format!(" ({})", extra.join("; ")) }</span>
                        </li>
                    }
                }}
            }
        </ul>
    }
}
