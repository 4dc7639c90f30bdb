//! A failed save, a conflict with another tab, or unreadable stored data: shown on every page until resolved,
//! with a way to keep the work.

use yew::prelude::*;

use crate::browser::LocalStore;
use crate::components::manage::CorruptData;
use crate::components::use_app;
use crate::downloads;
use crate::i18n::data as t;
use crate::persist::{self, Loaded};
use crate::model::route::Route;
use crate::state::{Action, Refused, SaveFailure, SaveStatus};

#[component]
pub fn SaveAlert() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let download = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = ctx.open() {
                if let Err(e) = downloads::export_assessment(a) {
                    ctx.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e });
                }
            }
        })
    };
    let backup = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| match downloads::export_backup(&ctx.workspace.assessments) {
            Ok(at) => ctx.dispatch(Action::BackedUp { at }),
            Err(e) => ctx.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e }),
        })
    };
    let alert = match &ctx.save {
        SaveStatus::Failed(SaveFailure::Full { needed, budget }) => html! {
            <div class="alert alert-error" role="alert">
                <p>{ t::save_failure(lang, &SaveFailure::Full { needed: *needed, budget: *budget }) }</p>
                <p>{ crate::i18n::manage::full_detail(lang, *needed, *budget) }</p>
                <div class="button-row">
                    <button type="button" class="button" onclick={backup}>{ crate::i18n::manage::BACKUP_DOWNLOAD.get(lang) }</button>
                    <a class="button secondary" href={Route::Assessments.to_hash()}>{ crate::i18n::shell::NAV_ASSESSMENTS.get(lang) }</a>
                </div>
            </div>
        },
        SaveStatus::Failed(why) => html! {
            <div class="alert alert-error" role="alert">
                <p>{ t::save_failure(lang, why) }</p>
                if *why == SaveFailure::Blocked {
                    <p><a href={Route::Assessments.to_hash()}>{ crate::i18n::shell::NAV_ASSESSMENTS.get(lang) }</a></p>
                }
                if ctx.open().is_some() {
                    <button type="button" class="button" onclick={download}>{ t::DOWNLOAD_NOW.get(lang) }</button>
                }
                if let SaveFailure::Browser(detail) = why {
                    <details><summary>{ t::TECHNICAL.get(lang) }</summary><p>{ detail.clone() }</p></details>
                }
            </div>
        },
        SaveStatus::Conflict => {
            let keep = ctx.dispatcher().to_callback().reform(|_: MouseEvent| Action::KeepMine);
            let take = {
                let d = ctx.dispatcher();
                Callback::from(move |_: MouseEvent| {
                    if let Loaded::Ready(stored) = persist::load_workspace(&LocalStore, crate::browser::clock().1) {
                        d.dispatch(Action::TakeTheirs(stored));
                    }
                })
            };
            html! {
                <div class="alert alert-error" role="alert">
                    <p>{ t::CONFLICT.get(lang) }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={take}>{ t::TAKE_THEIRS.get(lang) }</button>
                        <button type="button" class="button secondary" onclick={keep}>{ t::KEEP_MINE.get(lang) }</button>
                    </div>
                </div>
            }
        }
        _ => html! {},
    };
    html! { <><CorruptData />{ alert }</> }
}
