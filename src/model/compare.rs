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

/// An action that was open in the earlier assessment and is done or checked in the later one (the same question,
/// typically carried forward), or that is new and already closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClosedAction {
    pub question: &'static Question,
    pub before: Option<super::answers::ActionStatus>,
    pub action: super::answers::ActionItem,
}

pub fn closed_actions(before: &Assessment, after: &Assessment) -> Vec<ClosedAction> {
    bank::all_questions()
        .filter_map(|q| {
            let now = &after.response(q.id)?.action;
            let was = before.response(q.id).map(|r| &r.action).filter(|x| !x.is_empty());
            let closed = !now.status.is_open() && was.is_none_or(|w| w.status.is_open());
            (closed && !now.is_empty()).then(|| ClosedAction { question: q, before: was.map(|w| w.status), action: now.clone() })
        })
        .collect()
}
