//! What the results and the report lead with: the legal requirements that look unmet, those still to be checked,
//! and the most important actions, optionally narrowed to one duty holder.

use super::answers::{ActionItem, Answer, Assessment};
use super::bank::{self, DutyHolder, Question, Requirement, Theme, ThemeId};
use super::scoring::{score, Score};

/// Which questions a view covers: all of them, or those where one duty holder holds the duty.
pub type DutyFilter = Option<DutyHolder>;

pub fn holds(q: &Question, duty: DutyFilter) -> bool {
    duty.is_none_or(|d| q.duty.contains(&d))
}

/// How a question stands, for the lists; None when it is met, not relevant, or (good practice) not answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standing {
    /// A legal requirement answered Delvis or Nei: likely breach.
    LegalUnmet,
    /// A legal requirement answered Vet ikke or not at all: must be checked, never a breach.
    LegalUnchecked,
    /// Good practice answered Delvis or Nei.
    PracticeUnmet,
    /// Good practice answered Vet ikke.
    PracticeUnchecked,
}

pub fn standing(q: &Question, answer: Option<Answer>) -> Option<Standing> {
    match (q.requirement, answer) {
        (_, Some(Answer::Yes | Answer::NotRelevant)) => None,
        (Requirement::Legal, Some(Answer::Partly | Answer::No)) => Some(Standing::LegalUnmet),
        (Requirement::Legal, Some(Answer::DontKnow) | None) => Some(Standing::LegalUnchecked),
        (Requirement::GoodPractice, Some(Answer::Partly | Answer::No)) => Some(Standing::PracticeUnmet),
        (Requirement::GoodPractice, Some(Answer::DontKnow)) => Some(Standing::PracticeUnchecked),
        (Requirement::GoodPractice, None) => None,
    }
}

/// One question in a list, with where it is (for its link) and what the municipality has planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub theme: ThemeId,
    /// 1-based position within the theme, as in `Route::Question`.
    pub n: usize,
    pub question: &'static Question,
    pub answer: Option<Answer>,
    pub standing: Standing,
    pub note: String,
    pub action: ActionItem,
    /// Carried from last year and not yet confirmed: the answer is last year's, and every list says so.
    pub carried: bool,
}

/// Every question with a standing, in bank order.
pub fn findings(a: &Assessment, duty: DutyFilter) -> Vec<Finding> {
    bank::themes()
        .iter()
        .flat_map(|t| t.questions().enumerate().map(move |(i, q)| (t.id, i + 1, q)))
        .filter(|(_, _, q)| holds(q, duty))
        .filter_map(|(theme, n, q)| {
            let answer = a.answer(q.id);
            let standing = standing(q, answer)?;
            let r = a.response(q.id);
            Some(Finding {
                theme,
                n,
                question: q,
                answer,
                standing,
                note: r.map(|r| r.note.clone()).unwrap_or_default(),
                action: r.map(|r| r.action.clone()).unwrap_or_default(),
                carried: a.to_confirm.contains(q.id),
            })
        })
        .collect()
}

pub fn with_standing(a: &Assessment, duty: DutyFilter, s: Standing) -> Vec<Finding> {
    findings(a, duty).into_iter().filter(|f| f.standing == s).collect()
}

/// Legal requirements answered Delvis or Nei, in bank order.
pub fn unmet_legal(a: &Assessment, duty: DutyFilter) -> Vec<Finding> {
    with_standing(a, duty, Standing::LegalUnmet)
}

/// Legal requirements answered Vet ikke or not answered.
pub fn legal_to_check(a: &Assessment, duty: DutyFilter) -> Vec<Finding> {
    with_standing(a, duty, Standing::LegalUnchecked)
}

/// Findings grouped under each duty holder, in `DutyHolder::ALL` order, then those with none recorded (None).
/// A question that spans two holders is listed under both: each must act.
pub fn by_duty(list: &[Finding]) -> Vec<(Option<DutyHolder>, Vec<Finding>)> {
    let mut out: Vec<(Option<DutyHolder>, Vec<Finding>)> = DutyHolder::ALL
        .into_iter()
        .map(|d| (Some(d), list.iter().filter(|f| f.question.duty.contains(&d)).cloned().collect()))
        .collect();
    out.push((None, list.iter().filter(|f| f.question.duty.is_empty()).cloned().collect()));
    out.retain(|(_, v)| !v.is_empty());
    out
}

/// Findings grouped by theme, in theme order, leaving out themes with none.
pub fn by_theme(list: &[Finding]) -> Vec<(&'static Theme, Vec<Finding>)> {
    bank::themes()
        .iter()
        .map(|t| (*t, list.iter().filter(|f| f.theme == t.id).cloned().collect::<Vec<_>>()))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// Each theme's score over the questions the filter keeps.
pub fn theme_scores_for(a: &Assessment, duty: DutyFilter) -> Vec<(&'static Theme, Score)> {
    bank::themes().iter().map(|t| (*t, score(t.questions().filter(|q| holds(q, duty)), a))).collect()
}

pub fn overall_for(a: &Assessment, duty: DutyFilter) -> Score {
    score(bank::all_questions().filter(|q| holds(q, duty)), a)
}

/// Every question answered and every carried-over answer confirmed: until then every printed page says UTKAST.
/// Vet ikke is an answer here; it shows up in the lists instead.
pub fn is_final(a: &Assessment) -> bool {
    a.to_confirm.is_empty() && bank::all_questions().all(|q| a.answer(q.id).is_some())
}
