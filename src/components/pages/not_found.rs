//! A link that points nowhere.

use yew::prelude::*;

use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::shell as t;

#[component]
pub fn NotFound() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    html! {
        <>
            <Heading text={t::NOT_FOUND.get(lang)} />
            <p><a href="#/">{ t::NOT_FOUND_TEXT.get(lang) }</a></p>
        </>
    }
}
