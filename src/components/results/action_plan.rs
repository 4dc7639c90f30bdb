//! Every gap as a line of the action plan, in order of importance (model::report::gaps). A card per row on a
//! phone.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::{question as tq, report as tr, results as t};
use crate::model::answers::Assessment;
use crate::model::bank::{Requirement, ThemeId};
use crate::model::dates;
use crate::model::findings::DutyFilter;
use crate::model::report::plan;
use crate::model::route::Route;

#[derive(Properties, PartialEq)]
pub struct ActionPlanProps {
    pub assessment: Assessment,
    #[prop_or_default]
    pub duty: DutyFilter,
    /// In the report there are no links to edit.
    #[prop_or(true)]
    pub editable: bool,
    /// Only this theme's lines.
    #[prop_or_default]
    pub theme: Option<ThemeId>,
    pub caption: AttrValue,
    /// When a heading right above already says what the table is.
    #[prop_or_default]
    pub hide_caption: bool,
}

#[component]
pub fn ActionPlan(props: &ActionPlanProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let rows = plan(&props.assessment, props.duty, props.theme, None);
    if rows.is_empty() {
        return html! { <p>{ t::NO_GAPS.get(lang) }</p> };
    }
    let (c_answer, c_what, c_who, c_due) =
        (tq::COL_ANSWER.get(lang), t::ACTION.get(lang), tr::COL_OWNER.get(lang), tr::COL_DEADLINE.get(lang));
    let or_not_set = |s: &str, f: &dyn Fn(&str) -> String| if s.trim().is_empty() { tr::NOT_SET.get(lang).to_owned() } else { f(s.trim()) };
    html! {
        <table class="plan-table stack-table">
            <caption class={classes!(props.hide_caption.then_some("visually-hidden"))}>{ props.caption.clone() }</caption>
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
                                    if props.editable {
                                        <a href={Route::Question { theme: g.theme, n: g.n }.to_hash()}>{ g.question.text.get(lang) }</a>
                                    } else {
                                        <span class="q-number">{ format!("{}.{} ", g.theme.number(), g.n) }</span>{ g.question.text.get(lang) }
                                    }
                                </th>
                                <td data-label={c_answer}>{ g.answer.label().get(lang) }</td>
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
