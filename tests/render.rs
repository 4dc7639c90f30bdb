//! Rendered markup for given states, natively (yew ServerRenderer): every route in every language, and the
//! facts pages must show.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::Answer;
use egenvurdering_rus::model::bank::{self, ThemeId};
use egenvurdering_rus::model::demo::demo_assessment;
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::report::theme_scores;
use egenvurdering_rus::model::route::Route;
use egenvurdering_rus::model::save_format::LoadError;
use egenvurdering_rus::state::{Action, AppState, Notice};
use egenvurdering_rus::{Root, RootProps};
use std::rc::Rc;
use yew::Reducible;

fn render(state: AppState) -> String {
    futures_lite(yew::ServerRenderer::<Root>::with_props(move || RootProps { initial: Some(state) }).hydratable(false).render())
}

fn futures_lite<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime").block_on(f)
}

fn with_assessment(lang: Lang, route: Route) -> AppState {
    let s = Rc::new(AppState { lang, ..AppState::default() }).reduce(Action::Create {
        municipality: "Testvik".into(),
        unit: String::new(),
        date: "2026-11-23".into(),
        participants: String::new(),
    });
    AppState { route, ..(*s).clone() }
}

fn demo(lang: Lang, route: Route) -> AppState {
    AppState { lang, route, demo: Some(demo_assessment(lang, "2026-11-23", "t")), demo_open: true, ..AppState::default() }
}

fn h1(html: &str) -> String {
    let start = html.find("<h1").expect("an h1");
    let open_end = html[start..].find('>').expect(">") + start + 1;
    let end = html[open_end..].find("</h1>").expect("</h1>") + open_end;
    html[open_end..end].to_string()
}

fn all_routes() -> Vec<Route> {
    let mut r = vec![
        Route::Home, Route::Overview, Route::Results, Route::Report, Route::Method, Route::Assessments,
        Route::Compare, Route::Workshop, Route::Privacy, Route::NotFound,
    ];
    for t in ThemeId::ALL {
        r.push(Route::ThemeSummary { theme: t });
        r.push(Route::Question { theme: t, n: bank::theme(t).question_count() });
    }
    r
}

#[test]
fn every_route_renders_one_non_empty_h1_in_every_language() {
    for lang in Lang::ALL {
        for route in all_routes() {
            let html = render(demo(lang, route));
            assert_eq!(html.matches("<h1").count(), 1, "{lang:?} {route:?}");
            assert!(!h1(&html).trim().is_empty(), "{lang:?} {route:?}");
            assert!(html.contains(r#"id="main""#));
        }
    }
}

#[test]
fn languages_really_differ() {
    let nb = render(AppState::default());
    let nn = render(AppState { lang: Lang::Nn, ..AppState::default() });
    let en = render(AppState { lang: Lang::En, ..AppState::default() });
    assert!(nb.contains("Start en ny egenvurdering"));
    assert!(nn.contains("Start ei ny eigenvurdering"));
    assert!(en.contains("Start a new self-assessment"));
}

#[test]
fn the_question_page_has_five_unchecked_radios_in_a_fieldset_with_the_question_as_h1() {
    let html = render(with_assessment(Lang::Nb, Route::Question { theme: ThemeId::Support, n: 1 }));
    let q = bank::theme(ThemeId::Support).question_at(1).expect("q");
    assert_eq!(h1(&html), q.text.nb);
    assert!(html.contains("<fieldset") && html.contains("<legend"));
    assert_eq!(html.matches(r#"type="radio""#).count(), 5);
    assert!(!html.contains("checked"), "no default answer");
    assert!(html.contains(&format!("Spørsmål 1 av {}", bank::theme(ThemeId::Support).question_count())));
    assert!(!html.contains("action-what"), "no action fields before a gap is answered");
}

#[test]
fn a_gap_answer_shows_the_action_fields() {
    let s = with_assessment(Lang::En, Route::Question { theme: ThemeId::Guidance, n: 1 });
    let s = Rc::new(s).reduce(Action::Answer { question: "t1.responsibility", answer: Some(Answer::No) });
    let html = render((*s).clone());
    assert!(html.contains("action-what") && html.contains("What will be done"));
}

#[test]
fn results_show_each_themes_score_status_and_national_finding() {
    let state = demo(Lang::Nb, Route::Results);
    let a = state.demo.clone().expect("demo");
    let html = render(state);
    for (th, s) in theme_scores(&a) {
        assert!(html.contains(&format!("{} %", s.readiness.expect("demo answers every theme"))), "{}", th.id.number());
        assert!(html.contains(&format!("{} [{}]", th.national.summary.nb, th.national.source.key())), "national finding cites its source");
    }
    assert!(html.contains("Trolig lovbrudd"));
    assert!(html.contains("<table") && html.contains("<svg"), "chart and table");
    assert!(html.contains("Handlingsplan"));
}

#[test]
fn pages_about_an_assessment_explain_when_none_is_open() {
    let html = render(AppState { route: Route::Results, ..AppState::default() });
    assert_eq!(h1(&html), "Ingen egenvurdering er åpen");
}

#[test]
fn the_demo_is_marked_on_every_page() {
    for route in [Route::Overview, Route::Results, Route::Home] {
        assert!(render(demo(Lang::Nb, route)).contains("EKSEMPEL"), "{route:?}");
    }
}

#[test]
fn an_import_error_names_the_problem_in_the_users_language() {
    let s = AppState {
        lang: Lang::Nn,
        notice: Some(Notice::ImportFailed { file: "x.json".into(), error: LoadError::NewerVersion { found: 9 } }),
        ..AppState::default()
    };
    let html = render(s);
    assert!(html.contains("Fila «x.json» vart ikkje henta inn. Ingenting er endra."));
    assert!(html.contains("nyare versjon"));
    assert!(html.contains(r#"role="alert""#));
}

#[test]
fn imported_text_is_escaped_not_executed() {
    let mut s = with_assessment(Lang::Nb, Route::ThemeSummary { theme: ThemeId::Guidance });
    if let Some(id) = s.workspace.current.clone() {
        if let Some(a) = s.workspace.get_mut(&id) {
            a.set_answer("t1.responsibility", Some(Answer::Yes));
            a.set_note("t1.responsibility", "<script>alert(1)</script>");
        }
    }
    let html = render(s);
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;"));
}

#[test]
fn the_overview_reminds_to_download_until_a_fresh_copy_exists() {
    let s = Rc::new(with_assessment(Lang::Nb, Route::Overview)).reduce(Action::Answer { question: "t1.refer-on", answer: Some(Answer::Yes) });
    assert!(render((*s).clone()).contains("endret siden den sist ble lastet ned"));
    let id = s.workspace.current.clone().expect("open");
    // Native clock is fixed, so make the export strictly newer than the last change.
    let mut after = (*s.clone().reduce(Action::Exported(id.clone()))).clone();
    if let Some(a) = after.workspace.get_mut(&id) {
        a.last_exported = Some("2099-01-01T00:00:00.000Z".into());
    }
    assert!(!render(after).contains("endret siden den sist ble lastet ned"));
}

#[test]
fn each_save_failure_says_what_to_do_in_the_users_language() {
    use egenvurdering_rus::state::{SaveFailure, SaveStatus};
    let blocked = render(AppState { save: SaveStatus::Failed(SaveFailure::Blocked), ..with_assessment(Lang::Nb, Route::Overview) });
    assert!(blocked.contains("uleselige data ligger fortsatt i nettleseren"));
    assert!(blocked.contains(r##"href="#/vurderinger""##));
    let full = render(AppState { save: SaveStatus::Failed(SaveFailure::Browser("QuotaExceededError".into())), ..with_assessment(Lang::En, Route::Overview) });
    assert!(full.contains("The browser did not accept the latest changes"));
    assert!(full.contains("QuotaExceededError"), "technical detail kept for support");
    assert!(full.contains("Download a copy"));
}

#[test]
fn the_workshop_page_offers_the_single_file_copy_in_every_language() {
    use egenvurdering_rus::i18n::workshop as t;
    for lang in Lang::ALL {
        let html = render(AppState { lang, route: Route::Workshop, ..AppState::default() });
        assert!(html.contains(r#"href="./egenvurdering-rus.html""#), "{lang:?}");
        assert!(html.contains(r#"download="egenvurdering-rus.html""#), "{lang:?}");
        for s in [t::OFFLINE_TITLE, t::OFFLINE_LEAD, t::OFFLINE_STORAGE, t::OFFLINE_LINK] {
            assert!(html.contains(s.get(lang)), "{lang:?}: {}", s.get(lang));
        }
    }
}
