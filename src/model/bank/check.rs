//! Content rules for the question bank, as a function so tests can run it on the real bank and on broken
//! fixtures alike (proving each rule can fail).

use std::collections::BTreeSet;

use super::{CrossArea, Theme};
use crate::model::lang::L;

pub const MIN_QUESTIONS_PER_THEME: usize = 6;
pub const MAX_QUESTIONS_PER_THEME: usize = 15;

fn empty_langs(where_: &str, l: &L, out: &mut Vec<String>) {
    for (code, text) in ["nb", "nn", "en"].iter().zip(l.all()) {
        if text.trim().is_empty() {
            out.push(format!("{where_}: empty {code} text"));
        }
    }
}

/// Every rule the bank must keep; an empty list means the bank is fine.
pub fn problems(themes: &[&Theme]) -> Vec<String> {
    let mut out = Vec::new();
    let mut ids = BTreeSet::new();
    let mut covered = BTreeSet::new();
    for t in themes {
        let tn = t.id.number();
        empty_langs(&format!("theme {tn} title"), &t.title, &mut out);
        empty_langs(&format!("theme {tn} intro"), &t.intro, &mut out);
        empty_langs(&format!("theme {tn} short name"), &t.short, &mut out);
        empty_langs(&format!("theme {tn} national finding"), &t.national.summary, &mut out);
        if t.national.percent_with_failures > 100 {
            out.push(format!("theme {tn}: national share above 100 %"));
        }
        let n = t.question_count();
        if !(MIN_QUESTIONS_PER_THEME..=MAX_QUESTIONS_PER_THEME).contains(&n) {
            out.push(format!("theme {tn}: {n} questions, expected {MIN_QUESTIONS_PER_THEME} to {MAX_QUESTIONS_PER_THEME}"));
        }
        for area in t.areas {
            empty_langs(&format!("theme {tn} sub-area"), &area.title, &mut out);
            if area.questions.is_empty() {
                out.push(format!("theme {tn}: a sub-area has no questions"));
            }
        }
        for q in t.questions() {
            if !ids.insert(q.id) {
                out.push(format!("{}: id repeats", q.id));
            }
            if !q.id.starts_with(&format!("t{tn}.")) {
                out.push(format!("{}: id does not start with t{tn}.", q.id));
            }
            empty_langs(&format!("{} text", q.id), &q.text, &mut out);
            empty_langs(&format!("{} help", q.id), &q.help, &mut out);
            if q.sources.is_empty() {
                out.push(format!("{}: no source", q.id));
            }
            if q.basis.then.trim().is_empty() || q.basis.today.trim().is_empty() {
                out.push(format!("{}: legal basis missing", q.id));
            }
            if q.areas.is_empty() {
                out.push(format!("{}: no cross-cutting area", q.id));
            }
            // Current, respectful terms in our own text; the audit's term only inside a «quotation».
            for text in q.text.all().into_iter().chain(q.help.all()) {
                let unquoted: String = text.split('«').map(|s| s.split_once('»').map_or(s, |(_, rest)| rest)).collect();
                if unquoted.to_lowercase().contains("misbruk") {
                    out.push(format!("{}: uses the term \"misbruker\" outside a quotation", q.id));
                }
            }
            covered.extend(q.areas.iter().copied());
        }
    }
    for area in CrossArea::ALL {
        if !covered.contains(&area) {
            out.push(format!("cross-cutting area {area:?} has no question"));
        }
    }
    out
}
