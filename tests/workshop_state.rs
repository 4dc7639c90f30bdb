//! The workshop's reducer actions: codes in the room, a show of hands, and the agreed answer written back into the
//! assessment without ever replacing an answer silently.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use egenvurdering_rus::model::answers::Answer;
use egenvurdering_rus::model::limits;
use egenvurdering_rus::model::participant_code::{encode, Service};
use egenvurdering_rus::model::room::CodeOutcome;
use egenvurdering_rus::state::{Action, AppState};
use yew::Reducible;

const Q: &str = "t1.responsibility";

fn run(actions: Vec<Action>) -> Rc<AppState> {
    actions.into_iter().fold(Rc::new(AppState::default()), |s, a| s.reduce(a))
}

fn create() -> Action {
    Action::Create { municipality: "Verkstedvik".into(), unit: String::new(), date: "2026-12-01".into(), participants: String::new() }
}

fn agree(answer: Answer, note: &str, replace: bool) -> Action {
    Action::Agree { question: Q, answer, note: note.into(), replace }
}

#[test]
fn an_agreed_answer_is_written_with_its_mark_and_note() {
    let s = run(vec![create(), agree(Answer::Partly, "Enige etter drøfting.", false)]);
    let r = s.open().and_then(|a| a.response(Q)).cloned().unwrap_or_default();
    assert_eq!(r.answer, Some(Answer::Partly));
    assert!(r.agreed.is_some());
    assert_eq!(r.note, "Enige etter drøfting.");
    assert_eq!(s.save_seq, 2);
}

#[test]
fn an_existing_different_answer_is_kept_unless_replacing_was_chosen() {
    let s = run(vec![create(), Action::Answer { question: Q, answer: Some(Answer::No) }]);
    let kept = s.clone().reduce(agree(Answer::Yes, "x", false));
    assert!(Rc::ptr_eq(&s, &kept), "nothing changes without the trainer's word");
    let replaced = s.reduce(agree(Answer::Yes, "", true));
    assert_eq!(replaced.open().and_then(|a| a.answer(Q)), Some(Answer::Yes));
}

#[test]
fn changing_an_agreed_answer_by_hand_takes_the_workshop_mark_away() {
    let s = run(vec![create(), agree(Answer::Yes, "", false), Action::Answer { question: Q, answer: Some(Answer::No) }]);
    let r = s.open().and_then(|a| a.response(Q)).cloned().unwrap_or_default();
    assert_eq!((r.answer, r.agreed), (Some(Answer::No), None));
}

#[test]
fn a_note_that_would_pass_the_question_notes_limit_is_refused_whole() {
    let long = "n".repeat(limits::NOTE - 10);
    let s = run(vec![create(), Action::Note { question: Q, text: long.clone() }]);
    let after = s.clone().reduce(agree(Answer::Yes, "this note is longer than ten characters", false));
    assert!(Rc::ptr_eq(&s, &after));
}

#[test]
fn without_an_open_assessment_nothing_is_agreed() {
    let s = run(vec![]);
    assert!(Rc::ptr_eq(&s, &s.clone().reduce(agree(Answer::Yes, "", false))));
}

#[test]
fn codes_and_hands_fill_the_room_and_clearing_keeps_this_devices_draft() {
    let code = encode(Some(Service::Housing), |q| (q == Q).then_some(Answer::Yes));
    let s = run(vec![
        Action::DraftAnswer { question: Q, answer: Some(Answer::No) },
        Action::CodeAdd(code.clone()),
        Action::CodeAdd(code),
        Action::Hands { question: Q, counts: [2, 5000, 0, 0, 0] },
    ]);
    assert_eq!(s.room.codes.len(), 1);
    assert_eq!(s.room.last_code, Some(CodeOutcome::Duplicate { n: 1 }));
    assert_eq!(s.room.hands.get(Q), Some(&[2, limits::HANDS, 0, 0, 0]));
    let s = s.reduce(Action::RoomClear);
    assert!(s.room.codes.is_empty() && s.room.hands.is_empty());
    assert_eq!(s.room.draft.answers.get(Q), Some(&Answer::No));
}
