//! One theme in the report: status, reason and the 2004 finding, the legal requirements still to check, and the
//! theme's action plan, whose lines name each requirement (Lovkrav) answered Delvis or Nei.

use yew::prelude::*;

use super::compact_findings::compact_findings;
use crate::components::results::{action_plan, theme_status, PlanView};
use crate::i18n::{report as t, Lang};
use crate::model::answers::Assessment;
use crate::model::bank::{Requirement, Theme};
use crate::model::findings::{holds, legal_to_check, unmet_legal, DutyFilter};
use crate::model::report::plan;
use crate::model::scoring::score;

pub fn report_theme(lang: Lang, a: &Assessment, th: &'static Theme, duty: DutyFilter) -> Html {
    let s = score(th.questions().filter(|q| holds(q, duty)), a);
    let check: Vec<_> = legal_to_check(a, duty).into_iter().filter(|f| f.theme == th.id).collect();
    let unmet: Vec<_> = unmet_legal(a, duty).into_iter().filter(|f| f.theme == th.id).collect();
    // Paper lists each gap once: legal requirements above, actions written down in the table, and good practice
    // still without an action by number (the appendix and the results page have them in full).
    let (with_action, without): (Vec<_>, Vec<_>) = plan(a, duty, Some(th.id), None).into_iter().partition(|g| !g.action.what.trim().is_empty());
    let practice_open: Vec<_> = without.into_iter().filter(|g| g.question.requirement == Requirement::GoodPractice).collect();
    let more = html! {
        <>
            { crate::components::followup::theme_carried(lang, a, th, duty) }
            if !unmet.is_empty() {
                <h4>{ t::UNMET_SHORT.get(lang) }</h4>
                { compact_findings(lang, &unmet, Some("theme-unmet"), true) }
            }
            if !check.is_empty() {
                <h4>{ t::TO_CHECK_SHORT.get(lang) }</h4>
                { compact_findings(lang, &check, None, true) }
            }
            <h4>{ t::THEME_ACTIONS.get(lang) }</h4>
            if with_action.is_empty() {
                <p>{ t::NO_THEME_ACTIONS.get(lang) }</p>
            } else {
                { action_plan(lang, with_action, PlanView::Paper, &format!("{}: {}", t::THEME_ACTIONS.get(lang), th.title.get(lang))) }
            }
            if !practice_open.is_empty() {
                <p class="small" data-testid="practice-without-action">
                    <strong>{ t::PRACTICE_OPEN.get(lang) }{ ": " }</strong>
                    { practice_open.iter().map(|g| format!("{}.{}", g.theme.number(), g.n)).collect::<Vec<_>>().join(", ") }
                </p>
            }
        </>
    };
    theme_status(lang, th, &s, more)
}
