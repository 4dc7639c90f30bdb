//! The trainer adds participant codes by typing (a keyboard-only loop: type, Enter, next) or with the camera
//! scanner, each outcome said in a live region; the codes in the room are listed with a way to take one out again.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::qr_scanner::QrScanner;
use crate::components::manage::LimitedText;
use crate::components::use_app;
use crate::i18n::workshop as t;
use crate::model::limits;
use crate::model::participant_code::{code_len, decode, normalize};
use crate::model::room::CodeOutcome;
use crate::state::Action;

#[component]
pub fn CodeEntry() -> Html {
    let input = use_node_ref();
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let d = ctx.dispatcher();
    let onsubmit = {
        let (d, input) = (d.clone(), input.clone());
        let known: Vec<Vec<u8>> = ctx.room.codes.iter().map(|c| c.key.clone()).collect();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(el) = input.cast::<HtmlInputElement>() else { return };
            let typed = el.value();
            // A code that goes in empties the field for the next one; a refused one stays, to be corrected.
            let goes_in = decode(&typed).is_ok() && normalize(&typed).is_ok_and(|k| !known.contains(&k));
            d.dispatch(Action::CodeAdd(typed));
            if goes_in {
                el.set_value("");
            }
        })
    };
    let refused = matches!(ctx.room.last_code, Some(CodeOutcome::Refused(_) | CodeOutcome::Duplicate { .. }));
    html! {
        <section aria-labelledby="codes-h">
            <h3 id="codes-h">{ t::CODES_TITLE.get(lang) }</h3>
            <form class="code-form" {onsubmit} novalidate=true>
                <label for="code-input">{ t::CODE_LABEL.get(lang) }</label>
                <p id="code-hint" class="hint">{ t::code_hint(lang, code_len()) }</p>
                <LimitedText id="code-input" max={limits::CODE_TYPED} node_ref={input} autocomplete="off"
                    describedby="code-hint code-status" invalid={refused} />
                <button type="submit" class="button">{ t::CODE_ADD.get(lang) }</button>
            </form>
            <QrScanner />
            // Always in the page, so each new outcome is announced.
            <div id="code-status" aria-live="polite" class={classes!("code-status", refused.then_some("error-text"))}>
                if let Some(o) = &ctx.room.last_code { <p>{ t::code_outcome(lang, o) }</p> }
            </div>
            if !ctx.room.codes.is_empty() {
                <h4>{ t::CODES_IN_ROOM.get(lang) }</h4>
                <ul class="code-list">
                    for (i, c) in ctx.room.codes.iter().enumerate() {
                        <li>
                            { t::participant_label(lang, i + 1, c.voter.service) }
                            <button type="button" class="link-button" aria-label={t::remove_participant(lang, i + 1)}
                                onclick={d.to_callback().reform(move |_: MouseEvent| Action::CodeRemove(i))}>{ "✕" }</button>
                        </li>
                    }
                </ul>
            }
            if !ctx.room.codes.is_empty() || !ctx.room.hands.is_empty() {
                <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::RoomClear)}>{ t::CLEAR_ROOM.get(lang) }</button>
            }
        </section>
    }
}
