//! Dates are parsed strictly and written the way each language writes them.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::dates::{long, parse};
use egenvurdering_rus::model::lang::Lang;

#[test]
fn real_dates_parse_and_impossible_ones_do_not() {
    assert_eq!(parse("2026-12-01"), Some((2026, 12, 1)));
    assert_eq!(parse("2024-02-29"), Some((2024, 2, 29)));
    for bad in ["2026-02-31", "2025-02-29", "1900-02-29", "0000-01-01", "2026-13-01", "2026-00-10", "2026-1-01", "2026-12-1x", "", "2026/12/01"] {
        assert_eq!(parse(bad), None, "{bad}");
    }
    assert_eq!(parse("2000-02-29"), Some((2000, 2, 29)));
}

#[test]
fn long_dates_in_each_language() {
    assert_eq!(long(Lang::Nb, "2026-12-01"), "1. desember 2026");
    assert_eq!(long(Lang::Nn, "2027-03-15"), "15. mars 2027");
    assert_eq!(long(Lang::En, "2026-12-01"), "1 December 2026");
    assert_eq!(long(Lang::En, "not a date"), "not a date");
}
