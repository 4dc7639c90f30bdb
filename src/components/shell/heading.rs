//! The page's h1, which also names the browser tab; it is the focus target after every route change.

use yew::prelude::*;

use crate::browser;
use crate::components::use_app;
use crate::i18n::shell as t;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let app = use_app().map(|c| t::APP_NAME.get(c.lang)).unwrap_or_else(|| t::APP_NAME.get(crate::model::lang::Lang::Nb));
    let title = if props.text.as_str() == app { app.to_owned() } else { format!("{} – {app}", props.text) };
    use_effect_with(title, |title| browser::set_title(title));
    html! { <h1 id="page-title" tabindex="-1">{ props.text.clone() }</h1> }
}
