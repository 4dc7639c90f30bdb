//! A file picker that also takes dropped files. It only hands the files on; reading and checking happen elsewhere.

use web_sys::{File, FileList, HtmlInputElement};
use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::data as t;

#[derive(Properties, PartialEq)]
pub struct ImportBoxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub multiple: bool,
    pub on_files: Callback<Vec<File>>,
}

fn files(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[component]
pub fn ImportBox(props: &ImportBoxProps) -> Html {
    let over = use_state(|| false);
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let picked = files(input.files());
            // Clearing lets the same file be picked again after fixing it.
            input.set_value("");
            if !picked.is_empty() {
                on_files.emit(picked);
            }
        })
    };
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let ondrop = {
        let over = over.clone();
        let on_files = props.on_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            let dropped = files(e.data_transfer().and_then(|d| d.files()));
            if !dropped.is_empty() {
                on_files.emit(dropped);
            }
        })
    };
    html! {
        <div class={classes!("drop-zone", over.then_some("drop-over"))} {ondragover} {ondragleave} {ondrop}>
            // The native picker's own button and "no file chosen" text follow the browser's language, not the
            // app's: the input stays focusable and operable but unseen, and its label is the visible button.
            <input type="file" class="file-input" id={props.id.clone()} accept=".json,application/json" multiple={props.multiple} {onchange} />
            <label for={props.id.clone()} class="button secondary">{ props.label.clone() }</label>
            <p class="hint">{ t::IMPORT_DROP.get(lang) }</p>
        </div>
    }
}
