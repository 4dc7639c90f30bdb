//! Stored data that could not be read: announced on every page until dealt with; kept aside, offered for
//! download and for restoring whatever is still valid, deleted only when the user says so.

use yew::prelude::*;

use crate::browser::{self, LocalStore};
use crate::components::use_app;
use crate::i18n::data as t;
use crate::model::salvage::salvage;
use crate::persist::{self, Store};
use crate::state::{Action, Refused};

#[component]
pub fn CorruptData() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    if ctx.corrupt.is_empty() {
        return html! {};
    }
    let lang = ctx.lang;
    html! {
        <div class="alert alert-error corrupt-data" role="alert">
            <p>{ t::CORRUPT.get(lang) }</p>
            for key in ctx.corrupt.iter().cloned() {
                {{
                    let download = {
                        let (key, d) = (key.clone(), ctx.dispatcher());
                        Callback::from(move |_: MouseEvent| {
                            let raw = persist::raw(&LocalStore, &key).ok().flatten().unwrap_or_default();
                            if let Err(e) = browser::download(&format!("{key}.txt"), "text/plain;charset=utf-8", &raw) {
                                d.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e });
                            }
                        })
                    };
                    let restore = {
                        let (key, d) = (key.clone(), ctx.dispatcher());
                        Callback::from(move |_: MouseEvent| match persist::raw(&LocalStore, &key) {
                            Ok(raw) => d.dispatch(Action::Restore { key: key.clone(), salvage: salvage(&raw.unwrap_or_default()) }),
                            Err(e) => d.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e }),
                        })
                    };
                    let delete = {
                        let (key, d) = (key.clone(), ctx.dispatcher());
                        Callback::from(move |_: MouseEvent| match LocalStore.remove(&key) {
                            Ok(()) => d.dispatch(Action::CorruptHandled(key.clone())),
                            Err(e) => d.dispatch(Action::BrowserRefused { what: Refused::Delete, detail: e }),
                        })
                    };
                    html! {
                        <p class="button-row">
                            <code>{ key.clone() }</code>
                            <button type="button" class="button" onclick={download}>{ t::CORRUPT_DOWNLOAD.get(lang) }</button>
                            <button type="button" class="button secondary" onclick={restore}>{ t::CORRUPT_RESTORE.get(lang) }</button>
                            <button type="button" class="button secondary" onclick={delete}>{ t::CORRUPT_DELETE.get(lang) }</button>
                        </p>
                    }
                }}
            }
        </div>
    }
}
