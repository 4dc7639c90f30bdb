//! The participant's code, large and in groups of five for reading aloud, and the same code as a QR code.

use yew::prelude::*;

use super::qr_svg::qr_svg;
use crate::components::use_app;
use crate::i18n::workshop as t;
use crate::model::participant_code::grouped;

#[derive(Properties, PartialEq)]
pub struct CodeCardProps {
    pub code: AttrValue,
    pub name: AttrValue,
}

#[component]
pub fn CodeCard(props: &CodeCardProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    html! {
        <section aria-labelledby="my-code-h" class="code-card">
            <h2 id="my-code-h" tabindex="-1">{ t::P_CODE_TITLE.get(lang) }</h2>
            if !props.name.trim().is_empty() { <p class="code-owner">{ props.name.to_string() }</p> }
            <p class="participant-code" id="participant-code">{ grouped(&props.code) }</p>
            { qr_svg(&props.code, t::P_QR.get(lang)) }
            <p>{ t::P_CODE_HINT.get(lang) }</p>
        </section>
    }
}
