//! Share met per theme across the yearly assessments of one municipality, for the trend chart and its table.

use super::answers::Assessment;
use super::bank::{self, ThemeId};
use super::dates;
use super::scoring::score;

/// Fewer points than this make a comparison, not a trend.
pub const MIN_YEARS: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    pub municipality: String,
    pub years: Vec<u16>,
    /// One row per theme, one share per year (None where nothing could be computed).
    pub themes: Vec<(ThemeId, Vec<Option<u8>>)>,
}

/// Whose assessments belong together: the municipality and unit as named, with no regard to case.
pub fn group(a: &Assessment) -> String {
    if a.unit.trim().is_empty() { a.municipality.trim().to_owned() } else { format!("{} – {}", a.municipality.trim(), a.unit.trim()) }
}

fn key(s: &str) -> String {
    s.trim().to_lowercase()
}

/// One assessment per year for `municipality` (a `group` name; within a year the latest date wins, since a year's final word is its last assessment), oldest first.
fn yearly<'a>(list: &'a [Assessment], municipality: &str) -> Vec<(u16, &'a Assessment)> {
    let mut by_year: std::collections::BTreeMap<u16, &Assessment> = std::collections::BTreeMap::new();
    for a in list.iter().filter(|a| key(&group(a)) == key(municipality)) {
        let Some((y, _, _)) = dates::parse(&a.date) else { continue };
        let keep = by_year.get(&y).is_none_or(|b| b.date <= a.date);
        if keep {
            by_year.insert(y, a);
        }
    }
    by_year.into_iter().collect()
}

pub fn trend(list: &[Assessment], municipality: &str) -> Option<Trend> {
    let years = yearly(list, municipality);
    if years.len() < MIN_YEARS {
        return None;
    }
    let themes = bank::themes()
        .iter()
        .map(|t| (t.id, years.iter().map(|(_, a)| score(t.questions(), a).share_met()).collect()))
        .collect();
    Some(Trend { municipality: municipality.trim().to_owned(), years: years.iter().map(|(y, _)| *y).collect(), themes })
}

/// Municipalities with enough yearly assessments for a trend, by name, first spelling kept.
pub fn municipalities(list: &[Assessment]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in list {
        let g = group(a);
        if !out.iter().any(|m| key(m) == key(&g)) && yearly(list, &g).len() >= MIN_YEARS {
            out.push(g);
        }
    }
    out
}
