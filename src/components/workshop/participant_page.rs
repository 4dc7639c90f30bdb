//! Participant mode: a workshop participant answers every question on their own device, then shows the trainer a
//! short code (and a QR code) holding those answers. Nothing leaves the device unless the participant shows it,
//! and nothing is stored: the answers live in memory until the page is closed or cleared for the next person.

use yew::prelude::*;

use super::code_card::CodeCard;
use crate::browser;
use crate::components::manage::LimitedText;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::{question as tq, workshop as t};
use crate::model::answers::Answer;
use crate::model::bank;
use crate::model::limits;
use crate::model::participant_code::Service;
use crate::state::Action;

#[component]
pub fn Participant() -> Html {
    let show = use_state(|| false);
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let d = ctx.dispatcher();
    let draft = &ctx.room.draft;
    let total = bank::all_questions().count();
    if *show {
        let back = { let s = show.clone(); Callback::from(move |_: MouseEvent| s.set(false)) };
        let clear = {
            let (s, d) = (show.clone(), d.clone());
            Callback::from(move |_: MouseEvent| {
                d.dispatch(Action::DraftClear);
                s.set(false);
            })
        };
        return html! {
            <>
                <Heading text={t::P_TITLE.get(lang)} />
                <CodeCard code={draft.code()} name={draft.name.clone()} />
                <div class="button-row">
                    <button type="button" class="button secondary" onclick={back}>{ t::P_EDIT.get(lang) }</button>
                    <button type="button" class="button secondary" onclick={clear}>{ t::P_CLEAR.get(lang) }</button>
                </div>
            </>
        };
    }
    let onsubmit = {
        let s = show.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            s.set(true);
            browser::focus("my-code-h");
        })
    };
    let service = |v: Option<Service>| d.to_callback().reform(move |_: Event| Action::DraftService(v));
    html! {
        <>
            <Heading text={t::P_TITLE.get(lang)} />
            <p>{ t::P_LEAD.get(lang) }</p>
            <form class="participant-form" {onsubmit} novalidate=true>
                <label for="p-name">{ t::P_NAME.get(lang) }</label>
                <p id="p-name-hint" class="hint">{ t::P_NAME_HINT.get(lang) }</p>
                <LimitedText id="p-name" max={limits::PARTICIPANT_NAME} value={AttrValue::from(draft.name.clone())} autocomplete="off"
                    describedby="p-name-hint" on_input={d.to_callback().reform(Action::DraftName)} />
                <fieldset>
                    <legend>{ t::P_SERVICE.get(lang) }</legend>
                    <div class="radios">
                        for (i, v) in Service::ALL.iter().map(|s| Some(*s)).chain([None]).enumerate() {
                            <div class="radio">
                                <input type="radio" id={format!("p-service-{i}")} name="p-service" checked={draft.service == v} onchange={service(v)} />
                                <label for={format!("p-service-{i}")}>{ v.map_or(t::P_SERVICE_NONE.get(lang), |s| t::service_name(lang, s)) }</label>
                            </div>
                        }
                    </div>
                </fieldset>
                for th in bank::themes().iter() {
                    <section aria-labelledby={format!("p-theme-{}", th.id.number())}>
                        <h2 id={format!("p-theme-{}", th.id.number())}>{ th.title.get(lang) }</h2>
                        for q in th.questions() {
                            <fieldset class="p-question">
                                <legend>{ q.text.get(lang) }</legend>
                                <div class="radios radios-inline">
                                    for a in Answer::ALL {
                                        {{
                                            let id = format!("p-{}-{}", q.id, a.token());
                                            let question = q.id;
                                            html! {
                                                <div class="radio">
                                                    <input type="radio" id={id.clone()} name={format!("p-{}", q.id)} value={a.token()} checked={draft.answers.get(q.id) == Some(&a)}
                                                        onchange={d.to_callback().reform(move |_: Event| Action::DraftAnswer { question, answer: Some(a) })} />
                                                    <label for={id}>{ a.label().get(lang) }</label>
                                                </div>
                                            }
                                        }}
                                    }
                                </div>
                                if draft.answers.contains_key(q.id) {
                                    {{
                                        let question = q.id;
                                        html! {
                                            <button type="button" class="link-button" onclick={d.to_callback().reform(move |_: MouseEvent| Action::DraftAnswer { question, answer: None })}>
                                                { tq::CLEAR_ANSWER.get(lang) }
                                            </button>
                                        }
                                    }}
                                }
                            </fieldset>
                        }
                    </section>
                }
                <p>{ t::p_answered(lang, draft.answers.len(), total) }</p>
                <button type="submit" class="button">{ t::P_SHOW_CODE.get(lang) }</button>
            </form>
        </>
    }
}
