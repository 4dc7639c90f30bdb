//! Participants' exported files as a third way into the room: read here, never stored, and held for the
//! trainer's word when they are not from the same assessment.

use yew::prelude::*;

use crate::browser;
use crate::components::pages::ImportBox;
use crate::components::use_app;
use crate::i18n::{data as td, workshop as t};
use crate::model::merge::differences;
use crate::model::save_format::decode_export;
use crate::state::{ok_files, Action, WorkshopFile};

#[component]
pub fn FileMerge() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let d = ctx.dispatcher();
    let on_files = {
        let d = d.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let d = d.clone();
            yew::platform::spawn_local(async move {
                let mut out = Vec::new();
                for file in files {
                    let name = file.name();
                    let result = browser::read_file(file).await.and_then(|b| decode_export(&b));
                    out.push(WorkshopFile { file: name, result });
                }
                d.dispatch(Action::WorkshopAdd(out));
            });
        })
    };
    let held_differences = if ctx.workshop_pending.is_empty() {
        Vec::new()
    } else {
        let mut all = ctx.workshop.clone();
        all.extend(ctx.workshop_pending.iter().cloned());
        differences(&ok_files(&all))
    };
    let refused: Vec<&WorkshopFile> = ctx.workshop.iter().filter(|f| f.result.is_err()).collect();
    html! {
        <section aria-labelledby="merge-h">
            <h3 id="merge-h">{ t::MERGE_TITLE.get(lang) }</h3>
            <p>{ t::LEAD.get(lang) }</p>
            <ImportBox id="workshop-files" label={t::PICK.get(lang)} multiple=true {on_files} />
            // Always in the page, so screen readers hear what a new batch of files brought, refusals included.
            <div aria-live="polite" class="workshop-status">
                if !refused.is_empty() {
                    <p>{ t::refused(lang, refused.len()) }</p>
                    <ul>
                        for f in refused.iter() {
                            <li>{ f.file.clone() }{ ": " }{ match &f.result { Ok(_) => String::new(), Err(e) => td::load_error(lang, e) } }</li>
                        }
                    </ul>
                }
            </div>
            if !held_differences.is_empty() {
                <div class="alert alert-error" role="alert">
                    <p><strong>{ t::DIFFER_TITLE.get(lang) }</strong></p>
                    <ul>
                        for diff in held_differences.iter() { <li>{ t::difference(lang, diff) }</li> }
                    </ul>
                    <div class="button-row">
                        <button type="button" class="button" onclick={d.to_callback().reform(|_: MouseEvent| Action::WorkshopAccept)}>{ t::MERGE_ANYWAY.get(lang) }</button>
                        <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::WorkshopReject)}>{ t::LEAVE_OUT.get(lang) }</button>
                    </div>
                </div>
            }
            if !ctx.workshop.is_empty() {
                <h4>{ t::FILES.get(lang) }</h4>
                <ul>
                    for f in ctx.workshop.iter().filter(|f| f.result.is_ok()) {
                        <li>
                            { f.file.clone() }{ ": " }
                            { match &f.result { Ok(i) => i.assessment.title(), Err(e) => td::load_error(lang, e) } }
                        </li>
                    }
                </ul>
                <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::WorkshopClear)}>{ t::CLEAR.get(lang) }</button>
            }
        </section>
    }
}
