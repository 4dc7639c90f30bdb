//! One question per page: the question is the page heading, with the answer scale, help, notes and legal basis.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::law_names::with_law_names;

use super::{answer_picker::AnswerPicker, basis_details::BasisDetails, criteria_box::CriteriaBox, note_fields::NoteFields};
use crate::browser;
use crate::components::use_app;
use crate::i18n::question as t;
use crate::model::answers::Answer;
use crate::model::bank::{self, Requirement, ThemeId};
use crate::model::route::Route;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub theme: ThemeId,
    pub n: usize,
}

fn neighbours(theme: ThemeId, n: usize) -> (Route, Route) {
    let total = bank::theme(theme).question_count();
    let prev = if n > 1 { Route::Question { theme, n: n - 1 } } else { Route::Overview };
    let next = if n < total { Route::Question { theme, n: n + 1 } } else { Route::ThemeSummary { theme } };
    (prev, next)
}

/// Single-key shortcuts are opt-in (WCAG 2.1.4) and never fire while typing or with a modifier held.
#[hook]
fn use_shortcuts(enabled: bool, question: &'static str, prev: Route, next: Route) {
    let ctx = use_app();
    use_effect_with((enabled, question, prev, next), move |(enabled, question, prev, next)| {
        let (question, prev, next) = (*question, *prev, *next);
        let listener = enabled.then(browser::window).flatten().and_then(|w| {
            let d = ctx?.dispatcher();
            Some(EventListener::new(&w, "keydown", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if e.ctrl_key() || e.alt_key() || e.meta_key() {
                    return;
                }
                let typing = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "SELECT") || (el.tag_name() == "INPUT" && el.get_attribute("type").as_deref() != Some("radio")));
                if typing {
                    return;
                }
                match e.key().as_str() {
                    k @ ("1" | "2" | "3" | "4" | "5") => {
                        let i = k.parse::<usize>().unwrap_or(1) - 1;
                        d.dispatch(Action::Answer { question, answer: Some(Answer::ALL[i]) });
                    }
                    "n" | "N" => browser::set_hash(&next.to_hash()),
                    "b" | "B" => browser::set_hash(&prev.to_hash()),
                    _ => {}
                }
            }))
        });
        move || drop(listener)
    });
}

#[component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let ctx = use_app();
    let theme = bank::theme(props.theme);
    let q = theme.question_at(props.n);
    let (prev, next) = neighbours(props.theme, props.n);
    let lang = ctx.as_ref().map(|c| c.lang).unwrap_or_default();
    let total = theme.question_count();
    let position = t::question_of(lang, props.n, total);
    // Hooks run before any early return, so their order never changes between renders.
    let title = format!("{position}: {} – {}", theme.title.get(lang), crate::i18n::shell::APP_NAME.get(lang));
    use_effect_with(title, |title| browser::set_title(title));
    use_shortcuts(ctx.as_ref().is_some_and(|c| c.shortcuts), q.map_or("", |q| q.id), prev, next);
    let (Some(ctx), Some(q)) = (ctx, q) else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let answered = theme.questions().filter(|q| a.answer(q.id).is_some()).count();
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        browser::set_hash(&next.to_hash());
    });
    let toggle_shortcuts = ctx.dispatcher().to_callback().reform(|_: Event| Action::ToggleShortcuts);
    let kind_class = match q.requirement {
        Requirement::Legal => "badge-legal",
        Requirement::GoodPractice => "badge-good",
    };
    let sub_area = theme.sub_area_of(q.id).map_or("", |s| s.title.get(lang));
    html! {
        <div class="question-page">
            <p class="breadcrumb">
                <a href={Route::Overview.to_hash()}>{ a.title() }</a>{ " › " }
                { format!("{}: {}", t::theme_of(lang, props.theme.number()), theme.title.get(lang)) }
            </p>
            <p class="progress-text" id="q-progress">{ position }</p>
            <progress max={total.to_string()} value={answered.to_string()}
                aria-label={crate::i18n::shell::answered_of(lang, answered, total)}></progress>
            <form class="form" {onsubmit}>
                <fieldset class="question" aria-describedby="q-area q-kind">
                    <legend>
                        <h1 id="page-title" tabindex="-1">{ q.text.get(lang) }</h1>
                    </legend>
                    <p id="q-area" class="hint">{ sub_area }</p>
                    <p class="q-kind" id="q-kind">
                        <span class={classes!("badge", kind_class)}>{ q.requirement.label().get(lang) }</span>
                        { " " }{ t::DUTY.get(lang) }{ ": " }
                        { q.duty.iter().map(|d| d.name().get(lang)).collect::<Vec<_>>().join(" · ") }
                    </p>
                    <AnswerPicker question={q.id} />
                </fieldset>
                <CriteriaBox question={q.id} />
                <section class="help" aria-labelledby="help-h">
                    <h2 id="help-h">{ t::HELP_TITLE.get(lang) }</h2>
                    <p>{ with_law_names(q.help.get(lang), lang) }</p>
                </section>
                <NoteFields question={q.id} />
                <BasisDetails question={q.id} />
                <div class="button-row nav-buttons">
                    <a class="button secondary" href={prev.to_hash()}>{ t::PREVIOUS.get(lang) }</a>
                    <button type="submit" class="button">
                        { if props.n == total { t::TO_SUMMARY.get(lang) } else { t::NEXT.get(lang) } }
                    </button>
                </div>
            </form>
            <div class="shortcuts">
                <input type="checkbox" id="shortcuts" checked={ctx.shortcuts} onchange={toggle_shortcuts} aria-describedby="shortcuts-hint" />
                <label for="shortcuts">{ t::SHORTCUTS.get(lang) }</label>
                <p id="shortcuts-hint" class="hint">{ t::SHORTCUTS_HINT.get(lang) }</p>
            </div>
        </div>
    }
}
