//! The follow-up list: every action the municipality has written, with where it stands, narrowed by theme, duty
//! holder, owner and status, and which ones are past their deadline.

use super::answers::{ActionItem, ActionStatus, Answer, Assessment};
use super::bank::{self, DutyHolder, Question, ThemeId};
use super::dates;

/// One action with the finding it answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRow {
    pub theme: ThemeId,
    /// 1-based position within the theme, as in `Route::Question`.
    pub n: usize,
    pub question: &'static Question,
    pub answer: Option<Answer>,
    pub action: ActionItem,
}

impl ActionRow {
    pub fn overdue(&self, today: &str) -> bool {
        is_overdue(&self.action, today)
    }
}

/// Open and its deadline is before `today` (both YYYY-MM-DD; the strict format makes text order date order). An
/// unknown today (the prerendered page) makes nothing overdue rather than everything.
pub fn is_overdue(a: &ActionItem, today: &str) -> bool {
    a.status.is_open() && dates::parse(&a.due).is_some() && dates::parse(today).is_some() && a.due.as_str() < today
}

/// What the list is narrowed to; `None` is "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionFilter {
    pub theme: Option<ThemeId>,
    pub duty: Option<DutyHolder>,
    /// Compared trimmed and without regard to case, since owners are typed by hand.
    pub owner: Option<String>,
    pub status: Option<ActionStatus>,
}

impl ActionFilter {
    pub fn keeps(&self, r: &ActionRow) -> bool {
        self.theme.is_none_or(|t| r.theme == t)
            && self.duty.is_none_or(|d| r.question.duty.contains(&d))
            && self.owner.as_deref().is_none_or(|o| same_owner(o, &r.action.who))
            && self.status.is_none_or(|s| r.action.status == s)
    }
}

fn same_owner(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Every written action (any field filled or a status set), in bank order.
pub fn rows(a: &Assessment) -> Vec<ActionRow> {
    bank::themes()
        .iter()
        .flat_map(|t| t.questions().enumerate().map(move |(i, q)| (t.id, i + 1, q)))
        .filter_map(|(theme, n, q)| {
            let r = a.response(q.id)?;
            (!r.action.is_empty()).then(|| ActionRow { theme, n, question: q, answer: r.answer, action: r.action.clone() })
        })
        .collect()
}

pub fn filtered(a: &Assessment, f: &ActionFilter) -> Vec<ActionRow> {
    rows(a).into_iter().filter(|r| f.keeps(r)).collect()
}

pub fn overdue(a: &Assessment, today: &str) -> Vec<ActionRow> {
    rows(a).into_iter().filter(|r| r.overdue(today)).collect()
}

/// The owners named in the actions, each once (first spelling wins), sorted, for the owner filter.
pub fn owners(a: &Assessment) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in rows(a) {
        let w = r.action.who.trim();
        if !w.is_empty() && !out.iter().any(|o| same_owner(o, w)) {
            out.push(w.to_owned());
        }
    }
    out.sort_by_key(|o| o.to_lowercase());
    out
}

/// How many actions stand at each status, in `ActionStatus::ALL` order.
pub fn status_counts(rows: &[ActionRow]) -> [usize; 4] {
    let mut c = [0; 4];
    for r in rows {
        if let Some(i) = ActionStatus::ALL.iter().position(|s| *s == r.action.status) {
            c[i] += 1;
        }
    }
    c
}
