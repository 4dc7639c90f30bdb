//! The five most important actions on the report's first page: what, for which question, who and by when. The
//! question is named by its number only; its text is in the list above and in the appendix, and the page stays one.

use yew::prelude::*;

use crate::i18n::{report as t, results as tr, Lang, L};
use crate::model::bank::Requirement;
use crate::model::answers::Assessment;
use crate::model::dates;
use crate::model::findings::DutyFilter;
use crate::model::report::{plan, top_actions as five};

fn req_short(r: Requirement) -> &'static L {
    match r {
        Requirement::Legal => &t::REQ_LEGAL_SHORT,
        Requirement::GoodPractice => &t::REQ_GOOD_SHORT,
    }
}

pub fn top_actions(lang: Lang, a: &Assessment, duty: DutyFilter) -> Html {
    let rows = five(a, duty);
    if rows.is_empty() {
        let none = if plan(a, duty, None, Some(1)).is_empty() { &t::NO_ACTIONS } else { &t::NO_ACTIONS_YET };
        return html! { <p>{ none.get(lang) }</p> };
    }
    let (c_what, c_gap, c_who, c_due) = (tr::ACTION.get(lang), t::COL_GAP.get(lang), t::COL_OWNER.get(lang), t::COL_DEADLINE.get(lang));
    let or_not_set = |s: String| if s.trim().is_empty() { t::NOT_SET.get(lang).to_owned() } else { s };
    html! {
        <table class="top-actions stack-table" data-testid="top-actions">
            <caption class="visually-hidden">{ t::TOP_ACTIONS.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ c_what }</th>
                    <th scope="col">{ c_gap }</th>
                    <th scope="col">{ c_who }</th>
                    <th scope="col">{ c_due }</th>
                </tr>
            </thead>
            <tbody>
                for g in rows {
                    <tr>
                        <th scope="row">{ or_not_set(g.action.what.trim().to_owned()) }</th>
                        <td data-label={c_gap}>
                            <span class="q-number">{ format!("{}.{}", g.theme.number(), g.n) }</span>
                            { format!(" {}, {}", req_short(g.question.requirement).get(lang), g.answer.label().get(lang).to_lowercase()) }
                            if g.carried { { " " }<span class="carried-mark">{ crate::i18n::followup::CARRIED_MARK.get(lang) }</span> }
                        </td>
                        <td data-label={c_who}>{ or_not_set(g.action.who.trim().to_owned()) }</td>
                        <td data-label={c_due}>{ or_not_set(dates::long(lang, g.action.due.trim())) }</td>
                    </tr>
                }
            </tbody>
        </table>
    }
}
