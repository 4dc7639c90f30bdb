//! How the score and the status are worked out, in plain words.

use yew::prelude::*;

use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::results as t;

#[component]
pub fn Method() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    html! {
        <>
            <Heading text={t::METHOD_TITLE.get(lang)} />
            <ul class="prose-list">
                for p in &t::METHOD_POINTS { <li>{ p.get(lang) }</li> }
            </ul>
            <p>{ t::METHOD_NATIONAL.get(lang) }</p>
        </>
    }
}
