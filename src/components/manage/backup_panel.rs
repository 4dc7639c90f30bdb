//! "Backup of everything": one click downloads every assessment with its history and action plan; a picked
//! backup is shown with what it will change before anything does (BackupPreview).

use yew::prelude::*;

use super::backup_preview::BackupPreview;
use crate::components::use_app;
use crate::downloads;
use crate::i18n::manage as t;
use crate::model::dates;
use crate::state::{Action, AppContext, Refused};

/// Downloads the backup of everything and records when, or says why the browser refused; shared by the panel
/// and the reminder so both stamp the backup the same way.
pub fn download_backup(ctx: &AppContext) -> Callback<MouseEvent> {
    let ctx = ctx.clone();
    Callback::from(move |_: MouseEvent| match downloads::export_backup(&ctx.workspace.assessments) {
        Ok(at) => ctx.dispatch(Action::BackedUp { at }),
        Err(e) => ctx.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e }),
    })
}

#[component]
pub fn BackupPanel() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let download = download_backup(&ctx);
    let last = ctx.last_backup.as_deref().map(|at| t::last_backup(lang, &dates::long(lang, at.get(..10).unwrap_or(at))));
    html! {
        <section aria-labelledby="backup-h">
            <h2 id="backup-h">{ t::BACKUP_TITLE.get(lang) }</h2>
            <p>{ t::BACKUP_LEAD.get(lang) }</p>
            <p class="muted">{ last.unwrap_or_else(|| t::BACKUP_NEVER.get(lang).to_owned()) }</p>
            if !ctx.workspace.assessments.is_empty() {
                <button type="button" class="button" onclick={download}>{ t::BACKUP_DOWNLOAD.get(lang) }</button>
            }
            <BackupPreview />
        </section>
    }
}
