//! Every gap as a line of the action plan, in order of importance (model::report::gaps). A card per row on a
//! phone.

use yew::prelude::*;

use crate::i18n::{followup as tf, question as tq, report as tr, results as t, Lang};
use crate::model::bank::Requirement;
use crate::model::dates;
use crate::model::report::Gap;
use crate::model::route::Route;

/// Where the plan is shown: the results page links each line to its question; the report, which has no links,
/// names it by number and hides the caption under a heading that already says what the table is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PlanView {
    Screen,
    Paper,
}

pub fn action_plan(lang: Lang, rows: Vec<Gap>, view: PlanView, caption: &str) -> Html {
    let editable = view == PlanView::Screen;
    if rows.is_empty() {
        return html! { <p>{ t::NO_GAPS.get(lang) }</p> };
    }
    let (c_answer, c_what, c_who, c_due) =
        (tq::COL_ANSWER.get(lang), t::ACTION.get(lang), tr::COL_OWNER.get(lang), tr::COL_DEADLINE.get(lang));
    let or_not_set = |s: &str, f: &dyn Fn(&str) -> String| if s.trim().is_empty() { tr::NOT_SET.get(lang).to_owned() } else { f(s.trim()) };
    html! {
        <table class="plan-table stack-table">
            <caption class={classes!((!editable).then_some("visually-hidden"))}>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ tq::COL_QUESTION.get(lang) }</th>
                    <th scope="col">{ c_answer }</th>
                    <th scope="col">{ c_what }</th>
                    <th scope="col">{ c_who }</th>
                    <th scope="col">{ c_due }</th>
                </tr>
            </thead>
            <tbody>
                for g in rows {
                    {{
                        let req_class = match g.question.requirement { Requirement::Legal => "req-legal", Requirement::GoodPractice => "req-good" };
                        html! {
                            <tr>
                                <th scope="row">
                                    <span class={classes!("req", req_class)}>{ g.question.requirement.label().get(lang) }</span>{ " " }
                                    if editable {
                                        <a href={Route::Question { theme: g.theme, n: g.n }.to_hash()}>{ g.question.text.get(lang) }</a>
                                    } else {
                                        <span class="q-number">{ format!("{}.{} ", g.theme.number(), g.n) }</span>{ g.question.text.get(lang) }
                                    }
                                </th>
                                <td data-label={c_answer}>
                                    { g.answer.label().get(lang) }
                                    if g.carried { { " " }<span class="carried-mark">{ tf::CARRIED_MARK.get(lang) }</span> }
                                </td>
                                <td data-label={c_what}>{ or_not_set(&g.action.what, &|s| s.to_owned()) }</td>
                                <td data-label={c_who}>{ or_not_set(&g.action.who, &|s| s.to_owned()) }</td>
                                <td data-label={c_due}>{ or_not_set(&g.action.due, &|s| dates::long(lang, s)) }</td>
                            </tr>
                        }
                    }}
                }
            </tbody>
        </table>
    }
}
