//! Compare two assessments, typically the same municipality in two years.

use super::answers::{Answer, Assessment};
use super::bank::{self, Question, ThemeId};
use super::scoring::score;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeChange {
    pub theme: ThemeId,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

impl ThemeChange {
    /// Percentage points of share met gained (negative: lost); None unless both sides have a share.
    pub fn delta(&self) -> Option<i16> {
        Some(i16::from(self.after?) - i16::from(self.before?))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionChange {
    pub question: &'static Question,
    pub before: Option<Answer>,
    pub after: Option<Answer>,
}

pub fn theme_changes(before: &Assessment, after: &Assessment) -> Vec<ThemeChange> {
    bank::themes()
        .iter()
        .map(|t| ThemeChange {
            theme: t.id,
            before: score(t.questions(), before).share_met(),
            after: score(t.questions(), after).share_met(),
        })
        .collect()
}

/// Questions whose answer differs, in bank order.
pub fn question_changes(before: &Assessment, after: &Assessment) -> Vec<QuestionChange> {
    bank::all_questions()
        .filter_map(|q| {
            let (b, a) = (before.answer(q.id), after.answer(q.id));
            (b != a).then_some(QuestionChange { question: q, before: b, after: a })
        })
        .collect()
}
