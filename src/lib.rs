//! Egenvurdering rus: a self-assessment against Helsetilsynet's 2004 nationwide audit of municipal social
//! services for people with substance-use problems. Runs entirely in the browser; no answer leaves the device.

pub mod model;

use yew::prelude::*;
#[component]
pub fn App() -> Html {
    html! { <main><h1>{ "Egenvurdering rus" }</h1></main> }
}
