//! Every assessment on this device: open, edit, carry forward, download, delete with undo; import files and
//! backups; back up everything.

use yew::prelude::*;

use super::{assessment_card::AssessmentCard, import_box::ImportBox};
use crate::components::manage::{BackupPanel, BackupReminder};
use crate::browser;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::data as t;
use crate::model::route::Route;
use crate::model::save_format::{decode_file, Incoming};
use crate::state::Action;

#[component]
pub fn Assessments() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let on_files = {
        let d = ctx.dispatcher();
        Callback::from(move |files: Vec<web_sys::File>| {
            for file in files {
                let d = d.clone();
                yew::platform::spawn_local(async move {
                    let name = file.name();
                    match browser::read_file(file).await.and_then(|bytes| decode_file(&bytes)) {
                        Ok(Incoming::One(imported)) => d.dispatch(Action::Import(imported)),
                        Ok(Incoming::Many(backup)) => d.dispatch(Action::BackupRead { file: name, backup }),
                        Err(error) => d.dispatch(Action::ImportFailed { file: name, error }),
                    }
                });
            }
        })
    };
    let current = if ctx.demo_open { None } else { ctx.workspace.current.clone() };
    html! {
        <>
            <Heading text={t::ASSESSMENTS_TITLE.get(lang)} />
            <p class="lead">{ t::ASSESSMENTS_LEAD.get(lang) }</p>
            <BackupReminder />
            if ctx.workspace.assessments.is_empty() {
                <p>{ t::NONE_YET.get(lang) }</p>
            } else {
                <ul class="card-list">
                    for a in ctx.workspace.assessments.iter() {
                        <AssessmentCard key={a.id.clone()} assessment={a.clone()} is_current={current.as_deref() == Some(a.id.as_str())} />
                    }
                </ul>
            }
            if ctx.workspace.assessments.len() >= 2 {
                <p><a href={Route::Compare.to_hash()}>{ t::COMPARE_LINK.get(lang) }</a></p>
            }
            <section aria-labelledby="import-h">
                <h2 id="import-h">{ t::IMPORT_TITLE.get(lang) }</h2>
                <p>{ t::IMPORT_SAFE.get(lang) }</p>
                <ImportBox id="import-file" label={t::IMPORT_LABEL.get(lang)} {on_files} />
            </section>
            <BackupPanel />
        </>
    }
}
