//! Privacy promise, sources and the scoring method, on every page.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::shell as t;
use crate::model::route::Route;
use crate::model::save_format::APP_VERSION;

#[component]
pub fn Footer() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    html! {
        <footer class="site-footer">
            <p>{ t::FOOTER_PRIVACY.get(lang) }</p>
            <p>{ t::FOOTER_SOURCE.get(lang) }</p>
            <p>
                <a href={Route::Method.to_hash()}>{ t::NAV_METHOD.get(lang) }</a>{ " · " }
                <a href={Route::Privacy.to_hash()}>{ t::NAV_PRIVACY.get(lang) }</a>{ " · " }
                { format!("v{APP_VERSION}") }
            </p>
        </footer>
    }
}
