//! Every scoring rule from the "How the score works" page.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::{Answer, Assessment};
use egenvurdering_rus::model::bank::{self, Requirement, ThemeId};
use egenvurdering_rus::model::scoring::{score, Status};

fn with(answers: &[(&str, Answer)]) -> Assessment {
    let mut a = Assessment::new("x".into(), "Testvik", "2026-11-23", "t");
    for (id, ans) in answers {
        a.set_answer(id, Some(*ans));
    }
    a
}

fn first(req: Requirement) -> &'static str {
    bank::theme(ThemeId::Guidance).questions().find(|q| q.requirement == req).expect("question of class").id
}

fn theme1(a: &Assessment) -> egenvurdering_rus::model::scoring::Score {
    score(bank::theme(ThemeId::Guidance).questions(), a)
}

#[test]
fn empty_theme_is_not_assessed_and_has_no_score() {
    let s = theme1(&with(&[]));
    assert_eq!((s.readiness, s.answered, s.status), (None, 0, Status::NotAssessed));
    assert_eq!(s.total, bank::theme(ThemeId::Guidance).question_count());
}

#[test]
fn an_empty_question_set_scores_nothing() {
    let s = score(std::iter::empty(), &with(&[]));
    assert_eq!((s.readiness, s.total, s.status), (None, 0, Status::NotAssessed));
}

#[test]
fn all_yes_is_100_and_well_covered() {
    let ids: Vec<_> = bank::theme(ThemeId::Guidance).questions().map(|q| (q.id, Answer::Yes)).collect();
    let s = theme1(&with(&ids));
    assert_eq!((s.readiness, s.status, s.is_complete()), (Some(100), Status::WellCovered, true));
}

#[test]
fn partly_counts_half_and_rounds_half_up() {
    // one Yes + one Partly = 1.5 of 2 = 75
    let a = with(&[(first(Requirement::Legal), Answer::Yes), (first(Requirement::GoodPractice), Answer::Partly)]);
    assert_eq!(theme1(&a).readiness, Some(75));
    // Yes, Yes, Partly... of 3: (2+2+1)/6 = 83.33 -> 83; Partly alone of 1 -> 50; Partly+No -> 25
    let qs: Vec<_> = bank::theme(ThemeId::Guidance).questions().map(|q| q.id).collect();
    let a = with(&[(qs[0], Answer::Yes), (qs[1], Answer::Yes), (qs[2], Answer::Partly)]);
    assert_eq!(theme1(&a).readiness, Some(83));
    let a = with(&[(qs[0], Answer::Partly), (qs[1], Answer::Partly), (qs[2], Answer::Yes)]);
    assert_eq!(theme1(&a).readiness, Some(67)); // 4/6 = 66.67 -> 67
    let a = with(&[(qs[0], Answer::Partly), (qs[1], Answer::No)]);
    assert_eq!(theme1(&a).readiness, Some(25));
}

#[test]
fn no_and_dont_know_count_zero() {
    let qs: Vec<_> = bank::theme(ThemeId::Guidance).questions().map(|q| q.id).collect();
    let a = with(&[(qs[0], Answer::Yes), (qs[1], Answer::No), (qs[2], Answer::DontKnow), (qs[3], Answer::Yes)]);
    assert_eq!(theme1(&a).readiness, Some(50));
}

#[test]
fn not_relevant_leaves_the_denominator() {
    let qs: Vec<_> = bank::theme(ThemeId::Guidance).questions().map(|q| q.id).collect();
    let a = with(&[(qs[0], Answer::Yes), (qs[1], Answer::NotRelevant), (qs[2], Answer::NotRelevant)]);
    let s = theme1(&a);
    assert_eq!((s.readiness, s.answered, s.not_relevant), (Some(100), 3, 2));
}

#[test]
fn all_not_relevant_answers_the_theme_without_a_score() {
    let ids: Vec<_> = bank::theme(ThemeId::Guidance).questions().map(|q| (q.id, Answer::NotRelevant)).collect();
    let s = theme1(&with(&ids));
    assert_eq!((s.readiness, s.status, s.is_complete()), (None, Status::WellCovered, true));
}

#[test]
fn coverage_counts_answered_of_total() {
    let qs: Vec<_> = bank::theme(ThemeId::Guidance).questions().map(|q| q.id).collect();
    let s = theme1(&with(&[(qs[0], Answer::Yes), (qs[1], Answer::No)]));
    assert_eq!((s.answered, s.total, s.is_complete()), (2, qs.len(), false));
}

#[test]
fn a_legal_no_or_dont_know_is_a_likely_breach() {
    for ans in [Answer::No, Answer::DontKnow] {
        let a = with(&[(first(Requirement::Legal), ans), (first(Requirement::GoodPractice), Answer::Yes)]);
        assert_eq!(theme1(&a).status, Status::LikelyBreach, "{ans:?}");
    }
}

#[test]
fn good_practice_gaps_and_any_partly_are_improvement_points() {
    for ans in [Answer::No, Answer::DontKnow, Answer::Partly] {
        let a = with(&[(first(Requirement::Legal), Answer::Yes), (first(Requirement::GoodPractice), ans)]);
        assert_eq!(theme1(&a).status, Status::ImprovementPoints, "{ans:?}");
    }
    let a = with(&[(first(Requirement::Legal), Answer::Partly)]);
    assert_eq!(theme1(&a).status, Status::ImprovementPoints);
}

#[test]
fn a_legal_gap_outranks_good_practice_gaps() {
    let a = with(&[(first(Requirement::Legal), Answer::No), (first(Requirement::GoodPractice), Answer::No)]);
    assert_eq!(theme1(&a).status, Status::LikelyBreach);
}

#[test]
fn unanswering_removes_the_answer_from_the_score() {
    let id = first(Requirement::Legal);
    let mut a = with(&[(id, Answer::No)]);
    a.set_answer(id, None);
    assert_eq!(theme1(&a).status, Status::NotAssessed);
    assert!(a.responses.is_empty());
}
