//! A reminder to take a backup when the last one is more than 30 days old or was never taken, with the button.

use yew::prelude::*;

use crate::browser;
use crate::components::use_app;
use crate::downloads;
use crate::i18n::manage as t;
use crate::model::backup::backup_due;
use crate::state::{Action, Refused};

#[component]
pub fn BackupReminder() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let (now, _) = browser::clock();
    if ctx.workspace.assessments.is_empty() || !backup_due(ctx.last_backup.as_deref(), &now) {
        return html! {};
    }
    let lang = ctx.lang;
    let download = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| match downloads::export_backup(&ctx.workspace.assessments) {
            Ok(at) => ctx.dispatch(Action::BackedUp { at }),
            Err(e) => ctx.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e }),
        })
    };
    html! {
        <div class="reminder-box backup-reminder">
            <p>{ t::reminder(lang, ctx.last_backup.is_none()) }</p>
            <button type="button" class="button" onclick={download}>{ t::BACKUP_DOWNLOAD.get(lang) }</button>
        </div>
    }
}
