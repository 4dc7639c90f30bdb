//! Questions in one line each for paper: number, text, answer and who holds the duty.

use yew::prelude::*;

use crate::i18n::{question as tq, Lang};
use crate::model::findings::Finding;

/// `with_duty` adds who holds each duty; page 1 leaves it out so the list stays on one page (the duty filter and
/// the theme sections say it).
pub fn compact_findings(lang: Lang, findings: &[Finding], testid: Option<&'static str>, with_duty: bool) -> Html {
    html! {
        <ul class="compact-list" data-testid={testid}>
            for f in findings {
                {{
                    let mut extra = vec![f.answer.map_or(tq::NOT_ANSWERED.get(lang), |x| x.label().get(lang))];
                    if f.carried {
                        extra.push(crate::i18n::followup::CARRIED_MARK.get(lang));
                    }
                    if with_duty {
                        extra.extend(f.question.duty.iter().map(|d| d.name().get(lang)));
                    }
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
