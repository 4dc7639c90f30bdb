//! Saving and loading through the Store port: verified writes, full storage, other tabs, corrupt data.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::Assessment;
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::save_format::{decode_workspace, Workspace};
use egenvurdering_rus::persist::*;

const CAP: usize = LOCAL_STORAGE_UNITS;

fn ws() -> Workspace {
    Workspace { assessments: vec![Assessment::new("a1".into(), "Testvik", "2026-11-23", "t")], current: Some("a1".into()) }
}

#[test]
fn save_then_load_gives_the_same_workspace() {
    let store = MemoryStore::default();
    let saved = save_workspace(&store, &ws(), 0, "now", false, CAP).expect("saved");
    assert_eq!(saved.revision, 1);
    match load_workspace(&store, 1) {
        Loaded::Ready(stored) => assert_eq!((stored.workspace, stored.revision), (ws(), 1)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_empty_store_loads_empty() {
    assert_eq!(load_workspace(&MemoryStore::default(), 1), Loaded::Empty);
}

#[test]
fn a_full_store_is_an_error_and_the_last_good_save_survives() {
    let store = MemoryStore { quota: Some(4000), ..MemoryStore::default() };
    save_workspace(&store, &ws(), 0, "now", false, CAP).expect("first save fits");
    let before = store.get(KEY_WORKSPACE).expect("get");
    let mut big = ws();
    big.assessments[0].participants = "x".repeat(5000);
    assert!(matches!(save_workspace(&store, &big, 1, "now", false, CAP), Err(SaveError::Write(_))));
    assert_eq!(store.get(KEY_WORKSPACE).expect("get"), before);
}

#[test]
fn a_newer_save_from_another_tab_is_not_overwritten() {
    let store = MemoryStore::default();
    save_workspace(&store, &ws(), 0, "now", false, CAP).expect("tab A");
    save_workspace(&store, &ws(), 1, "now", false, CAP).expect("tab A again: revision 2");
    let mut stale = ws();
    stale.assessments[0].municipality = "Stale".into();
    assert_eq!(save_workspace(&store, &stale, 1, "now", false, CAP), Err(SaveError::Conflict { stored: 2 }));
    let text = store.get(KEY_WORKSPACE).expect("get").expect("present");
    assert_eq!(decode_workspace(&text).expect("valid").workspace.assessments[0].municipality, "Testvik");
    // Only when the user chooses to keep their own changes:
    assert_eq!(save_workspace(&store, &stale, 1, "now", true, CAP).map(|s| s.revision), Ok(3));
}

#[test]
fn a_corrupt_blob_is_kept_aside_byte_for_byte_and_never_blanks_the_app() {
    let store = MemoryStore::default();
    store.set(KEY_WORKSPACE, "{\"format\":\"egenvurdering-rus/workspace\",\"schema_version\":1,\"data\":{oops").expect("set");
    let loaded = load_workspace(&store, 42);
    let key = format!("{CORRUPT_PREFIX}42");
    assert!(matches!(&loaded, Loaded::Corrupt { kept_as: Some(k), .. } if *k == key), "{loaded:?}");
    assert!(store.get(&key).expect("get").is_some_and(|v| v.ends_with("{oops")));
    assert_eq!(store.get(KEY_WORKSPACE).expect("get"), None, "main key freed only after the copy");
    assert_eq!(corrupt_keys(&store), vec![key]);
}

#[test]
fn a_corrupt_blob_that_cannot_be_copied_stays_where_it_is() {
    let raw = "not json at all";
    let store = MemoryStore { quota: Some(KEY_WORKSPACE.len() + raw.len() + 5), ..MemoryStore::default() };
    store.set(KEY_WORKSPACE, raw).expect("set");
    assert!(matches!(load_workspace(&store, 1), Loaded::Corrupt { kept_as: None, .. }));
    assert_eq!(store.get(KEY_WORKSPACE).expect("get").as_deref(), Some(raw));
}

#[test]
fn the_demo_and_preferences_live_under_their_own_keys() {
    let store = MemoryStore::default();
    let demo = egenvurdering_rus::model::demo::demo_assessment(Lang::Nn, "2026-11-23", "t");
    save_demo(&store, Some(&demo), "now").expect("demo");
    save_prefs(&store, Prefs { lang: Some(Lang::En), shortcuts: true, present: false }).expect("prefs");
    assert_eq!(store.get(KEY_WORKSPACE).expect("get"), None);
    assert_eq!(load_demo(&store), Some(demo));
    assert_eq!(load_prefs(&store).lang, Some(Lang::En));
    save_demo(&store, None, "now").expect("remove");
    assert_eq!(load_demo(&store), None);
}

#[test]
fn unreadable_preferences_fall_back_to_defaults() {
    let store = MemoryStore::default();
    store.set(KEY_PREFS, "[garbage").expect("set");
    assert_eq!(load_prefs(&store), Prefs::default());
}

#[test]
fn a_full_assessment_stays_far_below_the_storage_limit() {
    use egenvurdering_rus::model::answers::{ActionField, Answer, MAX_FIELD_CHARS, MAX_NOTE_CHARS};
    let mut a = Assessment::new("a1".into(), "Testvik", "2026-11-23", "t");
    for q in egenvurdering_rus::model::bank::all_questions() {
        a.set_answer(q.id, Some(Answer::Partly));
        a.set_note(q.id, &"ø".repeat(MAX_NOTE_CHARS / 10));
        a.set_action(q.id, ActionField::What, &"x".repeat(MAX_FIELD_CHARS / 3));
    }
    let len = egenvurdering_rus::model::save_format::encode_workspace(&Workspace { assessments: vec![a], current: None }, 1, "t").len();
    assert!(len < 100_000, "typical full assessment is {len} bytes");
}

/// Storage that refuses every call, as with disabled site data.
struct Disabled;

impl Store for Disabled {
    fn get(&self, _: &str) -> Result<Option<String>, String> {
        Err("SecurityError".into())
    }
    fn set(&self, _: &str, _: &str) -> Result<(), String> {
        Err("SecurityError".into())
    }
    fn remove(&self, _: &str) -> Result<(), String> {
        Err("SecurityError".into())
    }
    fn keys(&self) -> Vec<String> {
        Vec::new()
    }
}

#[test]
fn unavailable_storage_is_not_mistaken_for_corrupt_data() {
    assert_eq!(load_workspace(&Disabled, 1), Loaded::Unavailable("SecurityError".into()));
    assert_eq!(save_workspace(&Disabled, &ws(), 0, "now", false, CAP), Err(SaveError::Write("SecurityError".into())));
    assert_eq!(load_prefs(&Disabled), Prefs::default());
    assert_eq!(load_demo(&Disabled), None);
}
