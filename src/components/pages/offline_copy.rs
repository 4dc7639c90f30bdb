//! The link to the single-file copy of the tool, for use away from this address (workshops, USB sticks).

use yew::prelude::*;

use crate::browser;
use crate::components::use_app;
use crate::i18n::workshop as t;

/// Written next to index.html at build time (scripts/post_build.py, scripts/single_file.py).
const SINGLE_FILE: &str = "egenvurdering-rus.html";

#[component]
pub fn OfflineCopy() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    // The single file itself has nothing beside it to download.
    if browser::opened_from_disk() {
        return html! {};
    }
    let lang = ctx.lang;
    html! {
        <section aria-labelledby="offline-copy-h">
            <h2 id="offline-copy-h">{ t::OFFLINE_TITLE.get(lang) }</h2>
            <p>{ t::OFFLINE_LEAD.get(lang) }</p>
            <p>{ t::OFFLINE_STORAGE.get(lang) }</p>
            <p><a class="button secondary" href={format!("./{SINGLE_FILE}")} download={SINGLE_FILE}>{ t::OFFLINE_LINK.get(lang) }</a></p>
        </section>
    }
}
