//! The two fields that change over an action's life, status and how management checks the effect, where the
//! action is written (the question page). The action list edits the same two fields; both dispatch the same
//! actions, so the two places cannot disagree.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::manage::LimitedText;
use crate::components::use_app;
use crate::i18n::followup as t;
use crate::model::answers::{ActionField, ActionStatus};
use crate::model::limits;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ActionLifeProps {
    pub question: &'static str,
}

#[component]
pub fn ActionLife(props: &ActionLifeProps) -> Html {
    let check_ref = use_node_ref();
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let question = props.question;
    let action = a.response(question).map(|r| r.action.clone()).unwrap_or_default();
    let d = ctx.dispatcher();
    let on_status = d.to_callback().reform(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::ActionStatus { question, status: ActionStatus::from_token(&v).unwrap_or_default() }
    });
    let on_check = d.to_callback().reform(move |value: String| Action::ActionItem { question, field: ActionField::Check, value });
    html! {
        <>
            <div class="field">
                <label for="action-status">{ t::F_STATUS.get(lang) }</label>
                <select id="action-status" onchange={on_status}>
                    for s in ActionStatus::ALL {
                        <option value={s.token()} selected={s == action.status}>{ s.label().get(lang) }</option>
                    }
                </select>
            </div>
            <div class="field">
                <label for="action-check">{ t::CHECK.get(lang) }</label>
                <p id="action-check-hint" class="hint">{ t::CHECK_HINT.get(lang) }</p>
                <LimitedText id="action-check" max={limits::CHECK} multiline=true describedby="action-check-hint" node_ref={check_ref}
                    value={Some(AttrValue::from(action.check))} on_input={on_check} />
            </div>
        </>
    }
}
