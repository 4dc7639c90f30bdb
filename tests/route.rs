//! Deep links parse to the right page and format back to the same link.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::bank::{self, ThemeId};
use egenvurdering_rus::model::route::Route;

#[test]
fn every_route_round_trips() {
    let mut routes = vec![
        Route::Home, Route::Overview, Route::Results, Route::Report, Route::Method,
        Route::Assessments, Route::Compare, Route::Workshop, Route::Privacy,
    ];
    for t in ThemeId::ALL {
        routes.push(Route::ThemeSummary { theme: t });
        for n in 1..=bank::theme(t).question_count() {
            routes.push(Route::Question { theme: t, n });
        }
    }
    for r in routes {
        assert_eq!(Route::parse(&r.to_hash()), r, "{}", r.to_hash());
    }
}

#[test]
fn empty_and_root_hashes_are_home() {
    for h in ["", "#", "#/", "/"] {
        assert_eq!(Route::parse(h), Route::Home, "{h:?}");
    }
}

#[test]
fn a_theme_link_opens_its_first_question() {
    assert_eq!(Route::parse("#/tema/3"), Route::Question { theme: ThemeId::Housing, n: 1 });
}

#[test]
fn out_of_range_or_garbage_is_not_found() {
    let n = bank::theme(ThemeId::Guidance).question_count();
    for h in [
        "#/tema/0/sporsmal/1".to_string(), "#/tema/5".into(), "#/tema/1/sporsmal/0".into(),
        format!("#/tema/1/sporsmal/{}", n + 1), "#/tema/x/sporsmal/1".into(), "#/nope".into(),
        "#/tema/1/sporsmal/-1".into(), "#/tema/1/sporsmal/99999999999999999999999".into(),
    ] {
        assert_eq!(Route::parse(&h), Route::NotFound, "{h}");
    }
}

#[test]
fn query_and_trailing_slashes_are_ignored() {
    assert_eq!(Route::parse("#/resultat/?x=1"), Route::Results);
}

/// The start-up script picks the full build for a deep link to a page the lean build leaves out; its list of paths
/// (scripts/lang_builds.py, FULL_ONLY) must be exactly Route::FULL_ONLY, or such a link would load the lean build
/// and then the full one.
#[test]
fn the_start_up_script_knows_the_pages_of_the_full_build() {
    let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/lang_builds.py")).unwrap();
    let line = script.lines().find(|l| l.starts_with("FULL_ONLY = [")).expect("FULL_ONLY in lang_builds.py");
    let mut listed: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    let mut routes: Vec<String> = Route::FULL_ONLY.iter().map(|r| r.to_hash().trim_start_matches("#/").to_string()).collect();
    listed.sort_unstable();
    routes.sort_unstable();
    assert_eq!(listed, routes);
    for r in Route::FULL_ONLY {
        assert!(r.full_only());
        assert_eq!(Route::parse(&r.to_hash()), r, "each path parses back");
    }
    assert!(!Route::Home.full_only() && !Route::Results.full_only());
}
