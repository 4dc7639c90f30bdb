//! What is stored where, and the sources the questions rest on.

use yew::prelude::*;

use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::shell as t;
use crate::model::bank::Source;
use crate::persist::{CORRUPT_PREFIX, KEY_DEMO, KEY_PREFS, KEY_WORKSPACE};

#[component]
pub fn Privacy() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    html! {
        <>
            <Heading text={t::PRIVACY_TITLE.get(lang)} />
            <ul class="prose-list">
                for p in &t::PRIVACY_POINTS { <li>{ p.get(lang) }</li> }
            </ul>
            <ul class="keys">
                for k in [KEY_WORKSPACE, KEY_DEMO, KEY_PREFS] { <li><code>{ k }</code></li> }
                <li><code>{ format!("{CORRUPT_PREFIX}…") }</code></li>
            </ul>
            <section aria-labelledby="sources-h">
                <h2 id="sources-h">{ t::SOURCES_TITLE.get(lang) }</h2>
                <p>{ t::SOURCES_NOTE.get(lang) }</p>
                <ul class="sources">
                    for s in Source::ALL { <li lang="nb">{ format!("[{}] {}", s.key(), s.citation()) }</li> }
                </ul>
            </section>
        </>
    }
}
