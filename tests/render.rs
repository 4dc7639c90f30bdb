//! Rendered markup for given states, natively (yew ServerRenderer): every route in every language, and the
//! facts pages must show.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::i18n::{question as tq, report as tr, results as t};
use egenvurdering_rus::model::answers::{ActionField, Answer, Assessment};
use egenvurdering_rus::model::bank::{self, Requirement, ThemeId};
use egenvurdering_rus::model::findings::unmet_legal;
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

/// Text content as the renderer escapes it.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
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
        Route::Compare, Route::Workshop, Route::Privacy, Route::NotFound, Route::Actions, Route::Participant,
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
fn results_lead_with_the_unmet_legal_requirements_each_linked_to_its_question() {
    for lang in Lang::ALL {
        let state = demo(lang, Route::Results);
        let a = state.demo.clone().expect("demo");
        let html = render(state);
        let unmet = unmet_legal(&a, None);
        let first_theme_status = html.find("theme-status").expect("theme statuses");
        for f in &unmet {
            let link = format!(r#"href="{}""#, Route::Question { theme: f.theme, n: f.n }.to_hash());
            let at = html.find(&link).unwrap_or_else(|| panic!("{lang:?}: no link to {}", f.question.id));
            assert!(at < first_theme_status, "{lang:?}: unmet legal requirements come before the theme statuses");
            assert!(html.contains(&escape(f.question.text.get(lang))), "{lang:?} {}", f.question.id);
        }
        assert!(html.contains(&format!("{} ({})", t::UNMET_TITLE.get(lang), unmet.len())), "{lang:?}");
        assert!(html.contains(&tq::law_checked(lang, bank::LAW_CHECKED)), "{lang:?}");
    }
}

#[test]
fn results_give_each_theme_its_status_share_reason_and_the_2004_finding_in_words() {
    for lang in Lang::ALL {
        let state = demo(lang, Route::Results);
        let a = state.demo.clone().expect("demo");
        let html = render(state);
        for (th, s) in theme_scores(&a) {
            assert!(html.contains(&escape(&t::share(lang, &s))), "{lang:?} theme {}", th.id.number());
            assert!(html.contains(&escape(&t::reason(lang, s.reason()))), "{lang:?} theme {}", th.id.number());
            assert!(html.contains(&escape(th.national.summary.get(lang))), "{lang:?}: the 2004 finding as a sentence");
        }
        assert!(html.contains(t::SHARE_MET.get(lang)));
        assert!(!html.contains("Beredskap") && !html.contains("Readiness"), "{lang:?}: the score is not called readiness");
        assert!(!html.contains("chart-radar"), "no radar");
        assert!(html.contains("<table") && html.contains(r#"role="img""#), "chart and table");
        assert!(html.contains(t::ACTION_PLAN.get(lang)));
    }
}

fn open_with(lang: Lang, route: Route, f: impl FnOnce(&mut Assessment)) -> AppState {
    let mut s = with_assessment(lang, route);
    let id = s.workspace.current.clone().expect("open");
    f(s.workspace.get_mut(&id).expect("assessment"));
    s
}

#[test]
fn the_report_is_marked_draft_until_every_question_is_answered() {
    for lang in Lang::ALL {
        let draft = render(open_with(lang, Route::Report, |a| a.set_answer(bank::all_questions().next().expect("q").id, Some(Answer::Yes))));
        assert!(draft.contains("report-draft") && draft.contains(tr::DRAFT_WHY.get(lang)), "{lang:?}");
        let done = render(open_with(lang, Route::Report, |a| {
            for q in bank::all_questions() {
                a.set_answer(q.id, Some(Answer::Yes));
            }
        }));
        assert!(!done.contains("report-draft") && !done.contains(tr::DRAFT_WHY.get(lang)), "{lang:?}");
    }
}

#[test]
fn the_report_opens_with_a_summary_and_cites_todays_law_before_the_2004_basis() {
    let state = open_with(Lang::Nb, Route::Report, |a| {
        a.participants = "Rådmann, Nav-leder".into();
        for q in bank::all_questions() {
            a.set_answer(q.id, Some(Answer::Yes));
        }
        let legal = bank::all_questions().find(|q| q.requirement == Requirement::Legal).expect("legal");
        a.set_answer(legal.id, Some(Answer::Partly));
        a.set_action(legal.id, ActionField::What, "Ny rutine");
        a.set_action(legal.id, ActionField::Who, "Nav-leder");
        a.set_action(legal.id, ActionField::Due, "2027-03-01");
    });
    let html = render(state);
    let summary = html.find(tr::SUMMARY.nb).expect("summary");
    let themes = html.find(tr::PER_THEME.nb).expect("themes");
    let appendix = html.find(tr::APPENDIX.nb).expect("appendix");
    assert!(summary < themes && themes < appendix);
    for fact in ["Testvik", "23. november 2026", "Rådmann, Nav-leder", "Ny rutine", "Nav-leder", "1. mars 2027", tr::TOP_ACTIONS.nb, tr::UNMET_SHORT.nb] {
        let at = html.find(&escape(fact)).unwrap_or_else(|| panic!("{fact} on the report"));
        assert!(at < themes, "{fact} is on the summary");
    }
    let today = html[appendix..].find(tq::BASIS_TODAY.nb).expect("today's basis");
    let then = html[appendix..].find(&escape(tq::BASIS_THEN.nb)).expect("2004 basis as history");
    assert!(today < then);
}

#[test]
fn a_duty_holder_filter_is_offered_on_results_and_report() {
    for route in [Route::Results, Route::Report] {
        let html = render(demo(Lang::En, route));
        for d in bank::DutyHolder::ALL {
            assert!(html.contains(&format!(r#"id="{}-{}""#, if route == Route::Results { "duty" } else { "report-duty" }, d.token())), "{route:?}");
        }
    }
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
