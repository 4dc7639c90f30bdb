//! One storage budget on both sides: what the forms let a user type can be saved and read back, the largest
//! workspace a municipality makes in ten years fits in localStorage, and a write over the budget is refused
//! before anything changes. The measurement printed here is the one in docs/storage.md:
//!   cargo test --test budget -- --nocapture
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use egenvurdering_rus::model::answers::{ActionField, ActionStatus, Answer, Assessment};
use egenvurdering_rus::model::bank;
use egenvurdering_rus::model::limits;
use egenvurdering_rus::model::packing;
use egenvurdering_rus::model::save_format::*;
use egenvurdering_rus::persist::*;
use egenvurdering_rus::state::{Action, AppState, Notice};
use yew::Reducible;

/// Norwegian prose with æøå, punctuation and quotes, cycled to any length: what a real note looks like to JSON.
fn prose(n: usize, seed: usize) -> String {
    const WORDS: [&str; 16] = ["Rutinen", "for", "tildeling", "er", "revidert", "i", "kvalitetssystemet,", "«versjon", "3»", "og", "gjennomgått", "med", "ansatte", "på", "Nav-kontoret", "før sommeren."];
    let mut s = String::new();
    let mut i = seed;
    while s.chars().count() < n {
        s.push_str(WORDS[i % WORDS.len()]);
        s.push(' ');
        i = i.wrapping_mul(7).wrapping_add(3);
    }
    s.chars().take(n).collect()
}

/// One assessment with every field at its limit and every question answered: note, action with its effect check
/// and status, carried and not yet confirmed, agreed in a workshop.
fn full(i: usize, text: &dyn Fn(usize, usize) -> String) -> Assessment {
    let mut a = Assessment::new(format!("a{i:011x}"), &text(limits::MUNICIPALITY, i), "2026-11-23", "2026-11-23T08:00:00.000Z");
    a.unit = text(limits::UNIT, i + 1);
    a.participants = text(limits::PARTICIPANTS, i + 2);
    a.last_exported = Some("2026-11-23T08:00:00.000Z".into());
    for (n, q) in bank::all_questions().enumerate() {
        a.set_answer(q.id, Some(Answer::Partly));
        a.set_note(q.id, &text(limits::NOTE, i * 100 + n));
        a.set_action(q.id, ActionField::What, &text(limits::ACTION, n + 1));
        a.set_action(q.id, ActionField::Who, &text(limits::ACTION, n + 2));
        a.set_action(q.id, ActionField::Due, "2027-06-30");
        a.set_action(q.id, ActionField::Check, &text(limits::CHECK, n + 3));
        a.set_action_status(q.id, ActionStatus::InProgress);
        a.to_confirm.insert(q.id.to_owned());
        if let Some(r) = a.responses.get_mut(q.id) {
            r.agreed = Some("2026-11-23".into());
        }
    }
    a
}

fn workspace(n: usize, text: &dyn Fn(usize, usize) -> String) -> Workspace {
    Workspace { assessments: (0..n).map(|i| full(i, text)).collect(), current: None }
}

#[test]
fn thirty_assessments_with_every_field_at_its_limit_fit_in_local_storage() {
    let ws = workspace(30, &prose);
    let json = encode_workspace(&ws, 1, "2026-12-01T00:00:00.000Z");
    let plain = units(&json);
    let packed = packing::packed_units(json.len());
    let available = LOCAL_STORAGE_UNITS - units(KEY_WORKSPACE);
    eprintln!(
        "30 assessments x {} questions, every field at its limit: {} bytes of JSON, {plain} UTF-16 units plain, {packed} packed; localStorage {LOCAL_STORAGE_UNITS} units (Chromium 5,242,880)",
        bank::all_questions().count(),
        json.len()
    );
    assert!(plain > available, "plain JSON alone would not fit: this is why packing exists");
    let stored = fit(&json, available).expect("fits packed");
    assert!(packing::is_packed(&stored));
    let store = MemoryStore::default();
    let saved = save_workspace(&store, &ws, 0, "2026-12-01T00:00:00.000Z", false, LOCAL_STORAGE_UNITS).expect("saved");
    assert!(saved.bytes <= saved.budget, "{} > {}", saved.bytes, saved.budget);
    match load_workspace(&store, 1) {
        Loaded::Ready(st) => assert_eq!(st.workspace, ws, "read back whole, never treated as corrupt"),
        other => panic!("valid but large data must load: {other:?}"),
    }
}

#[test]
fn packing_round_trips_any_text() {
    for t in ["", "a", "ab", "{\"x\":\"æøå «»\"}", &"ø".repeat(1001), "\u{1F600}\u{0}\u{7f}"] {
        let p = packing::pack(t);
        assert_eq!(packing::unpack(&p).as_deref(), Some(t));
        assert_eq!(units(&p), packing::packed_units(t.len()), "{t}");
        if !p.is_empty() {
            let cut: String = p.chars().take(p.chars().count() - 1).collect();
            assert!(t.len() < 2 || packing::unpack(&cut).is_none(), "a cut value is refused");
        }
    }
}

#[test]
fn every_kind_of_single_file_the_forms_can_produce_is_under_the_file_limit() {
    // Control characters are the costliest in JSON (six bytes each); a user can paste them.
    let worst = full(1, &|n, _| "\u{1}".repeat(n));
    let worst = Assessment { municipality: "Testvik".into(), ..worst };
    let text = encode_export(&worst, "now");
    assert!(text.len() <= MAX_FILE_BYTES, "{} > {MAX_FILE_BYTES}", text.len());
    assert_eq!(decode_export(text.as_bytes()).expect("reads back").assessment, worst);
}

#[test]
fn a_write_over_the_budget_is_refused_before_anything_is_written() {
    let store = MemoryStore::default();
    let small = workspace(1, &prose);
    save_workspace(&store, &small, 0, "now", false, 1_000_000).expect("one fits a million units");
    let before = store.get(KEY_WORKSPACE).expect("get");
    let big = workspace(30, &prose);
    match save_workspace(&store, &big, 1, "now", false, 1_000_000) {
        Err(SaveError::Full { needed, budget }) => assert!(needed > budget),
        other => panic!("{other:?}"),
    }
    assert_eq!(store.get(KEY_WORKSPACE).expect("get"), before, "nothing changed");
}

#[test]
fn the_reducer_refuses_an_edit_that_would_pass_the_budget_and_changes_nothing() {
    let s = Rc::new(AppState::default()).reduce(Action::Create {
        municipality: "Testvik".into(),
        unit: String::new(),
        date: "2026-11-23".into(),
        participants: String::new(),
    });
    let s = s.reduce(Action::Saved { revision: 1, at: "t".into(), bytes: 1000, budget: 3000 });
    let id = bank::all_questions().next().map(|q| q.id).unwrap_or_default();
    let ok = s.clone().reduce(Action::Note { question: id, text: "x".repeat(1000) });
    assert_eq!(ok.open().and_then(|a| a.response(id)).map(|r| r.note.len()), Some(1000));
    let refused = ok.clone().reduce(Action::Note { question: id, text: "x".repeat(2500) });
    assert_eq!(refused.workspace, ok.workspace, "nothing changed");
    assert_eq!(refused.save_seq, ok.save_seq, "nothing to save");
    assert!(matches!(refused.notice, Some(Notice::Full { .. })));
    assert_eq!(refused.refusals, ok.refusals + 1);
    // Shortening always works, even when full.
    let shorter = refused.reduce(Action::Note { question: id, text: "x".repeat(10) });
    assert_eq!(shorter.open().and_then(|a| a.response(id)).map(|r| r.note.len()), Some(10));
}

#[test]
fn the_budget_counts_what_else_the_app_keeps_in_storage() {
    let store = MemoryStore::default();
    let all = available_units(&store, LOCAL_STORAGE_UNITS);
    store.set(KEY_DEMO, &"d".repeat(10_000)).expect("set");
    assert_eq!(available_units(&store, LOCAL_STORAGE_UNITS), all - 10_000 - units(KEY_DEMO));
    assert!(budget_bytes(all) > all, "packing makes the budget in JSON bytes larger than the units");
}

#[test]
fn the_revision_of_a_packed_workspace_is_read_from_its_first_bytes() {
    let ws = workspace(2, &prose);
    let json = encode_workspace(&ws, 41, "now");
    assert_eq!(stored_revision(&json), Some(41));
    assert_eq!(stored_revision(&packing::pack(&json)), Some(41));
    assert_eq!(decode_workspace(&packing::pack(&json)).map(|s| (s.revision, s.bytes)), Ok((41, json.len())));
}
