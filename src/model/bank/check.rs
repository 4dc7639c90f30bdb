//! Content rules for the question bank, as a function so tests can run it on the real bank and on broken
//! fixtures alike (proving each rule can fail).

use std::collections::BTreeSet;

use super::laws::{law_of, NOT_TODAY};
use super::{CrossArea, DutyHolder, Question, Requirement, Theme};
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

/// Words that make a national finding vaguer or more precise than the seed ("om lag", "ca. 90 %").
const VAGUE_OR_PRECISE: &[&str] = &["%", "≈", "ca.", "om lag", "omkring", "cirka", "about", "approx", "around"];

/// Legal classification and today's basis: a legal requirement names the provisions in force that impose it; good
/// practice names none as its duty; every citation is of a law in force; nothing repealed or historical is offered
/// as today's law; the health-and-care management regulation is never cited for a duty of Nav's alone.
fn law_problems(q: &Question, out: &mut Vec<String>) {
    let b = &q.basis;
    if b.then.trim().is_empty() {
        out.push(format!("{}: the 2004 basis is missing", q.id));
    }
    if q.duty.is_empty() {
        out.push(format!("{}: no duty holder", q.id));
    }
    match q.requirement {
        Requirement::Legal if b.today.is_empty() => out.push(format!("{}: legal requirement without a provision in force", q.id)),
        Requirement::GoodPractice if !b.today.is_empty() => {
            out.push(format!("{}: good practice cites a duty in force; move it to `supports` or mark it legal", q.id))
        }
        _ => {}
    }
    for c in b.today.iter().chain(b.supports) {
        if law_of(c).is_none() {
            out.push(format!("{}: \"{c}\" does not start with the short name of a law in force", q.id));
        }
        if let Some((gone, why)) = NOT_TODAY.iter().find(|(gone, _)| c.contains(gone)) {
            out.push(format!("{}: \"{c}\" offers \"{gone}\" as today's law ({why})", q.id));
        }
        if c.starts_with("ledelsesforskriften") && q.duty == [DutyHolder::Nav] {
            out.push(format!("{}: ledelsesforskriften cited for a duty of Nav's alone", q.id));
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
        for text in t.national.summary.all() {
            if let Some(w) = VAGUE_OR_PRECISE.iter().find(|w| text.to_lowercase().contains(*w)) {
                out.push(format!("theme {tn}: national finding says \"{w}\", not the seed's own words"));
            }
        }
        for f in t.later {
            empty_langs(&format!("theme {tn} later finding {}", f.period), &f.summary, &mut out);
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
            empty_langs(&format!("{} criteria for yes", q.id), &q.criteria.yes, &mut out);
            empty_langs(&format!("{} criteria for partly", q.id), &q.criteria.partly, &mut out);
            empty_langs(&format!("{} evidence", q.id), &q.criteria.evidence, &mut out);
            law_problems(q, &mut out);
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
