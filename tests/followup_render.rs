//! Rendered markup of the follow-up where it meets the rest of the app: an action's status and effect check on
//! the question page, carried answers marked on the questions overview and in the results, and the action list
//! in the main menu, in every language.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::i18n::{followup as tf, menu};
use egenvurdering_rus::model::answers::{ActionField, ActionStatus, Answer, Assessment};
use egenvurdering_rus::model::bank::{self, Requirement, ThemeId};
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::route::Route;
use egenvurdering_rus::state::{Action, AppState};
use egenvurdering_rus::{Root, RootProps};
use std::rc::Rc;
use yew::Reducible;

fn render(state: AppState) -> String {
    let page = yew::ServerRenderer::<Root>::with_props(move || RootProps { initial: Some(state) }).hydratable(false).render();
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime").block_on(page)
}

fn open_with(lang: Lang, route: Route, f: impl FnOnce(&mut Assessment)) -> AppState {
    let s = Rc::new(AppState { lang, ..AppState::default() }).reduce(Action::Create {
        municipality: "Testvik".into(),
        unit: String::new(),
        date: "2026-11-23".into(),
        participants: String::new(),
    });
    let mut s = AppState { route, ..(*s).clone() };
    let id = s.workspace.current.clone().expect("open");
    f(s.workspace.get_mut(&id).expect("assessment"));
    s
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The markup of the first element that starts with `open`, up to its closing `close`.
fn element<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("{open} in the page"));
    let end = html[start..].find(close).expect("closed") + start;
    &html[start..end]
}

fn legal_question(theme: ThemeId) -> (usize, &'static str) {
    bank::theme(theme)
        .questions()
        .enumerate()
        .find(|(_, q)| q.requirement == Requirement::Legal)
        .map(|(i, q)| (i + 1, q.id))
        .expect("a legal requirement")
}

#[test]
fn the_question_page_sets_an_actions_status_and_effect_check_where_it_is_written() {
    let (n, id) = legal_question(ThemeId::Guidance);
    for lang in Lang::ALL {
        let html = render(open_with(lang, Route::Question { theme: ThemeId::Guidance, n }, |a| {
            a.set_answer(id, Some(Answer::No));
            a.set_action(id, ActionField::What, "Skriv rutine");
            a.set_action(id, ActionField::Check, "Stikkprøve & rapport");
            a.set_action_status(id, ActionStatus::InProgress);
        }));
        let fields = element(&html, r#"<fieldset class="action-fields""#, "</fieldset>");
        assert!(fields.contains(&format!(r#"<label for="action-status">{}</label>"#, tf::F_STATUS.get(lang))), "{lang:?}");
        let select = element(fields, r#"<select id="action-status""#, "</select>");
        assert_eq!(select.matches("<option").count(), ActionStatus::ALL.len(), "{lang:?}");
        let chosen = element(select, r#"value="in_progress""#, "</option>");
        assert!(chosen.contains("selected") && chosen.contains(ActionStatus::InProgress.label().get(lang)), "{lang:?}: {chosen}");
        assert!(!element(select, r#"value="not_started""#, "</option>").contains("selected"), "{lang:?}");
        assert!(fields.contains(&format!(r#"<label for="action-check">{}</label>"#, escape(tf::CHECK.get(lang)))), "{lang:?}");
        let check = element(fields, r#"<textarea"#, "</textarea>");
        assert!(check.contains(r#"id="action-check""#) && check.contains(r#"maxlength="600""#), "{lang:?}: {check}");
        assert!(check.contains(&escape("Stikkprøve & rapport")), "{lang:?}: {check}");
    }
}

#[test]
fn the_overview_marks_each_carried_answer_and_counts_them_per_theme() {
    let ids: Vec<&str> = bank::theme(ThemeId::Guidance).questions().take(3).map(|q| q.id).collect();
    for lang in Lang::ALL {
        let html = render(open_with(lang, Route::Overview, |a| {
            for id in &ids {
                a.set_answer(id, Some(Answer::Yes));
            }
            // Two carried and unconfirmed; the third was answered this year.
            a.to_confirm.insert(ids[0].into());
            a.to_confirm.insert(ids[1].into());
        }));
        let mark = format!(r#"<span class="carried-mark">{}</span>"#, tf::CARRIED_MARK.get(lang));
        assert_eq!(html.matches(&mark).count(), 2, "{lang:?}: one mark per carried question");
        for id in &ids[..2] {
            let q = bank::question(id).expect("question");
            let item = element(&html, &format!(">{}</a>", escape(q.text.get(lang))), "</li>");
            assert!(item.contains(&mark), "{lang:?} {id}");
        }
        let third = element(&html, &format!(">{}</a>", escape(bank::question(ids[2]).expect("q").text.get(lang))), "</li>");
        assert!(!third.contains("carried-mark"), "{lang:?}: a confirmed answer is not marked");
        let theme1 = element(&html, r#"id="theme-1-h""#, "</progress>");
        assert!(theme1.contains(&tf::carried_count(lang, 2)), "{lang:?}");
        assert!(!element(&html, r#"id="theme-2-h""#, "</progress>").contains("carried-mark"), "{lang:?}: theme 2 has none");
    }
}

#[test]
fn results_mark_each_carried_finding_and_show_the_actions_status() {
    let (_, carried) = legal_question(ThemeId::Guidance);
    let (_, fresh) = legal_question(ThemeId::Housing);
    for lang in Lang::ALL {
        let html = render(open_with(lang, Route::Results, |a| {
            a.set_answer(carried, Some(Answer::No));
            a.set_answer(fresh, Some(Answer::Partly));
            a.set_action(carried, ActionField::What, "Skriv rutine");
            a.set_action_status(carried, ActionStatus::Done);
            a.to_confirm.insert(carried.into());
        }));
        let unmet = element(&html, r#"class="findings findings-unmet""#, "</section>");
        let finding = |id: &str| element(unmet, &format!(">{}</a>", escape(bank::question(id).expect("q").text.get(lang))), "</li>");
        assert!(finding(carried).contains(tf::CARRIED_MARK.get(lang)), "{lang:?}");
        assert!(!finding(fresh).contains("carried-mark"), "{lang:?}");
        assert!(finding(carried).contains(&format!("{}: {}", tf::F_STATUS.get(lang), ActionStatus::Done.label().get(lang))), "{lang:?}");
        let plan = element(&html, r#"<table class="plan-table"#, "</table>");
        assert_eq!(plan.matches("carried-mark").count(), 1, "{lang:?}: the action plan marks the carried row");
        assert!(html.contains(&tf::unconfirmed(lang, 1)), "{lang:?}: the figures say how many");
    }
}

#[test]
fn the_main_menu_links_the_action_list_in_every_language() {
    for lang in Lang::ALL {
        for route in [Route::Home, Route::Actions] {
            let html = render(open_with(lang, route, |_| {}));
            let nav = element(&html, r#"<nav id="site-nav""#, "</nav>");
            let link = element(nav, r##"<a href="#/tiltak""##, "</a>");
            assert!(link.ends_with(&format!(">{}", menu::NAV_ACTIONS.get(lang))), "{lang:?}: {link}");
            assert_eq!(link.contains(r#"aria-current="page""#), route == Route::Actions, "{lang:?} {route:?}");
        }
    }
}

#[test]
fn the_action_list_marks_an_action_whose_answer_is_carried() {
    let (_, carried) = legal_question(ThemeId::Guidance);
    let (_, fresh) = legal_question(ThemeId::Housing);
    for lang in Lang::ALL {
        let html = render(open_with(lang, Route::Actions, |a| {
            for id in [carried, fresh] {
                a.set_answer(id, Some(Answer::No));
                a.set_action(id, ActionField::What, "Tiltak");
            }
            a.to_confirm.insert(carried.into());
        }));
        let card = |id: &str| element(&html, &format!(r#"data-question="{id}""#), "</li>");
        assert!(card(carried).contains(&format!(r#"<span class="carried-mark">{}</span>"#, tf::CARRIED_MARK.get(lang))), "{lang:?}");
        assert!(!card(fresh).contains("carried-mark"), "{lang:?}");
    }
}

#[test]
fn each_themes_score_says_how_many_of_its_answers_are_carried_on_results_and_report() {
    let carried: Vec<&str> = bank::theme(ThemeId::Support).questions().take(2).map(|q| q.id).collect();
    for lang in Lang::ALL {
        for route in [Route::Results, Route::Report] {
            let html = render(open_with(lang, route, |a| {
                for id in bank::all_questions().map(|q| q.id) {
                    a.set_answer(id, Some(Answer::Yes));
                }
                for id in &carried {
                    a.to_confirm.insert((*id).into());
                }
            }));
            assert_eq!(html.matches(r#"data-testid="theme-unconfirmed""#).count(), 1, "{lang:?} {route:?}: only theme 2 has any");
            let theme2 = element(&html, r#"<section data-theme="2" class="theme-status""#, "</section>");
            assert!(theme2.contains(&escape(&tf::theme_unconfirmed(lang, 2))), "{lang:?} {route:?}");
        }
    }
}

#[test]
fn the_reports_first_page_marks_carried_gaps_and_actions() {
    let (_, id) = legal_question(ThemeId::Guidance);
    for lang in Lang::ALL {
        let html = render(open_with(lang, Route::Report, |a| {
            a.set_answer(id, Some(Answer::No));
            a.set_action(id, ActionField::What, "Skriv rutine");
            a.to_confirm.insert(id.into());
        }));
        let mark = tf::CARRIED_MARK.get(lang);
        assert!(element(&html, r#"data-testid="top-actions""#, "</table>").contains(mark), "{lang:?}");
        assert!(element(&html, r#"data-testid="summary-unmet""#, "</ul>").contains(mark), "{lang:?}");
    }
}
