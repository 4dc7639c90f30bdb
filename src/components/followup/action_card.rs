//! One action as a card: the finding it answers, what, who, deadline, and the two things that change over its
//! life, its status and how management checks the effect. Cards rather than table rows, so the editable fields
//! reflow at 320 px.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::manage::LimitedText;
use crate::components::use_app;
use crate::i18n::{followup as t, question as tq};
use crate::model::actions::ActionRow;
use crate::model::answers::{ActionField, ActionStatus};
use crate::model::dates;
use crate::model::limits;
use crate::model::route::Route;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ActionCardProps {
    pub row: ActionRow,
    pub today: AttrValue,
    /// The answer is last year's, not yet confirmed.
    pub carried: bool,
}

#[component]
pub fn ActionCard(props: &ActionCardProps) -> Html {
    let check_ref = use_node_ref();
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let r = &props.row;
    let question = r.question.id;
    let base = format!("act-{}", question.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
    let (status_id, check_id, check_hint) = (format!("{base}-status"), format!("{base}-check"), format!("{base}-check-hint"));
    let on_status = ctx.dispatcher().to_callback().reform(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::ActionStatus { question, status: ActionStatus::from_token(&v).unwrap_or_default() }
    });
    let on_check = ctx.dispatcher().to_callback().reform(move |value: String| Action::ActionItem { question, field: ActionField::Check, value });
    let late = r.overdue(&props.today);
    let or_not_set = |s: &str| if s.trim().is_empty() { t::NOT_SET.get(lang).to_owned() } else { s.trim().to_owned() };
    html! {
        <li class={classes!("action-card", late.then_some("is-overdue"), format!("status-{}", r.action.status.token()))} data-question={question}>
            <h3 class="action-what">{ or_not_set(&r.action.what) }</h3>
            if late {
                <p class="overdue-tag"><strong>{ t::OVERDUE.get(lang) }</strong></p>
            }
            <dl class="action-facts">
                <div><dt>{ t::FINDING.get(lang) }</dt>
                    <dd><a href={Route::Question { theme: r.theme, n: r.n }.to_hash()}>{ format!("{}.{} {}", r.theme.number(), r.n, r.question.text.get(lang)) }</a></dd></div>
                <div><dt>{ t::ANSWER.get(lang) }</dt><dd>
                    { r.answer.map_or(tq::NOT_ANSWERED.get(lang), |x| x.label().get(lang)) }
                    if props.carried { { " " }<span class="carried-mark">{ t::CARRIED_MARK.get(lang) }</span> }
                </dd></div>
                <div><dt>{ t::F_OWNER.get(lang) }</dt><dd>{ or_not_set(&r.action.who) }</dd></div>
                <div><dt>{ t::DEADLINE.get(lang) }</dt>
                    <dd>{ if r.action.due.trim().is_empty() { t::NOT_SET.get(lang).to_owned() } else { dates::long(lang, &r.action.due) } }</dd></div>
            </dl>
            <div class="field">
                <label for={status_id.clone()}>{ t::F_STATUS.get(lang) }</label>
                <select id={status_id} onchange={on_status}>
                    for s in ActionStatus::ALL {
                        <option value={s.token()} selected={s == r.action.status}>{ s.label().get(lang) }</option>
                    }
                </select>
            </div>
            <div class="field">
                <label for={check_id.clone()}>{ t::CHECK.get(lang) }</label>
                <p id={check_hint.clone()} class="hint">{ t::CHECK_HINT.get(lang) }</p>
                <LimitedText id={check_id} max={limits::CHECK} multiline=true describedby={check_hint} node_ref={check_ref}
                    value={Some(AttrValue::from(r.action.check.clone()))} on_input={on_check} />
            </div>
        </li>
    }
}
