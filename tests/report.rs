//! Gaps become the action plan, legal first; CSV opens cleanly in a Norwegian spreadsheet.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::{ActionField, Answer, Assessment};
use egenvurdering_rus::model::bank::{self, CrossArea, Requirement};
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::report::{action_plan_csv, area_scores, gaps, plan, theme_scores};

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
    // Unmet legal requirements (Nei before Delvis), then legal requirements to check, then good practice.
    assert_eq!(
        order,
        [(legal[1], Answer::No), (legal[3], Answer::Partly), (legal[2], Answer::DontKnow), (good[0], Answer::No)]
    );
    assert_eq!(plan(&a, None, None, Some(2)).len(), 2, "the report's top actions are the first of the same order");
    assert_eq!(plan(&a, None, None, Some(2))[1].question.id, legal[3]);
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
    // Today's law is the basis; the 1991 act follows only as history.
    assert!(lines[0].ends_with("\"Hjemmel i dag\";\"Hjemmel i tilsynet 2004 (historisk)\""), "{}", lines[0]);
    assert!(action_plan_csv(&a, Lang::En).contains("\"No\";\"Legal requirement\""));
}

/// Page numbers and the UTKAST mark are drawn by CSS `@page` margin boxes, which cannot read the Rust strings:
/// the stylesheet must spell them exactly as i18n::report does, in every language.
#[test]
fn print_stylesheet_spells_page_numbers_and_the_draft_mark_as_i18n_does() {
    use egenvurdering_rus::i18n::report as t;
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/90-print.css")).expect("print css");
    for lang in Lang::ALL {
        let rule = format!(
            "html:lang({}) {{ --page-word: \"{}\"; --page-of: \"{}\"; --draft-word: \"{}\"; }}",
            lang.code(),
            t::PAGE_WORD.get(lang),
            t::PAGE_OF.get(lang),
            t::DRAFT_MARK.get(lang)
        );
        assert!(css.contains(&rule), "missing in styles/90-print.css: {rule}");
    }
    assert!(css.contains("counter(page)") && css.contains("counter(pages)"));
}

/// Every sentence with counts fills all its numbers, in every language, for one and for many.
#[test]
fn reason_and_overall_sentences_fill_every_number() {
    use egenvurdering_rus::i18n::results as t;
    use egenvurdering_rus::model::scoring::Reason;
    for lang in Lang::ALL {
        for n in [1, 2, 7] {
            let reasons = [
                Reason::NothingAnswered,
                Reason::AllNotRelevant,
                Reason::LegalUnmet { unmet: n, legal: 9 },
                Reason::TooLittleKnown { known: n, applicable: 9 },
                Reason::LegalUnchecked { unchecked: n },
                Reason::PracticeUnmet { unmet: n },
                Reason::AllMet { known: n, applicable: 9 },
            ];
            for r in reasons {
                let text = t::reason(lang, r);
                assert!(!text.contains('{') && text.ends_with('.'), "{lang:?} {r:?}: {text}");
            }
            let o = t::overall(lang, n, 3);
            assert!(o.contains(&n.to_string()) && o.contains('3') && !o.contains('{'), "{o}");
        }
        assert!(t::reason(lang, Reason::LegalUnmet { unmet: 2, legal: 5 }).starts_with("2 "));
    }
    assert!(t::reason(Lang::En, Reason::PracticeUnmet { unmet: 1 }).contains("1 good-practice point is"));
    assert!(t::reason(Lang::En, Reason::PracticeUnmet { unmet: 2 }).contains("2 good-practice points are"));
}
