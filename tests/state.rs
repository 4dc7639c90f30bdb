//! Reducer transitions: what each action changes, and what it must leave alone.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use egenvurdering_rus::model::answers::{ActionField, Answer};
use egenvurdering_rus::model::demo::DEMO_ID;
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::route::Route;
use egenvurdering_rus::model::save_format::{decode_export, encode_export, LoadError};
use egenvurdering_rus::state::{Action, AppState, Notice, SaveStatus};
use yew::Reducible;

fn run(actions: Vec<Action>) -> Rc<AppState> {
    actions.into_iter().fold(Rc::new(AppState::default()), |s, a| s.reduce(a))
}

fn create(name: &str) -> Action {
    Action::Create { municipality: name.into(), unit: String::new(), date: "2026-11-23".into(), participants: String::new() }
}

#[test]
fn create_opens_a_new_assessment_and_asks_for_a_save() {
    let s = run(vec![create("Testvik")]);
    assert_eq!(s.workspace.assessments.len(), 1);
    assert_eq!(s.open().map(|a| a.municipality.as_str()), Some("Testvik"));
    assert_eq!(s.save_seq, 1);
}

#[test]
fn answering_changes_only_the_open_assessment() {
    let s = run(vec![create("A"), create("B"), Action::Answer { question: "t1.responsibility", answer: Some(Answer::No) }]);
    let (a, b) = (&s.workspace.assessments[0], &s.workspace.assessments[1]);
    assert_eq!(a.answer("t1.responsibility"), None);
    assert_eq!(b.answer("t1.responsibility"), Some(Answer::No));
}

#[test]
fn no_op_actions_return_the_same_state_so_yew_skips_the_render() {
    let s = run(vec![create("A")]);
    let same = s.clone().reduce(Action::SetLang(Lang::Nb));
    assert!(Rc::ptr_eq(&s, &same));
    let same = s.clone().reduce(Action::Navigate(Route::Home));
    assert!(Rc::ptr_eq(&s, &same));
    let same = s.clone().reduce(Action::DismissNotice);
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn the_demo_never_touches_the_workspace() {
    let s = run(vec![create("Ekte"), Action::OpenDemo, Action::Answer { question: "t1.responsibility", answer: Some(Answer::No) }]);
    assert!(s.is_demo());
    assert_eq!(s.open().map(|a| a.id.as_str()), Some(DEMO_ID));
    assert_eq!(s.workspace.assessments.len(), 1);
    assert_eq!(s.workspace.assessments[0].answer("t1.responsibility"), None);
    assert_eq!(s.save_seq, 1, "only the create asked for a workspace save");
    assert!(s.demo_seq >= 2);
    let s = s.reduce(Action::ResetDemo);
    assert_ne!(s.open().and_then(|a| a.answer("t1.responsibility")), Some(Answer::No));
    let s = s.reduce(Action::CloseDemo);
    assert_eq!(s.open().map(|a| a.municipality.as_str()), Some("Ekte"));
}

#[test]
fn delete_then_undo_restores_the_assessment_in_place() {
    let s = run(vec![create("A"), create("B"), create("C")]);
    let id = s.workspace.assessments[1].id.clone();
    let s = s.reduce(Action::Delete(id.clone()));
    assert_eq!(s.workspace.assessments.len(), 2);
    assert!(matches!(s.notice, Some(Notice::Deleted { .. })));
    let s = s.reduce(Action::UndoDelete);
    assert_eq!(s.workspace.assessments[1].id, id);
    assert!(s.notice.is_none());
}

#[test]
fn carry_forward_copies_answers_and_asks_for_confirmation() {
    let s = run(vec![create("A"), Action::Answer { question: "t2.oral-applications", answer: Some(Answer::Partly) }]);
    let id = s.workspace.assessments[0].id.clone();
    let s = s.reduce(Action::CarryForward(id.clone()));
    assert_eq!(s.workspace.assessments.len(), 2);
    let next = s.open().expect("the copy is open");
    assert_ne!(next.id, id);
    assert_eq!(next.answer("t2.oral-applications"), Some(Answer::Partly));
    assert!(next.to_confirm.contains("t2.oral-applications"));
    let s = s.reduce(Action::Confirm("t2.oral-applications"));
    assert!(s.open().is_some_and(|a| a.to_confirm.is_empty()));
}

#[test]
fn import_adds_and_never_overwrites() {
    let s = run(vec![create("A"), Action::Note { question: "t1.refer-on", text: "x".into() }]);
    let original = s.workspace.assessments[0].clone();
    // A file of the very same assessment, same id:
    let imported = decode_export(encode_export(&original, "now").as_bytes()).expect("valid");
    let s = s.reduce(Action::Import(imported));
    assert_eq!(s.workspace.assessments.len(), 2);
    assert_eq!(s.workspace.assessments[0], original);
    assert_ne!(s.workspace.assessments[1].id, original.id);
    assert!(matches!(s.notice, Some(Notice::Imported { answered: 0, dropped: 0, .. })));
}

#[test]
fn a_failed_import_changes_no_data() {
    let s = run(vec![create("A")]);
    let after = s.clone().reduce(Action::ImportFailed { file: "x.json".into(), error: LoadError::Empty });
    assert_eq!(after.workspace, s.workspace);
    assert_eq!(after.save_seq, s.save_seq);
}

#[test]
fn another_tabs_newer_save_is_taken_and_an_older_one_ignored() {
    let s = run(vec![create("A"), Action::Saved { revision: 5, at: "t".into(), bytes: 100, budget: 1000 }]);
    let mut theirs = s.workspace.clone();
    theirs.assessments[0].municipality = "Endret".into();
    let older = egenvurdering_rus::model::save_format::Stored { workspace: theirs.clone(), revision: 4, bytes: 100 };
    let same = s.clone().reduce(Action::StorageChanged(Some(older)));
    assert!(Rc::ptr_eq(&s, &same));
    let newer = egenvurdering_rus::model::save_format::Stored { workspace: theirs, revision: 6, bytes: 100 };
    let s = s.reduce(Action::StorageChanged(Some(newer)));
    assert_eq!(s.workspace.assessments[0].municipality, "Endret");
    assert_eq!((s.revision, s.notice.clone()), (6, Some(Notice::OtherTab)));
}

#[test]
fn a_conflict_waits_for_the_user_and_keep_mine_forces_the_next_save() {
    let s = run(vec![create("A"), Action::SaveConflict]);
    assert_eq!(s.save, SaveStatus::Conflict);
    let s = s.reduce(Action::KeepMine);
    assert!(s.force_save);
    assert_eq!(s.save_seq, 2);
}

#[test]
fn action_fields_and_language_are_kept() {
    let s = run(vec![
        create("A"),
        Action::ActionItem { question: "t1.training", field: ActionField::Who, value: "Leder".into() },
        Action::SetLang(Lang::Nn),
    ]);
    assert_eq!(s.open().and_then(|a| a.response("t1.training")).map(|r| r.action.who.as_str()), Some("Leder"));
    assert_eq!((s.lang, s.prefs_seq), (Lang::Nn, 1));
}

#[test]
fn a_notice_belongs_to_its_page_and_goes_when_the_user_does() {
    let s = run(vec![Action::Navigate(Route::Assessments), Action::ImportFailed { file: "x.json".into(), error: LoadError::Empty }]);
    assert!(s.notice.is_some());
    let s = s.reduce(Action::Navigate(Route::Home));
    assert_eq!(s.notice, None);
    // Carrying forward moves the user to the new assessment's overview, where its notice is shown.
    let s = run(vec![create("A"), Action::Navigate(Route::Assessments)]);
    let id = s.workspace.assessments[0].id.clone();
    let s = s.reduce(Action::CarryForward(id)).reduce(Action::Navigate(Route::Overview));
    assert!(matches!(s.notice, Some(Notice::Carried { .. })));
}

#[test]
fn a_backup_waits_for_the_users_choice_and_then_does_what_the_plan_said() {
    use egenvurdering_rus::model::backup::Mode;
    use egenvurdering_rus::model::save_format::Backup;
    let s = run(vec![create("A"), create("B")]);
    let backup = Backup { assessments: vec![s.workspace.assessments[0].clone()], dropped: vec![], bank_version: 2 };
    let waiting = s.clone().reduce(Action::BackupRead { file: "b.json".into(), backup });
    assert_eq!(waiting.workspace, s.workspace, "nothing changes before the user confirms");
    let cancelled = waiting.clone().reduce(Action::BackupCancel);
    assert_eq!((cancelled.workspace.clone(), cancelled.pending_backup.clone()), (s.workspace.clone(), None));
    let replaced = waiting.reduce(Action::BackupMode(Mode::Replace)).reduce(Action::BackupConfirm);
    assert_eq!(replaced.workspace.assessments, vec![s.workspace.assessments[0].clone()]);
    assert!(matches!(&replaced.notice, Some(Notice::BackupDone { mode: Mode::Replace, plan, .. }) if plan.removed.len() == 1));
    assert!(replaced.save_seq > s.save_seq);
}

#[test]
fn a_restore_brings_back_what_it_can_and_keeps_the_data_listed_while_anything_was_lost() {
    use egenvurdering_rus::model::salvage::Salvage;
    let s = AppState { corrupt: vec!["k".into()], ..AppState::default() };
    let a = egenvurdering_rus::model::answers::Assessment::new("a1".into(), "A", "2026-11-23", "t");
    let partial = Salvage { recovered: vec![a.clone()], cut_short: true, ..Salvage::default() };
    let after = Rc::new(s.clone()).reduce(Action::Restore { key: "k".into(), salvage: partial });
    assert_eq!(after.workspace.assessments, vec![a.clone()]);
    assert_eq!(after.corrupt, vec!["k".to_string()], "still offered for download");
    let whole = Salvage { recovered: vec![a], ..Salvage::default() };
    let after = Rc::new(s).reduce(Action::Restore { key: "k".into(), salvage: whole });
    assert!(after.corrupt.is_empty());
}

#[test]
fn workshop_files_that_differ_wait_until_the_user_says() {
    use egenvurdering_rus::model::save_format::Imported;
    use egenvurdering_rus::state::WorkshopFile;
    let file = |name: &str, bank: u32| WorkshopFile {
        file: format!("{name}.json"),
        result: Ok(Imported { assessment: egenvurdering_rus::model::answers::Assessment::new("p".into(), name, "2026-11-23", "t"), dropped: vec![], bank_version: bank }),
    };
    let s = run(vec![Action::WorkshopAdd(vec![file("Alfa", 2)]), Action::WorkshopAdd(vec![file("Beta", 2)])]);
    assert_eq!((s.workshop.len(), s.workshop_pending.len()), (1, 1));
    assert_eq!(s.clone().reduce(Action::WorkshopAccept).workshop.len(), 2);
    assert_eq!(s.reduce(Action::WorkshopReject).workshop.len(), 1);
    let same = run(vec![Action::WorkshopAdd(vec![file("Alfa", 2)]), Action::WorkshopAdd(vec![file("alfa ", 2)])]);
    assert_eq!(same.workshop.len(), 2, "the same municipality, written differently, merges without asking");
}
