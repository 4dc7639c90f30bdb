//! One-off messages: import results, undo after delete, updates from another tab, backups and restores, a full
//! storage. Each belongs to the page it was shown on (AppState::notice_at).

use yew::prelude::*;

use crate::components::use_app;
use crate::downloads;
use crate::i18n::{data as t, manage as tm};
use crate::model::route::Route;
use crate::state::{Action, Notice, Refused};

#[component]
pub fn NoticeBar() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let persist = match ctx.persist_answer {
        Some((answer, at)) if at == ctx.route => html! { <div class="alert alert-ok" role="status"><p>{ tm::persist(lang, answer) }</p></div> },
        _ => html! {},
    };
    let Some(notice) = ctx.notice.as_ref().filter(|_| ctx.notice_at == ctx.route) else { return persist };
    let d = ctx.dispatcher();
    let dismiss = d.to_callback().reform(|_: MouseEvent| Action::DismissNotice);
    let (class, role, body) = match notice {
        Notice::Imported { name, answered, dropped, bank_version } => {
            ("alert-ok", "status", html! { <p>{ t::imported(lang, name, *answered, *dropped, *bank_version) }</p> })
        }
        Notice::Full { needed, budget } => {
            let backup = {
                let ctx = ctx.clone();
                Callback::from(move |_: MouseEvent| match downloads::export_backup(&ctx.workspace.assessments) {
                    Ok(at) => ctx.dispatch(Action::BackedUp { at }),
                    Err(e) => ctx.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e }),
                })
            };
            (
                "alert-error",
                "alert",
                html! {
                    <>
                        <p>{ tm::FULL.get(lang) }</p>
                        <p>{ tm::full_detail(lang, *needed, *budget) }</p>
                        <div class="button-row">
                            <button type="button" class="button" onclick={backup}>{ tm::BACKUP_DOWNLOAD.get(lang) }</button>
                            <a class="button secondary" href={Route::Assessments.to_hash()}>{ crate::i18n::shell::NAV_ASSESSMENTS.get(lang) }</a>
                        </div>
                    </>
                },
            )
        }
        Notice::BackupDone { mode, plan, dropped } => (
            "alert-ok",
            "status",
            html! {
                <>
                    <p>{ tm::backup_done(lang, *mode, plan.added.len(), plan.removed.len(), plan.unchanged.len()) }</p>
                    if *dropped > 0 { <p>{ tm::dropped_answers(lang, *dropped) }</p> }
                </>
            },
        ),
        Notice::BackedUp => ("alert-ok", "status", html! { <p>{ tm::BACKUP_DONE.get(lang) }</p> }),
        Notice::Restored(s) => {
            let whole = s.lost.is_empty() && !s.cut_short && s.unreadable.is_none();
            (
                if whole { "alert-ok" } else { "alert-error" },
                if whole { "status" } else { "alert" },
                html! {
                    <>
                        <p><strong>{ tm::restored(lang, s) }</strong></p>
                        if whole { <p>{ tm::RESTORE_ALL.get(lang) }</p> }
                        if let Some(e) = &s.unreadable { <p>{ t::load_error(lang, e) }</p> }
                        if !s.lost.is_empty() {
                            <ul>
                                for l in s.lost.iter() {
                                    <li>{ tm::lost(lang, l.position, l.name.as_deref()) }{ " " }{ t::load_error(lang, &l.error) }</li>
                                }
                            </ul>
                        }
                        if s.cut_short { <p>{ tm::RESTORE_CUT.get(lang) }</p> }
                        if !whole { <p>{ tm::RESTORE_KEPT.get(lang) }</p> }
                    </>
                },
            )
        }
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
        <>
        { persist }
        <div class={classes!("alert", class)} role={role}>
            { body }
            <button type="button" class="link-button" onclick={dismiss}>{ t::DISMISS.get(lang) }</button>
        </div>
        </>
    }
}
