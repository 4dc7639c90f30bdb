//! A workshop room: everyone's answers pooled from participant codes, a show of hands and files, and what the
//! pool says per question (spread, how far people disagree, split by service) and per theme (range). Kept in
//! memory only; nothing here is stored or sent.

use std::collections::BTreeMap;

use super::answers::{Answer, Assessment};
use super::bank::{self, Question};
use super::merge::{theme_ranges, ThemeRange};
use super::participant_code::{self, CodeError, Service};

/// One person's answers in the room, however they came in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voter {
    pub service: Option<Service>,
    pub answers: BTreeMap<&'static str, Answer>,
}

impl Voter {
    pub fn from_assessment(a: &Assessment) -> Voter {
        Voter { service: None, answers: bank::all_questions().filter_map(|q| a.answer(q.id).map(|x| (q.id, x))).collect() }
    }

    fn as_assessment(&self) -> Assessment {
        let mut a = Assessment::default();
        for (q, ans) in &self.answers {
            a.set_answer(q, Some(*ans));
        }
        a
    }
}

/// A participant who came in by code; `key` is the code's symbols, to refuse the same code twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeParticipant {
    pub key: Vec<u8>,
    pub voter: Voter,
}

/// What the last typed or scanned code did, for the live region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeOutcome {
    /// Added as participant number `n` (1-based among the codes).
    Added { n: usize, service: Option<Service>, answered: usize },
    Refused(CodeError),
    /// The same code was already added, as participant number `n`.
    Duplicate { n: usize },
}

/// A participant answering on their own device, before the code is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub name: String,
    pub service: Option<Service>,
    pub answers: BTreeMap<&'static str, Answer>,
}

impl Draft {
    pub fn code(&self) -> String {
        participant_code::encode(self.service, |q| self.answers.get(q).copied())
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Room {
    pub codes: Vec<CodeParticipant>,
    /// Show of hands: count per answer (in `Answer::ALL` order) per question id.
    pub hands: BTreeMap<&'static str, [u32; 5]>,
    pub last_code: Option<CodeOutcome>,
    pub draft: Draft,
}

impl Room {
    pub fn add_code(&mut self, typed: &str) -> &CodeOutcome {
        let outcome = match participant_code::decode(typed) {
            Err(e) => CodeOutcome::Refused(e),
            Ok(d) => {
                // decode succeeded, so normalize does too.
                let key = participant_code::normalize(typed).unwrap_or_default();
                match self.codes.iter().position(|c| c.key == key) {
                    Some(p) => CodeOutcome::Duplicate { n: p + 1 },
                    None => {
                        let answered = d.answers.len();
                        self.codes.push(CodeParticipant { key, voter: Voter { service: d.service, answers: d.answers } });
                        CodeOutcome::Added { n: self.codes.len(), service: d.service, answered }
                    }
                }
            }
        };
        self.last_code.insert(outcome)
    }

    pub fn remove_code(&mut self, index: usize) {
        if index < self.codes.len() {
            self.codes.remove(index);
            self.last_code = None;
        }
    }

    /// Counts of zero everywhere remove the question's show of hands.
    pub fn set_hands(&mut self, question: &'static str, counts: [u32; 5]) {
        if counts.iter().all(|c| *c == 0) {
            self.hands.remove(question);
        } else {
            self.hands.insert(question, counts);
        }
    }

    pub fn hands_total(&self) -> u32 {
        self.hands.values().map(|c| c.iter().sum::<u32>()).max().unwrap_or(0)
    }
}

/// How the room answered one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub question: &'static Question,
    pub counts: [u32; 5],
    /// Voters (codes and files) who left it unanswered; a show of hands has no such count.
    pub unanswered: u32,
}

impl Tally {
    pub fn answered(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Share of the answers outside the largest group, in per cent: 0 when all agree, near 80 when the answers
    /// are spread evenly over all five.
    pub fn disagreement(&self) -> u8 {
        let total = self.answered();
        let top = self.counts.iter().max().copied().unwrap_or(0);
        if total == 0 {
            return 0;
        }
        ((u64::from(total - top) * 100 + u64::from(total) / 2) / u64::from(total)) as u8
    }

    /// The answer most gave, if one group is strictly largest.
    pub fn majority(&self) -> Option<Answer> {
        let top = self.counts.iter().max().copied().unwrap_or(0);
        if top == 0 || self.counts.iter().filter(|c| **c == top).count() > 1 {
            return None;
        }
        self.counts.iter().position(|c| *c == top).map(|p| Answer::ALL[p])
    }
}

fn tally_of(question: &'static Question, voters: &[&Voter], hands: Option<&[u32; 5]>) -> Tally {
    let mut counts = hands.copied().unwrap_or([0; 5]);
    let mut unanswered = 0;
    for v in voters {
        match v.answers.get(question.id) {
            Some(a) => counts[Answer::ALL.iter().position(|x| x == a).unwrap_or(0)] += 1,
            None => unanswered += 1,
        }
    }
    Tally { question, counts, unanswered }
}

/// Every question's tally in bank order.
pub fn tallies(voters: &[Voter], hands: &BTreeMap<&'static str, [u32; 5]>) -> Vec<Tally> {
    let all: Vec<&Voter> = voters.iter().collect();
    bank::all_questions().map(|q| tally_of(q, &all, hands.get(q.id))).collect()
}

/// The tallies with the most disagreement first; equal ones keep bank order, so the list does not jump about.
pub fn by_disagreement(mut t: Vec<Tally>) -> Vec<Tally> {
    t.sort_by_key(|x| std::cmp::Reverse(x.disagreement()));
    t
}

/// Who gave the counts in a split by service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Service(Service),
    /// Codes without a service, and files.
    Unknown,
    Hands,
}

/// One question's counts per group that has any answer to it, services first.
pub fn split_by_service(question: &'static Question, voters: &[Voter], hands: &BTreeMap<&'static str, [u32; 5]>) -> Vec<(Group, Tally)> {
    let mut out = Vec::new();
    for s in Service::ALL.iter().map(|s| Some(*s)).chain([None]) {
        let group: Vec<&Voter> = voters.iter().filter(|v| v.service == s).collect();
        let t = tally_of(question, &group, None);
        if t.answered() > 0 {
            out.push((s.map_or(Group::Unknown, Group::Service), t));
        }
    }
    if let Some(h) = hands.get(question.id) {
        out.push((Group::Hands, tally_of(question, &[], Some(h))));
    }
    out
}

/// Share met per theme, lowest and highest over the voters (a show of hands has no one person's answers).
pub fn ranges(voters: &[Voter]) -> Vec<ThemeRange> {
    let all: Vec<Assessment> = voters.iter().map(Voter::as_assessment).collect();
    theme_ranges(&all)
}

/// The question's note once the workshop's note is added below what was there. Agreeing again with the same
/// note adds nothing, so pressing the button twice does not double it.
pub fn agreed_note(existing: &str, note: &str) -> String {
    let note = note.trim();
    if note.is_empty() || existing.trim_end().ends_with(note) {
        existing.to_owned()
    } else if existing.trim().is_empty() {
        note.to_owned()
    } else {
        format!("{}\n\n{note}", existing.trim_end())
    }
}

/// Whether the workshop's note fits in the question's note.
pub fn agreed_note_fits(existing: &str, note: &str) -> bool {
    agreed_note(existing, note).chars().count() <= super::limits::NOTE
}
