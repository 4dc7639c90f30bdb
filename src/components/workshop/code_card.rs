//! The participant's code, large and in groups of five for reading aloud, and the same code as a QR code. The QR
//! encoder is in the on-demand QR module, fetched when the first code is shown; the typed code needs none of it.

use yew::prelude::*;

use crate::browser;
use crate::components::use_app;
use crate::i18n::workshop as t;
use crate::model::participant_code::grouped;

#[derive(Properties, PartialEq)]
pub struct CodeCardProps {
    pub code: AttrValue,
    pub name: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Qr {
    Loading,
    /// Side in modules (border included) and the SVG path of the dark modules.
    Drawn(u32, String),
    Failed,
}

#[component]
pub fn CodeCard(props: &CodeCardProps) -> Html {
    let qr = use_state(|| Qr::Loading);
    {
        let qr = qr.clone();
        use_effect_with(props.code.clone(), move |code| {
            qr.set(Qr::Loading);
            let code = code.to_string();
            yew::platform::spawn_local(async move {
                qr.set(match browser::qr_code(&code).await {
                    Ok((size, path)) => Qr::Drawn(size, path),
                    Err(_) => Qr::Failed,
                });
            });
        });
    }
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    html! {
        <section aria-labelledby="my-code-h" class="code-card">
            <h2 id="my-code-h" tabindex="-1">{ t::P_CODE_TITLE.get(lang) }</h2>
            if !props.name.trim().is_empty() { <p class="code-owner">{ props.name.to_string() }</p> }
            <p class="participant-code" id="participant-code">{ grouped(&props.code) }</p>
            {
                match &*qr {
                    Qr::Loading => html! { <p class="hint">{ t::P_QR_LOADING.get(lang) }</p> },
                    Qr::Failed => html! { <p class="hint" data-testid="qr-failed">{ t::P_QR_FAILED.get(lang) }</p> },
                    Qr::Drawn(size, path) => html! {
                        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={t::P_QR.get(lang)} shape-rendering="crispEdges">
                            <rect width={size.to_string()} height={size.to_string()} class="qr-light" />
                            <path d={path.clone()} class="qr-dark" />
                        </svg>
                    },
                }
            }
            <p>{ t::P_CODE_HINT.get(lang) }</p>
        </section>
    }
}
