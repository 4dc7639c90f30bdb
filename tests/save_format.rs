//! File formats: round trips, the version gate, and hostile input that must be refused without a panic.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::{ActionField, Answer, Assessment};
use egenvurdering_rus::model::bank;
use egenvurdering_rus::model::save_format::*;
use proptest::prelude::*;

fn sample() -> Assessment {
    let mut a = Assessment::new("a1".into(), "Testvik kommune", "2026-11-23", "2026-11-23T08:00:00Z");
    let id = bank::all_questions().next().map(|q| q.id).unwrap_or_default();
    a.set_answer(id, Some(Answer::Partly));
    a.set_note(id, "<script>alert(1)</script> «æøå»");
    a.set_action(id, ActionField::Due, "2027-01-31");
    a
}

#[test]
fn the_golden_v1_fixture_imports_and_drops_retired_questions() {
    let bytes = include_bytes!("fixtures/export-v1.json");
    let imp = decode_export(bytes).expect("v1 fixture must stay importable");
    assert_eq!(imp.assessment.municipality, "Testvik kommune");
    assert_eq!(imp.assessment.answer("t2.oral-applications"), Some(Answer::No));
    assert_eq!(imp.assessment.answer("t3.inspection"), Some(Answer::NotRelevant));
    assert_eq!(imp.dropped, ["t4.retired-question"]);
    assert!(!imp.assessment.to_confirm.contains("t4.retired-question"));
    assert!(imp.assessment.to_confirm.contains("t1.responsibility"));
}

#[test]
fn export_then_import_gives_the_same_assessment_and_keeps_script_text_as_text() {
    let a = sample();
    let imp = decode_export(encode_export(&a, "now").as_bytes()).expect("round trip");
    assert_eq!(imp.assessment, a);
    assert!(imp.dropped.is_empty());
}

#[test]
fn workspace_round_trips_with_revision() {
    let ws = Workspace { assessments: vec![sample()], current: Some("a1".into()) };
    let text = encode_workspace(&ws, 7, "now");
    assert_eq!(decode_workspace(&text), Ok(Stored { workspace: ws, revision: 7, bytes: text.len() }));
    assert_eq!(stored_revision(&text), Some(7));
    assert_eq!(stored_revision("{not json"), None);
}

#[test]
fn a_bom_is_accepted() {
    let text = format!("\u{feff}{}", encode_export(&sample(), "now"));
    assert!(decode_export(text.as_bytes()).is_ok());
}

fn err(bytes: &[u8]) -> LoadError {
    decode_export(bytes).expect_err("must be refused")
}

#[test]
fn size_is_checked_before_anything_else() {
    let ten_mb = vec![b'['; 10 * 1024 * 1024];
    assert_eq!(err(&ten_mb), LoadError::TooLarge { bytes: ten_mb.len() });
}

#[test]
fn empty_non_utf8_and_non_json_are_refused() {
    assert_eq!(err(b""), LoadError::Empty);
    assert_eq!(err(b"  \n"), LoadError::Empty);
    assert_eq!(err(b"\xff\xfeL\x00a\x00"), LoadError::NotUtf8);
    assert!(matches!(err(b"{\"format\": "), LoadError::NotJson { .. }));
    assert!(matches!(err("Kommune;Svar\nTestvik;Ja".as_bytes()), LoadError::NotJson { .. }));
}

#[test]
fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    // Reaching the assertions at all proves there was no stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(err(deep.as_bytes()), LoadError::NotOurFormat);
    let unclosed = "[".repeat(100_000);
    assert!(matches!(err(unclosed.as_bytes()), LoadError::NotJson { .. }));
    let deep_field = format!(
        "{{\"format\":\"{EXPORT_FORMAT}\",\"schema_version\":1,\"x\":{}1{}}}",
        "{\"a\":".repeat(5000),
        "}".repeat(5000)
    );
    let e = err(deep_field.as_bytes());
    assert!(matches!(e, LoadError::Invalid { .. }), "{e:?}");
    let deep_known = format!(
        "{{\"format\":\"{EXPORT_FORMAT}\",\"schema_version\":1,\"app_version\":\"x\",\"bank_version\":1,\"exported_at\":\"x\",\"assessment\":{{\"id\":\"a\",\"municipality\":{}{}}}}}",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    assert!(matches!(err(deep_known.as_bytes()), LoadError::Invalid { .. }));
}

#[test]
fn other_files_are_not_ours() {
    assert_eq!(err(b"[1,2,3]"), LoadError::NotOurFormat);
    assert_eq!(err(b"{\"type\":\"excalidraw\",\"version\":2}"), LoadError::NotOurFormat);
    // Ours by its format, but without a schema version: damaged, and said so.
    assert_eq!(err(b"{\"format\":\"egenvurdering-rus/assessment\"}"), LoadError::Damaged(Damage::SchemaVersion));
    let ws = encode_workspace(&Workspace::default(), 1, "now");
    assert_eq!(err(ws.as_bytes()), LoadError::WrongKind);
}

#[test]
fn versions_outside_the_supported_range_are_refused_by_name() {
    let with_version = |v: i64| encode_export(&sample(), "now").replace("\"schema_version\": 1", &format!("\"schema_version\": {v}"));
    assert_eq!(err(with_version(2).as_bytes()), LoadError::NewerVersion { found: 2 });
    assert_eq!(err(with_version(0).as_bytes()), LoadError::OlderVersion { found: 0 });
    assert_eq!(err(with_version(-1).as_bytes()), LoadError::Damaged(Damage::SchemaVersion));
}

#[test]
fn wrong_types_unknown_fields_and_bad_values_are_invalid() {
    let good = encode_export(&sample(), "now");
    for bad in [
        good.replace("\"municipality\": \"Testvik kommune\"", "\"municipality\": 42"),
        good.replace("\"answer\": \"partly\"", "\"answer\": \"maybe\""),
        good.replace("\"municipality\": \"Testvik kommune\"", "\"municipality\": \"Testvik\", \"evil\": true"),
        good.replace("\"municipality\": \"Testvik kommune\"", "\"municipality\": \"  \""),
        good.replace("\"date\": \"2026-11-23\"", "\"date\": \"23.11.2026\""),
        good.replace("\"due\": \"2027-01-31\"", "\"due\": \"2027-13-01\""),
        good.replace("\"note\": \"", &format!("\"note\": \"{}", "x".repeat(5000))),
    ] {
        assert!(matches!(err(bad.as_bytes()), LoadError::Invalid { .. } | LoadError::Field { .. }), "{bad}");
    }
}

#[test]
fn a_corrupt_stored_workspace_is_an_error_not_a_panic() {
    for bad in ["", "null", "{\"format\":\"egenvurdering-rus/workspace\"", "{\"format\":\"egenvurdering-rus/workspace\",\"schema_version\":1}"] {
        assert!(decode_workspace(bad).is_err(), "{bad}");
    }
}

fn arb_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![Just(None), proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)]
}

fn arb_assessment() -> impl Strategy<Value = Assessment> {
    let ids: Vec<&'static str> = bank::all_questions().map(|q| q.id).collect();
    (
        "[A-Za-zæøåÆØÅ ]{1,40}",
        ".{0,40}",
        proptest::collection::vec((proptest::sample::select(ids), arb_answer(), ".{0,200}", ".{0,50}", prop_oneof![Just(String::new()), Just("2027-06-30".to_string())]), 0..40),
    )
        .prop_filter("a name with letters", |(m, _, _)| !m.trim().is_empty())
        .prop_map(|(municipality, participants, rows)| {
            let mut a = Assessment::new("p1".into(), &municipality, "2026-11-23", "now");
            a.participants = participants;
            for (id, ans, note, who, due) in rows {
                a.set_answer(id, ans);
                a.set_note(id, &note);
                a.set_action(id, ActionField::Who, &who);
                a.set_action(id, ActionField::Due, &due);
            }
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_assessment_survives_export_then_import(a in arb_assessment()) {
        let imp = decode_export(encode_export(&a, "now").as_bytes()).expect("round trip");
        prop_assert_eq!(imp.assessment, a);
    }

    #[test]
    fn import_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = decode_export(&bytes);
        let _ = decode_workspace(&String::from_utf8_lossy(&bytes));
    }
}

fn with(good: &str, from: &str, to: &str) -> Vec<u8> {
    assert!(good.contains(from), "{from}");
    good.replacen(from, to, 1).into_bytes()
}

#[test]
fn an_unusual_schema_version_in_our_file_is_damage_not_a_foreign_file() {
    let good = encode_export(&sample(), "now");
    for v in ["\"1\"", "1.0", "null", "true", "[1]"] {
        assert_eq!(err(&with(&good, "\"schema_version\": 1", &format!("\"schema_version\": {v}"))), LoadError::Damaged(Damage::SchemaVersion), "{v}");
    }
    assert_eq!(err(&with(&good, "\"schema_version\": 1,", "")), LoadError::Damaged(Damage::SchemaVersion));
}

#[test]
fn a_download_cut_short_is_damaged_or_incomplete() {
    let good = encode_export(&sample(), "now");
    let bytes = good.as_bytes();
    for cut in [bytes.len() / 2, bytes.len() - 3, 40] {
        assert_eq!(err(&bytes[..cut]), LoadError::Damaged(Damage::CutShort), "cut at {cut}");
    }
    // Cut inside the two bytes of «æ»: damaged, not "not UTF-8".
    let at = good.find('æ').expect("sample has æ") + 1;
    assert_eq!(err(&bytes[..at]), LoadError::Damaged(Damage::CutInCharacter));
    // A foreign binary file is still simply not text.
    assert_eq!(err(b"\xff\xfeL\x00a\x00"), LoadError::NotUtf8);
}

#[test]
fn a_newer_question_bank_is_refused_and_an_older_one_imports_with_a_note() {
    let good = encode_export(&sample(), "now");
    let v = format!("\"bank_version\": {}", bank::BANK_VERSION);
    assert_eq!(err(&with(&good, &v, "\"bank_version\": 999")), LoadError::NewerBank { found: 999 });
    let old = decode_export(&with(&good, &v, "\"bank_version\": 1")).expect("bank 1 still imports");
    assert_eq!(old.bank_version, 1);
    assert!(matches!(err(&with(&good, &v, "\"bank_version\": 0")), LoadError::Invalid { .. }));
}

#[test]
fn impossible_dates_invisible_names_and_long_bookkeeping_fields_are_refused_by_name() {
    use egenvurdering_rus::model::limits::{Field, Problem};
    let good = encode_export(&sample(), "now");
    for d in ["2026-02-31", "0000-01-01", "2026-13-01", "2026-1-01"] {
        let e = err(&with(&good, "\"date\": \"2026-11-23\"", &format!("\"date\": \"{d}\"")));
        assert_eq!(e, LoadError::Field { assessment: None, problem: Problem::NotADate { field: Field::Date, question: None } }, "{d}");
    }
    let e = err(&with(&good, "\"due\": \"2027-01-31\"", "\"due\": \"2027-02-29\""));
    assert!(matches!(e, LoadError::Field { problem: Problem::NotADate { field: Field::ActionDue, question: Some(_) }, .. }), "{e:?}");
    for name in ["\u{200b}\u{200b}", "\u{00ad}", "\u{2060} \u{feff}", "\u{3164}", "\\u200b"] {
        let e = err(&with(&good, "\"municipality\": \"Testvik kommune\"", &format!("\"municipality\": \"{name}\"")));
        assert_eq!(e, LoadError::Field { assessment: None, problem: Problem::NoName }, "{name}");
    }
    let long = "x".repeat(100);
    for (from, field) in [("\"id\": \"a1\"", Field::Id), ("\"updated\": \"2026-11-23T08:00:00Z\"", Field::Updated), ("\"last_exported\": null", Field::LastExported)] {
        let e = err(&with(&good, from, &format!("{}: \"{long}\"", from.split(':').next().unwrap_or_default())));
        assert!(matches!(e, LoadError::Field { problem: Problem::TooLong { field: f, limit: 40, found: 100, .. }, .. } if f == field), "{e:?}");
    }
    let id = bank::all_questions().next().map(|q| q.id).unwrap_or_default();
    let e = err(&with(&good, "\"note\": \"", &format!("\"note\": \"{}", "y".repeat(4000))));
    assert!(matches!(&e, LoadError::Field { problem: Problem::TooLong { field: Field::Note, question: Some(q), limit: 4000, .. }, .. } if q == id), "{e:?}");
}

#[test]
fn a_backup_round_trips_and_any_bad_assessment_in_it_refuses_the_whole_file() {
    let mut b = sample();
    b.id = "a2".into();
    b.municipality = "Andrevik".into();
    let text = encode_backup(&[sample(), b.clone()], "now");
    match decode_file(text.as_bytes()) {
        Ok(Incoming::Many(backup)) => assert_eq!(backup.assessments, vec![sample(), b]),
        other => panic!("{other:?}"),
    }
    let bad = text.replacen("\"Andrevik\"", "\"\"", 1);
    match decode_file(bad.as_bytes()) {
        Err(LoadError::Field { assessment: Some(name), .. }) => assert_eq!(name, "#2 (2026-11-23)"),
        other => panic!("{other:?}"),
    }
    // The single-file import keeps working through the same door.
    assert!(matches!(decode_file(encode_export(&sample(), "now").as_bytes()), Ok(Incoming::One(_))));
    // And stored data that was downloaded after it could not be read comes back through it too.
    let ws = Workspace { assessments: vec![sample()], current: None };
    assert!(matches!(decode_file(encode_workspace(&ws, 3, "now").as_bytes()), Ok(Incoming::Many(_))));
}
