//! The storage budget with issue 16's fields: every action also at its status and with the effect check at its
//! limit, the largest workspace still saves and reads back, and one file still fits the file limit.
//!   cargo test --test followup_budget -- --nocapture
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::{ActionField, ActionStatus, Answer, Assessment};
use egenvurdering_rus::model::bank;
use egenvurdering_rus::model::limits;
use egenvurdering_rus::model::packing;
use egenvurdering_rus::model::save_format::*;
use egenvurdering_rus::persist::*;

fn prose(n: usize, seed: usize) -> String {
    const WORDS: [&str; 12] = ["Stikkprøve", "av", "ti", "saker", "i", "juni,", "«rapport»", "til", "kommunedirektøren;", "tilsyn", "før", "sommeren."];
    let mut s = String::new();
    let mut i = seed;
    while s.chars().count() < n {
        s.push_str(WORDS[i % WORDS.len()]);
        s.push(' ');
        i = i.wrapping_mul(7).wrapping_add(3);
    }
    s.chars().take(n).collect()
}

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
    }
    a
}

#[test]
fn thirty_assessments_with_status_and_check_at_their_limits_still_fit() {
    let ws = Workspace { assessments: (0..30).map(|i| full(i, &prose)).collect(), current: None };
    let json = encode_workspace(&ws, 1, "2026-12-01T00:00:00.000Z");
    eprintln!("30 assessments with status and check: {} bytes of JSON, {} packed units", json.len(), packing::packed_units(json.len()));
    let store = MemoryStore::default();
    let saved = save_workspace(&store, &ws, 0, "2026-12-01T00:00:00.000Z", false, LOCAL_STORAGE_UNITS).expect("saved");
    assert!(saved.bytes <= saved.budget, "{} > {}", saved.bytes, saved.budget);
    match load_workspace(&store, 1) {
        Loaded::Ready(st) => assert_eq!(st.workspace, ws),
        other => panic!("valid but large data must load: {other:?}"),
    }
}

#[test]
fn the_costliest_single_file_with_checks_is_under_the_file_limit() {
    let worst = Assessment { municipality: "Testvik".into(), ..full(1, &|n, _| "\u{1}".repeat(n)) };
    let text = encode_export(&worst, "now");
    assert!(text.len() <= MAX_FILE_BYTES, "{} > {MAX_FILE_BYTES}", text.len());
    assert_eq!(decode_export(text.as_bytes()).expect("reads back").assessment, worst);
}
