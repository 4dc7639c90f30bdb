//! One-off messages: import results, undo after delete, updates from another tab.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::data as t;
use crate::state::{Action, Notice};

#[component]
pub fn NoticeBar() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let Some(notice) = &ctx.notice else { return html! {} };
    let d = ctx.dispatcher();
    let dismiss = d.to_callback().reform(|_: MouseEvent| Action::DismissNotice);
    let (class, role, body) = match notice {
        Notice::Imported { name, answered, dropped } => ("alert-ok", "status", html! { <p>{ t::imported(lang, name, *answered, *dropped) }</p> }),
        Notice::ImportFailed { file, error } => (
            "alert-error",
            "alert",
            html! {
                <>
                    <p><strong>{ t::import_failed(lang, file) }</strong></p>
                    <p>{ t::load_error(lang, error) }</p>
                    <details><summary>{ t::TECHNICAL.get(lang) }</summary><p>{ error.technical() }</p></details>
                </>
            },
        ),
        Notice::Deleted { assessment, .. } => (
            "alert-ok",
            "status",
            html! {
                <p>
                    { t::deleted(lang, &assessment.title()) }{ " " }
                    <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::UndoDelete)}>
                        { t::UNDO.get(lang) }
                    </button>
                </p>
            },
        ),
        Notice::Carried { name } => ("alert-ok", "status", html! { <p>{ t::carried(lang, name) }</p> }),
        Notice::OtherTab => ("alert-ok", "status", html! { <p>{ t::OTHER_TAB.get(lang) }</p> }),
        Notice::BrowserRefused { what, detail } => (
            "alert-error",
            "alert",
            html! {
                <>
                    <p>{ t::refused(lang, *what) }</p>
                    <details><summary>{ t::TECHNICAL.get(lang) }</summary><p>{ detail.clone() }</p></details>
                </>
            },
        ),
    };
    html! {
        <div class={classes!("alert", class)} role={role}>
            { body }
            <button type="button" class="link-button" onclick={dismiss}>{ t::DISMISS.get(lang) }</button>
        </div>
    }
}
