//! One theme in the report: status, reason and the 2004 finding, the legal requirements still to check, and the
//! theme's action plan, whose lines name each requirement (Lovkrav) answered Delvis or Nei.

use yew::prelude::*;

use super::compact_findings::compact_findings;
use crate::components::results::{action_plan, theme_status, PlanView};
use crate::i18n::{report as t, Lang};
use crate::model::answers::Assessment;
use crate::model::bank::Theme;
use crate::model::findings::{holds, legal_to_check, DutyFilter};
use crate::model::report::plan;
use crate::model::scoring::score;

pub fn report_theme(lang: Lang, a: &Assessment, th: &'static Theme, duty: DutyFilter) -> Html {
    let s = score(th.questions().filter(|q| holds(q, duty)), a);
    let check: Vec<_> = legal_to_check(a, duty).into_iter().filter(|f| f.theme == th.id).collect();
    let more = html! {
        <>
            if !check.is_empty() {
                <h4>{ t::TO_CHECK_SHORT.get(lang) }</h4>
                { compact_findings(lang, &check, None) }
            }
            <h4>{ t::THEME_ACTIONS.get(lang) }</h4>
            { action_plan(lang, plan(a, duty, Some(th.id), None), PlanView::Paper,
                &format!("{}: {}", t::THEME_ACTIONS.get(lang), th.title.get(lang))) }
        </>
    };
    theme_status(lang, th, &s, more)
}
