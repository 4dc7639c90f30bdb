//! Backups and restores: add or replace with the plan shown first; unreadable stored data restored as far as it
//! can be, with what was lost named. Garbage, truncated JSON, a future version, a valid-but-huge workspace.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::{Answer, Assessment};
use egenvurdering_rus::model::backup::{apply, backup_due, plan, Mode};
use egenvurdering_rus::model::bank;
use egenvurdering_rus::model::packing;
use egenvurdering_rus::model::salvage::salvage;
use egenvurdering_rus::model::save_format::*;

fn a(id: &str, name: &str) -> Assessment {
    let mut a = Assessment::new(id.into(), name, "2026-11-23", "2026-11-23T08:00:00Z");
    let q = bank::all_questions().next().map(|q| q.id).unwrap_or_default();
    a.set_answer(q, Some(Answer::Yes));
    a
}

fn ws(items: Vec<Assessment>) -> Workspace {
    Workspace { assessments: items, current: None }
}

#[test]
fn add_keeps_everything_here_and_skips_what_is_already_here() {
    let mut here = ws(vec![a("a1", "Alfa"), a("a2", "Beta")]);
    let mut changed = a("a2", "Beta endret");
    changed.id = "a2".into();
    let incoming = vec![a("a1", "Alfa"), changed, a("a3", "Gamma")];
    let p = plan(&here, &incoming, Mode::Add);
    assert_eq!(p.unchanged, ["Alfa (2026-11-23)"]);
    assert_eq!(p.added.len(), 2);
    assert!(p.removed.is_empty());
    assert_eq!(apply(&mut here, incoming, Mode::Add, 1), p);
    assert_eq!(here.assessments.len(), 4, "the changed Beta is added beside the old one, never over it");
    let ids: std::collections::BTreeSet<_> = here.assessments.iter().map(|x| x.id.clone()).collect();
    assert_eq!(ids.len(), 4, "ids stay unique");
}

#[test]
fn replace_makes_the_workspace_exactly_the_backup_and_says_what_goes() {
    let mut here = ws(vec![a("a1", "Alfa"), a("a2", "Beta")]);
    let incoming = vec![a("a1", "Alfa"), a("a3", "Gamma")];
    let p = plan(&here, &incoming, Mode::Replace);
    assert_eq!(p.removed, ["Beta (2026-11-23)"]);
    apply(&mut here, incoming.clone(), Mode::Replace, 1);
    assert_eq!(here.assessments, incoming);
}

#[test]
fn a_backup_is_due_after_thirty_days_or_when_never_taken() {
    assert!(backup_due(None, "2026-12-01T00:00:00Z"));
    assert!(!backup_due(Some("2026-11-01T10:00:00Z"), "2026-12-01T00:00:00Z"));
    assert!(backup_due(Some("2026-10-31T10:00:00Z"), "2026-12-01T00:00:00Z"));
    assert!(!backup_due(Some("2025-12-31T10:00:00Z"), "2026-01-30T00:00:00Z"), "across a new year");
}

#[test]
fn restore_of_garbage_recovers_nothing_and_says_why() {
    for raw in ["", "garbage", "{\"x\":1}", "\u{2063}EVR15:99:abc"] {
        let s = salvage(raw);
        assert!(s.recovered.is_empty(), "{raw}");
        assert!(s.unreadable.is_some(), "{raw}");
    }
}

#[test]
fn restore_of_a_truncated_workspace_recovers_every_whole_assessment() {
    let all = ws(vec![a("a1", "Alfa"), a("a2", "Beta"), a("a3", "Gamma")]);
    let text = encode_workspace(&all, 4, "now");
    let cut = text.find("Gamma").expect("third");
    let s = salvage(&text[..cut]);
    assert_eq!(s.recovered, all.assessments[..2].to_vec());
    assert!(s.cut_short);
    // Packed and cut: nothing can be trusted, and it says so.
    let packed = packing::pack(&text);
    assert!(salvage(&packed[..packed.len() - 6]).unreadable.is_some());
    assert_eq!(salvage(&packed).recovered, all.assessments);
}

#[test]
fn restore_skips_a_bad_assessment_and_names_it() {
    let all = ws(vec![a("a1", "Alfa"), a("a2", "Beta"), a("a3", "Gamma")]);
    let text = encode_workspace(&all, 4, "now").replacen("\"date\":\"2026-11-23\"", "\"date\":\"2026-02-31\"", 2);
    let s = salvage(&text);
    assert_eq!(s.recovered, all.assessments[2..].to_vec());
    assert_eq!(s.lost.len(), 2);
    assert_eq!(s.lost[0].position, 1);
    assert_eq!(s.lost[1].name.as_deref(), Some("Beta"));
    let odd = encode_workspace(&all, 4, "now").replacen("\"unit\":\"\"", "\"unit\":\"\",\"extra\":1", 1);
    let s = salvage(&odd);
    assert_eq!(s.recovered.len(), 2);
    assert_eq!(s.lost[0].name.as_deref(), Some("Alfa"));
}

#[test]
fn restore_of_a_future_version_changes_nothing_and_keeps_it_for_a_newer_version() {
    let text = encode_workspace(&ws(vec![a("a1", "Alfa")]), 1, "now").replace("\"schema_version\":1", "\"schema_version\":9");
    let s = salvage(&text);
    assert!(s.recovered.is_empty());
    assert_eq!(s.unreadable, Some(LoadError::NewerVersion { found: 9 }));
}
