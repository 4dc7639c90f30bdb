//! The question page as a self-audit: for every question in every language it shows the kind of requirement, who
//! holds the duty today, the criteria for Ja and Delvis, the evidence to ask for, today's law with each law named,
//! the 2004 basis only as history, and the date the law was checked. Rendered natively (yew ServerRenderer).
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::bank::{self, laws, ThemeId, LAW_CHECKED};
use egenvurdering_rus::model::dates;
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::route::Route;
use egenvurdering_rus::state::{Action, AppState};
use egenvurdering_rus::{Root, RootProps};
use std::rc::Rc;
use yew::Reducible;

fn render(state: AppState) -> String {
    let r = yew::ServerRenderer::<Root>::with_props(move || RootProps { initial: Some(state) }).hydratable(false).render();
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime").block_on(r)
}

fn page(lang: Lang, theme: ThemeId, n: usize) -> String {
    let s = Rc::new(AppState { lang, ..AppState::default() }).reduce(Action::Create {
        municipality: "Testvik".into(),
        unit: String::new(),
        date: "2026-12-01".into(),
        participants: String::new(),
    });
    render(AppState { route: Route::Question { theme, n }, ..(*s).clone() })
}

/// Yew escapes text; compare against the escaped form.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn contains(html: &str, text: &str) -> bool {
    html.contains(text) || html.contains(&esc(text))
}

/// Prose with the law names inside it unmarked again, to find the prose itself.
fn unmarked(html: &str) -> String {
    laws::LAWS.iter().fold(html.to_owned(), |h, l| h.replace(&format!("<span lang=\"nb\">{}</span>", l.name), l.name))
}

#[test]
fn every_question_page_shows_criteria_duty_kind_and_todays_law() {
    for lang in Lang::ALL {
        for t in ThemeId::ALL {
            for (i, q) in bank::theme(t).questions().enumerate() {
                let html = page(lang, t, i + 1);
                let at = format!("{} ({})", q.id, lang.code());
                let prose = unmarked(&html);
                for text in [q.criteria.yes.get(lang), q.criteria.partly.get(lang), q.criteria.evidence.get(lang), q.help.get(lang)] {
                    assert!(contains(&prose, text), "{at}: criterion or help missing: {text}");
                }
                if lang != Lang::Nb {
                    for l in laws::LAWS.iter().filter(|l| q.criteria.yes.get(lang).contains(l.name)) {
                        assert!(html.contains(&format!("<span lang=\"nb\">{}</span>", l.name)), "{at}: {} not marked as Norwegian", l.name);
                    }
                }
                assert!(contains(&html, q.requirement.label().get(lang)), "{at}: kind of requirement");
                for d in q.duty {
                    assert!(contains(&html, d.name().get(lang)), "{at}: duty holder {d:?}");
                }
                for c in q.basis.today.iter().chain(q.basis.supports) {
                    assert!(contains(&html, &format!("<span lang=\"nb\">{}</span>", esc(c))), "{at}: {c} not marked as Norwegian");
                    let law = laws::law_of(c).expect("a law in force");
                    assert!(contains(&html, law.gloss.get(lang)), "{at}: {c} without the law's name");
                }
                assert!(contains(&html, &dates::long(lang, LAW_CHECKED)), "{at}: law-checked date");
            }
        }
    }
}

#[test]
fn the_2004_basis_is_labelled_as_history_and_today_never_shows_the_1991_act() {
    for lang in Lang::ALL {
        let html = page(lang, ThemeId::Housing, 1);
        let history = egenvurdering_rus::i18n::question::BASIS_THEN.get(lang);
        assert!(contains(&html, history), "{lang:?}");
        let today_label = egenvurdering_rus::i18n::question::BASIS_TODAY.get(lang);
        if let (Some(a), Some(b)) = (html.find(&esc(today_label)), html.find(&esc(history))) {
            assert!(!html[a..b].contains("1991"), "{lang:?}: the 1991 act appears under today's law");
        }
    }
}

#[test]
fn the_question_page_shows_no_live_score_that_could_steer_answers() {
    let html = page(Lang::Nb, ThemeId::Guidance, 1);
    assert!(!html.contains("theme-score"));
    assert!(!html.contains(" %"), "no percentage on the question page");
}

/// The state of `page` with the first question agreed in a workshop on 1 December 2026 (the reducer dates it
/// with the browser's today, which a native run does not have).
fn agreed(lang: Lang, route: Route) -> String {
    let s = Rc::new(AppState { lang, ..AppState::default() })
        .reduce(Action::Create { municipality: "Testvik".into(), unit: String::new(), date: "2026-12-01".into(), participants: String::new() })
        .reduce(Action::Agree { question: bank::theme(ThemeId::ALL[0]).question_at(1).expect("a first question").id, answer: egenvurdering_rus::model::answers::Answer::Partly, note: String::new(), replace: false });
    let mut s = (*s).clone();
    for a in &mut s.workspace.assessments {
        for r in a.responses.values_mut().filter(|r| r.agreed.is_some()) {
            r.agreed = Some("2026-12-01".into());
        }
    }
    render(AppState { route, ..s })
}

#[test]
fn an_agreed_answer_is_marked_with_its_date_on_its_page_and_in_the_report_in_every_language() {
    for (lang, mark) in [(Lang::Nb, "Enighet i verksted 1. desember 2026"), (Lang::Nn, "Semje i verkstad 1. desember 2026"), (Lang::En, "Agreed in a workshop on 1 December 2026")] {
        let first = ThemeId::ALL[0];
        assert!(agreed(lang, Route::Question { theme: first, n: 1 }).contains(mark), "{lang:?}: question page");
        assert!(!agreed(lang, Route::Question { theme: first, n: 2 }).contains("agreed-mark"), "{lang:?}: only the agreed question");
        let report = agreed(lang, Route::Report);
        assert_eq!(report.matches(mark).count(), 1, "{lang:?}: report appendix");
        assert!(!page(lang, first, 1).contains("agreed-mark"), "{lang:?}: no mark without a workshop");
    }
}
