//! Marks the example municipality on every page, so nobody mistakes it for real data.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::shell as t;
use crate::state::Action;

#[component]
pub fn DemoBanner() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    if !ctx.is_demo() {
        return html! {};
    }
    let lang = ctx.lang;
    let d = ctx.dispatcher();
    html! {
        <div class="demo-banner" role="note">
            <p><strong>{ t::DEMO_BANNER.get(lang) }</strong></p>
            <div class="button-row">
                <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::ResetDemo)}>{ t::DEMO_RESET.get(lang) }</button>
                <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::CloseDemo)}>{ t::DEMO_CLOSE.get(lang) }</button>
            </div>
        </div>
    }
}
