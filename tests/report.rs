//! Gaps become the action plan, legal first; CSV opens cleanly in a Norwegian spreadsheet.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::{ActionField, Answer, Assessment};
use egenvurdering_rus::model::bank::{self, CrossArea, Requirement};
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::report::{action_plan_csv, area_scores, gaps, theme_scores};

fn ids(req: Requirement) -> Vec<&'static str> {
    bank::all_questions().filter(|q| q.requirement == req).map(|q| q.id).collect()
}

#[test]
fn gaps_are_sorted_legal_first_then_by_severity() {
    let (legal, good) = (ids(Requirement::Legal), ids(Requirement::GoodPractice));
    let mut a = Assessment::new("x".into(), "Testvik", "", "");
    a.set_answer(good[0], Some(Answer::No));
    a.set_answer(legal[3], Some(Answer::Partly));
    a.set_answer(legal[2], Some(Answer::DontKnow));
    a.set_answer(legal[1], Some(Answer::No));
    a.set_answer(legal[0], Some(Answer::Yes));
    a.set_answer(legal[4], Some(Answer::NotRelevant));
    let order: Vec<_> = gaps(&a).iter().map(|g| (g.question.id, g.answer)).collect();
    assert_eq!(
        order,
        [(legal[1], Answer::No), (legal[2], Answer::DontKnow), (legal[3], Answer::Partly), (good[0], Answer::No)]
    );
}

#[test]
fn theme_and_area_views_cover_every_theme_and_area() {
    let a = Assessment::new("x".into(), "Testvik", "", "");
    assert_eq!(theme_scores(&a).len(), 4);
    assert_eq!(area_scores(&a).iter().map(|(k, _)| *k).collect::<Vec<_>>(), CrossArea::ALL);
    let total: usize = area_scores(&a).iter().map(|(_, s)| s.total).sum();
    assert!(total >= bank::all_questions().count(), "every question counts in at least one area");
}

#[test]
fn csv_has_bom_semicolons_crlf_and_norwegian_text() {
    let id = ids(Requirement::Legal)[0];
    let mut a = Assessment::new("x".into(), "Testvik", "", "");
    a.set_answer(id, Some(Answer::No));
    a.set_action(id, ActionField::What, "Lage rutine; «ny» \"versjon\" for æøå");
    a.set_action(id, ActionField::Who, "=HYPERLINK(\"http://x\")");
    a.set_action(id, ActionField::Due, "2027-01-31");
    let csv = action_plan_csv(&a, Lang::Nb);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<_> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines.len(), 3, "{csv}"); // header, one row, trailing empty
    assert!(lines[0].starts_with("\"Tema\";\"Spørsmål-ID\";"));
    assert!(lines[1].contains("\"Lage rutine; «ny» \"\"versjon\"\" for æøå\""));
    assert!(lines[1].contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "formula must be defused: {}", lines[1]);
    assert!(lines[1].contains("\"Nei\";\"Lovkrav\""));
    assert!(action_plan_csv(&a, Lang::En).contains("\"No\";\"Legal requirement\""));
}
