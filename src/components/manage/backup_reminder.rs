//! A reminder to take a backup when the last one is more than 30 days old or was never taken, with the button.

use yew::prelude::*;

use crate::browser;
use crate::components::use_app;
use super::backup_panel::download_backup;
use crate::i18n::manage as t;
use crate::model::backup::backup_due;

#[component]
pub fn BackupReminder() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let (now, _) = browser::clock();
    if ctx.workspace.assessments.is_empty() || !backup_due(ctx.last_backup.as_deref(), &now) {
        return html! {};
    }
    let lang = ctx.lang;
    let download = download_backup(&ctx);
    html! {
        <div class="reminder-box backup-reminder">
            <p>{ t::reminder(lang, ctx.last_backup.is_none()) }</p>
            <button type="button" class="button" onclick={download}>{ t::BACKUP_DOWNLOAD.get(lang) }</button>
        </div>
    }
}
