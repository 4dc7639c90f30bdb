//! One theme's status with the reason in one sentence, and beside it, never on the same axis, what the 2004
//! audit found nationally in the seed's own words, with any later national findings as dated context.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::results as t;
use crate::model::bank::Theme;
use crate::model::scoring::Score;

#[derive(Properties, PartialEq)]
pub struct ThemeStatusProps {
    pub theme: &'static Theme,
    pub score: Score,
    #[prop_or(3)]
    pub level: u8,
    /// Extra content under the theme (the report's lists and actions).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn ThemeStatus(props: &ThemeStatusProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let (th, s) = (props.theme, &props.score);
    let heading = format!("h{}", props.level.clamp(2, 6));
    html! {
        <section class="theme-status" data-theme={th.id.number().to_string()}>
            <@{heading}>{ format!("{}. {}", th.id.number(), th.title.get(lang)) }</@>
            <div class="theme-status-body">
                <div class="theme-status-own">
                    <p class="status-line">
                        <span class={classes!("status", format!("status-{}", s.status.token()))}>{ t::status(lang, s.status) }</span>
                        <span>{ t::SHARE_MET.get(lang) }{ ": " }{ t::share(lang, s) }</span>
                        <span class="muted">{ t::based_on(lang, s.known(), s.applicable()) }</span>
                    </p>
                    <p class="reason"><strong>{ t::WHY.get(lang) }{ ": " }</strong>{ t::reason(lang, s.reason()) }</p>
                </div>
                <div class="national">
                    <p>
                        <strong>{ t::NATIONAL_2004.get(lang) }{ ": " }</strong>
                        { th.national.summary.get(lang) }{ " " }
                        <span class="source-key">{ format!("[{}]", th.national.source.key()) }</span>
                    </p>
                    for later in th.later {
                        <p>
                            <strong>{ format!("{} ({}): ", t::LATER_FINDINGS.get(lang), later.period) }</strong>
                            { later.summary.get(lang) }{ " " }
                            <span class="source-key">{ format!("[{}]", later.source.key()) }</span>
                        </p>
                    }
                </div>
            </div>
            { props.children.clone() }
        </section>
    }
}
