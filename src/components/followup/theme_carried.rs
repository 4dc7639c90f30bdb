//! A theme's score, on the results and in the report, says how many of its answers are carried and unconfirmed,
//! since those count in that score as last year's answers.

use yew::prelude::*;

use crate::i18n::{followup as t, Lang};
use crate::model::answers::Assessment;
use crate::model::bank::Theme;
use crate::model::findings::{holds, DutyFilter};

/// Nothing when none are; `duty` is the filter the score was taken over, so the count matches it.
pub fn theme_carried(lang: Lang, a: &Assessment, th: &Theme, duty: DutyFilter) -> Html {
    let n = th.questions().filter(|q| holds(q, duty) && a.to_confirm.contains(q.id)).count();
    if n == 0 {
        return html! {};
    }
    html! {
        <p class="carried-note" data-testid="theme-unconfirmed">
            <span class="carried-mark">{ t::CARRIED_MARK.get(lang) }</span>{ " " }{ t::theme_unconfirmed(lang, n) }
        </p>
    }
}
