//! Workshop merge: several participants' exported files of the same assessment, side by side.

use super::answers::{Answer, Assessment};
use super::bank::{self, Question, ThemeId};
use super::scoring::score;

/// How the participants answered one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spread {
    pub question: &'static Question,
    /// Count per answer, in `Answer::ALL` order.
    pub counts: [usize; 5],
    pub unanswered: usize,
}

impl Spread {
    /// Participants disagree when they gave more than one distinct answer.
    pub fn disagreement(&self) -> bool {
        self.counts.iter().filter(|c| **c > 0).count() > 1
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeRange {
    pub theme: ThemeId,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// Participants whose answers gave this theme a score.
    pub scored: usize,
}

pub fn spreads(files: &[Assessment]) -> Vec<Spread> {
    bank::all_questions()
        .map(|q| {
            let mut counts = [0; 5];
            let mut unanswered = 0;
            for a in files {
                match a.answer(q.id) {
                    Some(ans) => counts[Answer::ALL.iter().position(|x| *x == ans).unwrap_or(0)] += 1,
                    None => unanswered += 1,
                }
            }
            Spread { question: q, counts, unanswered }
        })
        .collect()
}

pub fn theme_ranges(files: &[Assessment]) -> Vec<ThemeRange> {
    bank::themes()
        .iter()
        .map(|t| {
            let scores: Vec<u8> = files.iter().filter_map(|a| score(t.questions(), a).share_met()).collect();
            ThemeRange {
                theme: t.id,
                min: scores.iter().min().copied(),
                max: scores.iter().max().copied(),
                scored: scores.len(),
            }
        })
        .collect()
}

/// How participants' files differ in what should be the same for a merge to mean anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// Municipality names as written (compared without case and surrounding spaces).
    Municipality(Vec<String>),
    /// Years of the assessment date.
    Year(Vec<String>),
    /// Question-bank versions the files were made with.
    Bank(Vec<u32>),
}

fn distinct<T: PartialEq + Clone>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// Everything that differs between the files; empty when they can be merged without asking.
pub fn differences(files: &[(Assessment, u32)]) -> Vec<Difference> {
    let mut out = Vec::new();
    let names = distinct(files.iter().map(|(a, _)| a.municipality.trim().to_lowercase()));
    if names.len() > 1 {
        out.push(Difference::Municipality(distinct(files.iter().map(|(a, _)| a.municipality.trim().to_owned()))));
    }
    let years = distinct(files.iter().filter(|(a, _)| a.date.len() >= 4).map(|(a, _)| a.date[..4].to_owned()));
    if years.len() > 1 {
        out.push(Difference::Year(years));
    }
    let banks = distinct(files.iter().map(|(_, b)| *b));
    if banks.len() > 1 {
        out.push(Difference::Bank(banks));
    }
    out
}
