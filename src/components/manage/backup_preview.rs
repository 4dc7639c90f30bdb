//! A backup waiting for the user: add to what is here or replace it, and exactly what each would change.

use yew::prelude::*;

use crate::browser;
use crate::components::use_app;
use crate::i18n::{data as td, manage as t};
use crate::model::backup::{plan, Mode};
use crate::state::Action;

fn titles(items: &[String]) -> Html {
    html! { <ul class="plan-list">for i in items.iter() { <li>{ i.clone() }</li> }</ul> }
}

#[component]
pub fn BackupPreview() -> Html {
    let ctx = use_app();
    let shown = ctx.as_ref().is_some_and(|c| c.pending_backup.is_some());
    use_effect_with(shown, |shown| {
        if *shown {
            browser::focus("backup-preview-h");
        }
    });
    let Some(ctx) = ctx else { return html! {} };
    let Some(p) = ctx.pending_backup.as_ref() else { return html! {} };
    let lang = ctx.lang;
    let d = ctx.dispatcher();
    let plan = plan(&ctx.workspace, &p.backup.assessments, p.mode);
    let mode_radio = |mode: Mode, id: &'static str, label: &'static str| {
        let onchange = d.to_callback().reform(move |_: Event| Action::BackupMode(mode));
        html! {
            <div class="choice">
                <input type="radio" name="backup-mode" id={id} checked={p.mode == mode} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <div class="backup-preview">
            <h3 id="backup-preview-h" tabindex="-1">{ t::pending_title(lang, &p.file) }</h3>
            if let Some(note) = td::bank_note(lang, p.backup.bank_version) { <p>{ note }</p> }
            if !p.backup.dropped.is_empty() { <p>{ t::dropped_answers(lang, p.backup.dropped.len()) }</p> }
            <fieldset>
                <legend>{ t::MODE_LEGEND.get(lang) }</legend>
                { mode_radio(Mode::Add, "backup-mode-add", t::MODE_ADD.get(lang)) }
                { mode_radio(Mode::Replace, "backup-mode-replace", t::MODE_REPLACE.get(lang)) }
            </fieldset>
            <div class="plan" aria-live="polite">
                <p><strong>{ t::WILL_CHANGE.get(lang) }</strong></p>
                if plan.changes_nothing() { <p>{ t::NOTHING_CHANGES.get(lang) }</p> }
                if !plan.added.is_empty() { <p>{ t::added(lang, plan.added.len()) }</p>{ titles(&plan.added) } }
                if !plan.removed.is_empty() { <p>{ t::removed(lang, plan.removed.len()) }</p>{ titles(&plan.removed) } }
                if !plan.unchanged.is_empty() { <p>{ t::unchanged(lang, plan.unchanged.len()) }</p>{ titles(&plan.unchanged) } }
            </div>
            <div class="button-row">
                <button type="button" class="button" onclick={d.to_callback().reform(|_: MouseEvent| Action::BackupConfirm)}>{ t::CONFIRM.get(lang) }</button>
                <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::BackupCancel)}>{ td::CANCEL.get(lang) }</button>
            </div>
        </div>
    }
}
