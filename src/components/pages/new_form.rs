//! "Start a new self-assessment": only the municipality's name is required; errors follow the error-summary pattern.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::components::manage::LimitedText;
use crate::components::use_app;
use crate::i18n::{manage as tm, shell as t};
use crate::model::bank::ThemeId;
use crate::model::limits;
use crate::model::route::Route;
use crate::state::Action;

fn value(r: &NodeRef) -> String {
    r.cast::<HtmlInputElement>().map(|e| e.value()).unwrap_or_default()
}

#[component]
pub fn NewForm() -> Html {
    let ctx = use_app();
    let error = use_state(|| false);
    // Counts failed submits, so focus moves to the summary after it has rendered, on every failed attempt.
    let attempts = use_state(|| 0u32);
    use_effect_with(*attempts, |n| {
        if *n > 0 {
            browser::focus("error-summary");
        }
    });
    let refs = [use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref()];
    let Some(ctx) = ctx else { return html! {} };
    let lang = ctx.lang;
    let onsubmit = {
        let d = ctx.dispatcher();
        let (error, attempts) = (error.clone(), attempts.clone());
        let [m, u, dt, p] = refs.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let municipality = value(&m);
            if !limits::has_visible(&municipality) {
                error.set(true);
                attempts.set(*attempts + 1);
                return;
            }
            error.set(false);
            d.dispatch(Action::Create {
                municipality,
                unit: value(&u),
                date: value(&dt),
                participants: value(&p),
            });
            browser::set_hash(&Route::Question { theme: ThemeId::Guidance, n: 1 }.to_hash());
        })
    };
    // A name of only invisible characters gets its own words: the field does not look empty to the user.
    let err_text = if value(&refs[0]).trim().is_empty() { t::ERROR_MUNICIPALITY.get(lang) } else { tm::NAME_INVISIBLE.get(lang) };
    let describedby = error.then_some(AttrValue::from("new-municipality-error"));
    html! {
        <section aria-labelledby="new-h">
            <h2 id="new-h">{ t::HOME_NEW.get(lang) }</h2>
            <form class="form" novalidate=true {onsubmit}>
                if *error {
                    <div id="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-h">
                        <h3 id="error-summary-h">{ t::ERROR_SUMMARY.get(lang) }</h3>
                        <ul><li><a href="#new-municipality" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); browser::focus("new-municipality"); })}>{ err_text }</a></li></ul>
                    </div>
                }
                <div class={classes!("field", error.then_some("field-error"))}>
                    <label for="new-municipality">{ t::FIELD_MUNICIPALITY.get(lang) }</label>
                    if *error {
                        <p id="new-municipality-error" class="error-text"><span class="visually-hidden">{ format!("{}: ", t::ERROR_PREFIX.get(lang)) }</span>{ err_text }</p>
                    }
                    <LimitedText node_ref={refs[0].clone()} id="new-municipality" name="municipality" autocomplete="organization"
                        max={limits::MUNICIPALITY} invalid={*error} {describedby} />
                </div>
                <div class="field">
                    <label for="new-unit">{ t::FIELD_UNIT.get(lang) }</label>
                    <LimitedText node_ref={refs[1].clone()} id="new-unit" name="unit" max={limits::UNIT} />
                </div>
                <div class="field">
                    <label for="new-date">{ t::FIELD_DATE.get(lang) }</label>
                    <input ref={refs[2].clone()} id="new-date" name="date" type="date" value={browser::today()} />
                </div>
                <div class="field">
                    <label for="new-participants">{ t::FIELD_PARTICIPANTS.get(lang) }</label>
                    <p id="new-participants-hint" class="hint">{ t::FIELD_PARTICIPANTS_HINT.get(lang) }</p>
                    <LimitedText node_ref={refs[3].clone()} id="new-participants" name="participants" max={limits::PARTICIPANTS} describedby="new-participants-hint" />
                </div>
                <button type="submit" class="button">{ t::START.get(lang) }</button>
            </form>
        </section>
    }
}
