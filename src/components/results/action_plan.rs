//! Every gap as a line of the action plan, legal requirements first.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::{question as tq, results as t};
use crate::model::answers::Assessment;
use crate::model::bank::{self, Requirement};
use crate::model::report::gaps;
use crate::model::route::Route;

#[derive(Properties, PartialEq)]
pub struct ActionPlanProps {
    pub assessment: Assessment,
    /// In the report there are no links to edit.
    #[prop_or(true)]
    pub editable: bool,
}

#[component]
pub fn ActionPlan(props: &ActionPlanProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let rows = gaps(&props.assessment);
    if rows.is_empty() {
        return html! { <p>{ t::NO_GAPS.get(lang) }</p> };
    }
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={t::ACTION_PLAN.get(lang)}>
            <table class="plan-table">
                <caption class="visually-hidden">{ t::ACTION_PLAN.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tq::COL_QUESTION.get(lang) }</th>
                        <th scope="col">{ tq::COL_ANSWER.get(lang) }</th>
                        <th scope="col">{ tq::ACTION_WHAT.get(lang) }</th>
                        <th scope="col">{ tq::ACTION_WHO.get(lang) }</th>
                        <th scope="col">{ tq::ACTION_DUE.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    for g in rows {
                        {{
                            let theme = bank::theme(g.theme);
                            let n = theme.position_of(g.question.id).unwrap_or(1);
                            let req_class = match g.question.requirement { Requirement::Legal => "req-legal", Requirement::GoodPractice => "req-good" };
                            html! {
                                <tr>
                                    <th scope="row">
                                        <span class={classes!("req", req_class)}>{ g.question.requirement.label().get(lang) }</span>{ " " }
                                        if props.editable {
                                            <a href={Route::Question { theme: g.theme, n }.to_hash()}>{ g.question.text.get(lang) }</a>
                                        } else {
                                            { g.question.text.get(lang) }
                                        }
                                        <span class="muted small">{ format!(" ({}, {})", theme.title.get(lang), g.question.basis.then) }</span>
                                    </th>
                                    <td>{ g.answer.label().get(lang) }</td>
                                    <td>{ g.action.what.clone() }</td>
                                    <td>{ g.action.who.clone() }</td>
                                    <td>{ g.action.due.clone() }</td>
                                </tr>
                            }
                        }}
                    }
                </tbody>
            </table>
        </div>
    }
}
