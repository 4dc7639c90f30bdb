//! Free-text evidence for every answer, and an action (what, who, by when) for anything short of a yes.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

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
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let question = props.question;
    let r = a.response(question).cloned().unwrap_or_default();
    let d = ctx.dispatcher();
    let on_note = d.to_callback().reform(move |e: InputEvent| Action::Note { question, text: e.target_unchecked_into::<HtmlTextAreaElement>().value() });
    let field = |f: ActionField| {
        d.to_callback().reform(move |e: InputEvent| Action::ActionItem { question, field: f, value: e.target_unchecked_into::<HtmlInputElement>().value() })
    };
    let show_action = r.answer.is_some_and(|x| x.is_gap()) || !r.action.is_empty();
    html! {
        <>
            <div class="field">
                <label for="note">{ t::NOTE_LABEL.get(lang) }</label>
                <p id="note-hint" class="hint">{ t::NOTE_HINT.get(lang) }</p>
                <textarea id="note" rows="4" maxlength={MAX_NOTE_CHARS.to_string()} aria-describedby="note-hint"
                    value={r.note.clone()} oninput={on_note} />
            </div>
            if show_action {
                <fieldset class="action-fields">
                    <legend>{ t::ACTION_TITLE.get(lang) }</legend>
                    <div class="field">
                        <label for="action-what">{ t::ACTION_WHAT.get(lang) }</label>
                        <input id="action-what" type="text" maxlength={MAX_FIELD_CHARS.to_string()} value={r.action.what.clone()} oninput={field(ActionField::What)} />
                    </div>
                    <div class="field-row">
                        <div class="field">
                            <label for="action-who">{ t::ACTION_WHO.get(lang) }</label>
                            <input id="action-who" type="text" autocomplete="off" maxlength={MAX_FIELD_CHARS.to_string()} value={r.action.who.clone()} oninput={field(ActionField::Who)} />
                        </div>
                        <div class="field">
                            <label for="action-due">{ t::ACTION_DUE.get(lang) }</label>
                            <input id="action-due" type="date" value={r.action.due.clone()} oninput={field(ActionField::Due)} />
                        </div>
                    </div>
                </fieldset>
            }
        </>
    }
}
