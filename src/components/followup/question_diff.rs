//! Change per question between two assessments: from what to what, with the action's status, and the actions
//! closed in between.

use yew::prelude::*;

use crate::i18n::{followup as t, question as tq, Lang};
use crate::model::answers::{Answer, Assessment};
use crate::model::compare::{closed_actions, question_changes};

fn label(lang: Lang, x: Option<Answer>) -> &'static str {
    x.map_or(tq::NOT_ANSWERED.get(lang), |x| x.label().get(lang))
}

pub fn question_diff(lang: Lang, before: &Assessment, after: &Assessment) -> Html {
    let changes = question_changes(before, after);
    let closed = closed_actions(before, after);
    html! {
        <>
            <h2 id="q-changes-h">{ t::Q_CHANGES_TITLE.get(lang) }</h2>
            if changes.is_empty() {
                <p>{ crate::i18n::data::COMPARE_NONE.get(lang) }</p>
            } else {
                <ul class="change-list q-changes" aria-labelledby="q-changes-h">
                    for c in changes {
                        {{
                            let action = after.response(c.question.id).map(|r| &r.action).filter(|x| !x.is_empty());
                            html! {
                                <li data-question={c.question.id}>
                                    { format!("{} {}: ", c.question.id, c.question.text.get(lang)) }
                                    <strong class="q-change">{ format!("{} → {}", label(lang, c.before), label(lang, c.after)) }</strong>
                                    if let Some(x) = action {
                                        <span class="q-change-action">{ format!(" – {}: {} ({})", t::COL_ACTION.get(lang),
                                            if x.what.trim().is_empty() { t::NOT_SET.get(lang) } else { x.what.trim() }, x.status.label().get(lang)) }</span>
                                    }
                                </li>
                            }
                        }}
                    }
                </ul>
            }
            <h2>{ t::CLOSED_TITLE.get(lang) }</h2>
            if closed.is_empty() {
                <p>{ t::CLOSED_NONE.get(lang) }</p>
            } else {
                <ul class="closed-list">
                    for c in closed {
                        <li data-question={c.question.id}>
                            <strong>{ if c.action.what.trim().is_empty() { t::NOT_SET.get(lang).to_owned() } else { c.action.what.trim().to_owned() } }</strong>
                            { format!(" – {}: {} → {}", c.question.text.get(lang),
                                c.before.map_or("–", |s| s.label().get(lang)), c.action.status.label().get(lang)) }
                        </li>
                    }
                </ul>
            }
        </>
    }
}
