//! Readiness per theme (and per cross-cutting area), and the audit-language status. Documented for users on the
//! "How the score works" page; every rule has a test in tests/scoring.rs.
//!
//! - Ja counts fully, Delvis half, Nei and Vet ikke zero.
//! - Ikke relevant leaves the question out of the denominator; unanswered questions are left out too and show up
//!   in the coverage figure instead ("based on 9 of 12").
//! - Status: likely breach of law when any legal-requirement question is Nei or Vet ikke; improvement points when
//!   other gaps remain (good-practice Nei/Vet ikke, or any Delvis); well covered otherwise.

use super::answers::{Answer, Assessment};
use super::bank::{Question, Requirement};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Nothing answered yet.
    NotAssessed,
    LikelyBreach,
    ImprovementPoints,
    WellCovered,
}

impl Status {
    /// Stable token for CSS classes and tests.
    pub fn token(self) -> &'static str {
        match self {
            Status::NotAssessed => "not-assessed",
            Status::LikelyBreach => "likely-breach",
            Status::ImprovementPoints => "improvement-points",
            Status::WellCovered => "well-covered",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// 0–100, or None when no question could be scored (none answered, or all not relevant).
    pub readiness: Option<u8>,
    pub total: usize,
    pub answered: usize,
    pub not_relevant: usize,
    pub status: Status,
}

impl Score {
    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }
}

/// Scores any set of questions: a theme, a cross-cutting area, or the whole bank.
pub fn score<'a>(questions: impl IntoIterator<Item = &'a Question>, assessment: &Assessment) -> Score {
    let (mut total, mut answered, mut not_relevant, mut scored, mut half_points) = (0, 0, 0, 0u32, 0u32);
    let (mut legal_gap, mut other_gap) = (false, false);
    for q in questions {
        total += 1;
        let Some(a) = assessment.answer(q.id) else { continue };
        answered += 1;
        match a {
            Answer::NotRelevant => not_relevant += 1,
            Answer::Yes => {
                scored += 1;
                half_points += 2;
            }
            Answer::Partly => {
                scored += 1;
                half_points += 1;
                other_gap = true;
            }
            Answer::No | Answer::DontKnow => {
                scored += 1;
                match q.requirement {
                    Requirement::Legal => legal_gap = true,
                    Requirement::GoodPractice => other_gap = true,
                }
            }
        }
    }
    // Rounds half up: (100 * points / max) with points and max both in half-points.
    let readiness = (scored > 0).then(|| ((100 * half_points + scored) / (2 * scored)) as u8);
    let status = if answered == 0 {
        Status::NotAssessed
    } else if legal_gap {
        Status::LikelyBreach
    } else if other_gap {
        Status::ImprovementPoints
    } else {
        Status::WellCovered
    };
    Score { readiness, total, answered, not_relevant, status }
}
