//! The room's agreed answer and note for one question, written into the open assessment and marked as agreed in
//! a workshop on today's date. An answer already there is replaced only when the trainer says so.

use yew::prelude::*;

use crate::components::manage::LimitedText;
use crate::components::use_app;
use crate::i18n::workshop as t;
use crate::model::answers::Answer;
use crate::model::limits;
use crate::model::room::agreed_note_fits;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct AgreeFormProps {
    pub question: &'static str,
    /// The answer most in the room gave, offered as the starting choice.
    pub majority: Option<Answer>,
}

#[derive(Clone, PartialEq)]
enum Status {
    None,
    NoChoice,
    /// The workshop's note would take the question's note past its limit.
    TooLong,
    /// Waiting for the trainer's word on replacing the assessment's answer.
    Ask { old: Answer, new: Answer },
    Done,
    Kept,
}

#[component]
pub fn AgreeForm(props: &AgreeFormProps) -> Html {
    let choice = use_state(|| props.majority);
    let note = use_state(String::new);
    let status = use_state(|| Status::None);
    let note_ref = use_node_ref();
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let question = props.question;
    let Some(open) = ctx.open() else {
        return html! {
            <section aria-labelledby="agree-h" class="agree">
                <h3 id="agree-h">{ t::AGREE_TITLE.get(lang) }</h3>
                <p>{ t::NO_TARGET.get(lang) }</p>
            </section>
        };
    };
    let existing = open.response(question).cloned().unwrap_or_default();
    let d = ctx.dispatcher();
    let write = {
        let (d, note, status, note_ref) = (d.clone(), note.clone(), status.clone(), note_ref.clone());
        Callback::from(move |(answer, replace): (Answer, bool)| {
            d.dispatch(Action::Agree { question, answer, note: (*note).clone(), replace });
            note.set(String::new());
            if let Some(el) = note_ref.cast::<web_sys::HtmlTextAreaElement>() {
                el.set_value("");
            }
            status.set(Status::Done);
        })
    };
    let onsubmit = {
        let (choice, note, status, write, existing) = (choice.clone(), note.clone(), status.clone(), write.clone(), existing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let stop = match *choice {
                None => Some(Status::NoChoice),
                Some(_) if !agreed_note_fits(&existing.note, &note) => Some(Status::TooLong),
                Some(new) => match existing.answer {
                    Some(old) if old != new => Some(Status::Ask { old, new }),
                    _ => None,
                },
            };
            match (stop, *choice) {
                (Some(s), _) => status.set(s),
                (None, Some(new)) => write.emit((new, false)),
                (None, None) => {}
            }
        })
    };
    let message = match &*status {
        Status::NoChoice => t::AGREE_PICK.get(lang).to_owned(),
        Status::TooLong => t::NOTE_TOO_LONG.get(lang).to_owned(),
        Status::Done => existing.answer.zip(existing.agreed.clone()).map(|(a, d)| t::agreed_on(lang, a, &d)).unwrap_or_default(),
        Status::Kept => existing.answer.map(|a| t::existing_answer(lang, a)).unwrap_or_default(),
        _ => String::new(),
    };
    let state_line = match (existing.answer, &existing.agreed) {
        (Some(a), Some(date)) => t::agreed_on(lang, a, date),
        (Some(a), None) => t::existing_answer(lang, a),
        _ => String::new(),
    };
    html! {
        <section aria-labelledby="agree-h" class="agree">
            <h3 id="agree-h">{ t::AGREE_TITLE.get(lang) }</h3>
            if !state_line.is_empty() { <p class="agree-state">{ state_line }</p> }
            <form {onsubmit} novalidate=true>
                <fieldset>
                    <legend>{ t::AGREE_TITLE.get(lang) }</legend>
                    <div class="radios">
                        for a in Answer::ALL {
                            <div class="radio">
                                <input type="radio" id={format!("agreed-{}", a.token())} name="agreed" value={a.token()} checked={*choice == Some(a)}
                                    onchange={{ let c = choice.clone(); Callback::from(move |_: Event| c.set(Some(a))) }} />
                                <label for={format!("agreed-{}", a.token())}>{ a.label().get(lang) }</label>
                            </div>
                        }
                    </div>
                </fieldset>
                <label for="agreed-note">{ t::AGREE_NOTE.get(lang) }</label>
                <LimitedText id="agreed-note" max={limits::AGREED_NOTE} multiline=true node_ref={note_ref}
                    on_input={{ let n = note.clone(); Callback::from(move |v: String| n.set(v)) }} />
                <p class="hint">{ t::agree_into(lang, &open.title()) }</p>
                <button type="submit" class="button">{ t::AGREE_BUTTON.get(lang) }</button>
            </form>
            if let Status::Ask { old, new } = *status {
                <div class="alert alert-warn" role="alert">
                    <p>{ t::replace_ask(lang, old, new) }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={{ let w = write.clone(); Callback::from(move |_: MouseEvent| w.emit((new, true))) }}>{ t::REPLACE.get(lang) }</button>
                        <button type="button" class="button secondary" onclick={{ let s = status.clone(); Callback::from(move |_: MouseEvent| s.set(Status::Kept)) }}>{ t::KEEP.get(lang) }</button>
                    </div>
                </div>
            }
            <p aria-live="polite" class={classes!("ws-status", matches!(*status, Status::NoChoice | Status::TooLong).then_some("error-text"))}>{ message }</p>
        </section>
    }
}
