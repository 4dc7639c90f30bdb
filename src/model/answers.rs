//! What a municipality answers: one response per question, and the assessment that holds them.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::bank;

/// Longest free-text note and action field, in characters (model::limits holds every limit).
pub const MAX_NOTE_CHARS: usize = super::limits::NOTE;
pub const MAX_FIELD_CHARS: usize = super::limits::ACTION;

/// The answer scale. There is no default: an unanswered question has no `Answer` at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    Partly,
    No,
    DontKnow,
    NotRelevant,
}

impl Answer {
    pub const ALL: [Answer; 5] = [Answer::Yes, Answer::Partly, Answer::No, Answer::DontKnow, Answer::NotRelevant];

    /// Anything but a clear yes (or not relevant) is a gap that belongs in the action plan.
    pub fn is_gap(self) -> bool {
        matches!(self, Answer::Partly | Answer::No | Answer::DontKnow)
    }

    /// Stable token used in files, CSV and element ids.
    pub fn token(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Partly => "partly",
            Answer::No => "no",
            Answer::DontKnow => "dont_know",
            Answer::NotRelevant => "not_relevant",
        }
    }
}

/// Where an action stands. A measure is not finished when it is carried out: management must also check that it
/// works (the county governor asks for both), so "done" and "checked" are separate steps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Verified,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Verified];

    /// Stable token for files, CSV-independent ids and option values.
    pub fn token(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "not_started",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Verified => "verified",
        }
    }

    pub fn from_token(s: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|x| x.token() == s)
    }

    /// Still needs work; a deadline passed on an open action is overdue.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::NotStarted | ActionStatus::InProgress)
    }
}

/// A planned measure for a gap: what, who is responsible, by when, how far it has come and how management will
/// check that it works. Files from before status and check existed load with their defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub who: String,
    /// A date as YYYY-MM-DD, or empty.
    #[serde(default)]
    pub due: String,
    #[serde(default, skip_serializing_if = "is_default_status")]
    pub status: ActionStatus,
    /// How management will check the effect.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub check: String,
}

fn is_default_status(s: &ActionStatus) -> bool {
    *s == ActionStatus::NotStarted
}

impl ActionItem {
    pub fn is_empty(&self) -> bool {
        self.what.trim().is_empty()
            && self.who.trim().is_empty()
            && self.due.trim().is_empty()
            && self.check.trim().is_empty()
            && self.status == ActionStatus::NotStarted
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    #[serde(default)]
    pub answer: Option<Answer>,
    /// Evidence: what the municipality has, where it is kept.
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub action: ActionItem,
    /// The date (YYYY-MM-DD) a workshop agreed this answer; absent in files made before workshops wrote back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<String>,
}

impl Response {
    pub fn is_empty(&self) -> bool {
        self.answer.is_none() && self.note.trim().is_empty() && self.action.is_empty()
    }
}

/// The fields of an action item, for edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionField {
    What,
    Who,
    Due,
    Check,
}

/// One self-assessment of one municipality (or unit) at one time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub municipality: String,
    #[serde(default)]
    pub unit: String,
    /// Date of the self-check, YYYY-MM-DD.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub participants: String,
    #[serde(default)]
    pub responses: BTreeMap<String, Response>,
    /// Answers carried over from an earlier assessment that nobody has confirmed yet.
    #[serde(default)]
    pub to_confirm: BTreeSet<String>,
    /// When this assessment was last downloaded as a file (ISO 8601), for the backup reminder.
    #[serde(default)]
    pub last_exported: Option<String>,
    /// When it was last changed (ISO 8601).
    #[serde(default)]
    pub updated: String,
}

/// A last guard only: the forms never send more than the limit (maxlength, and pastes over it are refused with
/// a warning), and files over it are refused, so nothing reaching here is ever cut in practice.
pub(crate) fn clip(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

impl Assessment {
    pub fn new(id: String, municipality: &str, date: &str, now: &str) -> Assessment {
        Assessment {
            id,
            municipality: clip(municipality.trim(), super::limits::MUNICIPALITY),
            date: date.to_owned(),
            updated: now.to_owned(),
            ..Assessment::default()
        }
    }

    pub fn response(&self, question: &str) -> Option<&Response> {
        self.responses.get(question)
    }

    pub fn answer(&self, question: &str) -> Option<Answer> {
        self.responses.get(question).and_then(|r| r.answer)
    }

    fn edit(&mut self, question: &str, f: impl FnOnce(&mut Response)) {
        let r = self.responses.entry(question.to_owned()).or_default();
        f(r);
        if r.is_empty() {
            self.responses.remove(question);
        }
    }

    /// Sets or clears an answer. Answering confirms a carried-over answer.
    pub fn set_answer(&mut self, question: &str, answer: Option<Answer>) {
        self.edit(question, |r| r.answer = answer);
        self.to_confirm.remove(question);
    }

    pub fn set_note(&mut self, question: &str, note: &str) {
        self.edit(question, |r| r.note = clip(note, MAX_NOTE_CHARS));
    }

    pub fn set_action(&mut self, question: &str, field: ActionField, value: &str) {
        let max = if field == ActionField::Check { super::limits::CHECK } else { MAX_FIELD_CHARS };
        let value = clip(value, max);
        self.edit(question, |r| match field {
            ActionField::What => r.action.what = value,
            ActionField::Who => r.action.who = value,
            ActionField::Due => r.action.due = value,
            ActionField::Check => r.action.check = value,
        });
    }

    pub fn set_action_status(&mut self, question: &str, status: ActionStatus) {
        self.edit(question, |r| r.action.status = status);
    }

    /// Confirms, as unchanged, every carried answer among `questions` (one theme's, after the user has seen them).
    /// Returns how many were confirmed.
    pub fn confirm_all<'a>(&mut self, questions: impl IntoIterator<Item = &'a str>) -> usize {
        questions.into_iter().filter(|q| self.to_confirm.remove(*q)).count()
    }

    /// Carried answers still unconfirmed among the current bank's questions.
    pub fn unconfirmed_count(&self) -> usize {
        bank::all_questions().filter(|q| self.to_confirm.contains(q.id)).count()
    }

    pub fn confirm(&mut self, question: &str) {
        self.to_confirm.remove(question);
    }

    /// "Start next year's from this one": same municipality, answers and notes carried over, each to be confirmed.
    pub fn carry_forward(&self, id: String, date: &str, now: &str) -> Assessment {
        Assessment {
            id,
            date: date.to_owned(),
            to_confirm: self.responses.iter().filter(|(_, r)| r.answer.is_some()).map(|(k, _)| k.clone()).collect(),
            last_exported: None,
            updated: now.to_owned(),
            ..self.clone()
        }
    }

    /// Moves what was saved under question ids an earlier bank retired onto the questions that took over their
    /// ground, each to be confirmed, since the question now reads differently. A successor that already has a
    /// response keeps it. Returns the retired ids that were carried.
    pub fn carry_retired(&mut self) -> Vec<String> {
        let mut carried = Vec::new();
        let old: Vec<String> = self.responses.keys().filter(|id| bank::question(id).is_none()).cloned().collect();
        for id in old {
            let Some(next) = bank::retired::successors(&id) else { continue };
            let Some(r) = self.responses.remove(&id) else { continue };
            let was_pending = self.to_confirm.remove(&id);
            for n in next {
                if !self.responses.contains_key(*n) {
                    self.responses.insert((*n).to_owned(), r.clone());
                    if r.answer.is_some() || was_pending {
                        self.to_confirm.insert((*n).to_owned());
                    }
                }
            }
            carried.push(id);
        }
        carried
    }

    pub fn answered_count(&self) -> usize {
        bank::all_questions().filter(|q| self.answer(q.id).is_some()).count()
    }

    /// Display name: "Municipality – unit (date)".
    pub fn title(&self) -> String {
        let mut t = self.municipality.clone();
        if !self.unit.trim().is_empty() {
            t.push_str(" – ");
            t.push_str(self.unit.trim());
        }
        if !self.date.is_empty() {
            t.push_str(&format!(" ({})", self.date));
        }
        t
    }
}
