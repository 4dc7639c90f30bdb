//! Free-text evidence for every answer, and an action (what, who, by when, its status and how management checks
//! the effect) for anything short of a yes. Every text field shows its limit and count, and refuses a paste that
//! would not fit (LimitedText).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::followup::ActionLife;
use crate::components::manage::LimitedText;
use crate::components::use_app;
use crate::i18n::question as t;
use crate::model::answers::{ActionField, MAX_FIELD_CHARS, MAX_NOTE_CHARS};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct NoteFieldsProps {
    pub question: &'static str,
}

#[component]
pub fn NoteFields(props: &NoteFieldsProps) -> Html {
    let refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let question = props.question;
    let r = a.response(question).cloned().unwrap_or_default();
    let d = ctx.dispatcher();
    let on_note = d.to_callback().reform(move |text: String| Action::Note { question, text });
    let field = |f: ActionField| d.to_callback().reform(move |value: String| Action::ActionItem { question, field: f, value });
    let on_due = d.to_callback().reform(move |e: InputEvent| Action::ActionItem {
        question,
        field: ActionField::Due,
        value: e.target_unchecked_into::<HtmlInputElement>().value(),
    });
    let show_action = r.answer.is_some_and(|x| x.is_gap()) || !r.action.is_empty();
    html! {
        <>
            <div class="field">
                <label for="note">{ t::NOTE_LABEL.get(lang) }</label>
                <p id="note-hint" class="hint">{ t::NOTE_HINT.get(lang) }</p>
                <LimitedText id="note" multiline=true max={MAX_NOTE_CHARS} describedby="note-hint" node_ref={refs[0].clone()}
                    value={Some(AttrValue::from(r.note.clone()))} on_input={on_note} />
            </div>
            if show_action {
                <fieldset class="action-fields">
                    <legend>{ t::ACTION_TITLE.get(lang) }</legend>
                    <div class="field">
                        <label for="action-what">{ t::ACTION_WHAT.get(lang) }</label>
                        <LimitedText id="action-what" max={MAX_FIELD_CHARS} node_ref={refs[1].clone()}
                            value={Some(AttrValue::from(r.action.what.clone()))} on_input={field(ActionField::What)} />
                    </div>
                    <div class="field-row">
                        <div class="field">
                            <label for="action-who">{ t::ACTION_WHO.get(lang) }</label>
                            <LimitedText id="action-who" max={MAX_FIELD_CHARS} autocomplete="off" node_ref={refs[2].clone()}
                                value={Some(AttrValue::from(r.action.who.clone()))} on_input={field(ActionField::Who)} />
                        </div>
                        <div class="field">
                            <label for="action-due">{ t::ACTION_DUE.get(lang) }</label>
                            <input id="action-due" type="date" value={r.action.due.clone()} oninput={on_due} />
                        </div>
                    </div>
                    <ActionLife {question} />
                </fieldset>
            }
        </>
    }
}
