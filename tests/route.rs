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
