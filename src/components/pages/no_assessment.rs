//! A page about an assessment was opened while none is open (an old bookmark, say).

use yew::prelude::*;

use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::shell as t;
use crate::model::route::Route;

#[component]
pub fn NoAssessment() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    html! {
        <>
            <Heading text={t::NO_ASSESSMENT.get(lang)} />
            <p>{ t::NO_ASSESSMENT_TEXT.get(lang) }</p>
            <p class="button-row">
                <a class="button" href={Route::Home.to_hash()}>{ t::HOME_NEW.get(lang) }</a>
                <a class="button secondary" href={Route::Assessments.to_hash()}>{ t::NAV_ASSESSMENTS.get(lang) }</a>
            </p>
        </>
    }
}
