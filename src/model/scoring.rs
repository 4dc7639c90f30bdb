//! Share met and the audit-language status per theme, per cross-cutting area and overall. The rules are written
//! out for readers in docs/scoring.md and on the "How the score works" page; tests/scoring.rs holds one test per
//! rule, exhaustive checks over every answer combination of a small fixture, and property tests over the bank.
//!
//! The rules in brief:
//! - A legal requirement answered Delvis or Nei is not met: a half-met duty is an unmet duty.
//! - Vet ikke means "not checked": never a breach, never counted as answered in the coverage.
//! - Share met = questions answered Ja / applicable questions (all but Ikke relevant), rounded down, so 100 % means
//!   every applicable question is met and nothing less.
//! - Under 80 % of applicable questions answered Ja/Delvis/Nei, or any legal requirement not yet checked, and the
//!   status is provisional: never "well covered".

use super::answers::{Answer, Assessment};
use super::bank::{Question, Requirement};

/// Below this share of applicable questions answered Ja, Delvis or Nei, a theme is provisional.
pub const MIN_KNOWN_PERCENT: usize = 80;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Nothing answered yet.
    #[default]
    NotAssessed,
    /// Every question answered Ikke relevant: nothing to conclude.
    NotApplicable,
    /// At least one legal requirement answered Delvis or Nei.
    LikelyBreach,
    /// Too little known to conclude: under 80 % answered Ja/Delvis/Nei, or a legal requirement not checked.
    Provisional,
    /// Every legal requirement met; good practice answered Delvis or Nei somewhere.
    ImprovementPoints,
    WellCovered,
}

impl Status {
    /// Stable token for CSS classes and tests.
    pub fn token(self) -> &'static str {
        match self {
            Status::NotAssessed => "not-assessed",
            Status::NotApplicable => "not-applicable",
            Status::LikelyBreach => "likely-breach",
            Status::Provisional => "provisional",
            Status::ImprovementPoints => "improvement-points",
            Status::WellCovered => "well-covered",
        }
    }
}

/// Why a set of questions got its status, with the counts a sentence needs (see i18n::results::reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    NothingAnswered,
    AllNotRelevant,
    /// `unmet` of `legal` applicable legal requirements answered Delvis or Nei.
    LegalUnmet { unmet: usize, legal: usize },
    /// Only `known` of `applicable` answered Ja, Delvis or Nei.
    TooLittleKnown { known: usize, applicable: usize },
    /// `unchecked` legal requirements answered Vet ikke or not answered.
    LegalUnchecked { unchecked: usize },
    /// Every legal requirement met; `unmet` good-practice points answered Delvis or Nei.
    PracticeUnmet { unmet: usize },
    /// Every question known is Ja (and `known` of `applicable` are known).
    AllMet { known: usize, applicable: usize },
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub total: usize,
    /// Questions with any answer, Vet ikke and Ikke relevant included: progress, not coverage.
    pub answered: usize,
    pub not_relevant: usize,
    pub yes: usize,
    pub partly: usize,
    pub no: usize,
    pub dont_know: usize,
    /// Legal requirements not answered Ikke relevant.
    pub legal: usize,
    /// Legal requirements answered Delvis or Nei.
    pub legal_unmet: usize,
    /// Legal requirements answered Vet ikke or not at all.
    pub legal_unchecked: usize,
    /// Good-practice questions answered Delvis or Nei.
    pub practice_unmet: usize,
    pub status: Status,
}

impl Score {
    /// Every question except those answered Ikke relevant.
    pub fn applicable(&self) -> usize {
        self.total - self.not_relevant
    }

    /// Answered Ja, Delvis or Nei: what the coverage ("based on n of m") counts.
    pub fn known(&self) -> usize {
        self.yes + self.partly + self.no
    }

    /// Percentage of applicable questions answered Ja, rounded down; None before anything is answered or when
    /// nothing applies. Rounding down keeps 100 % for "all met" only.
    pub fn share_met(&self) -> Option<u8> {
        let applicable = self.applicable();
        (self.answered > 0 && applicable > 0).then(|| (100 * self.yes / applicable) as u8)
    }

    /// Every question has an answer (Vet ikke included).
    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }

    /// Under 80 % of the applicable questions known.
    pub fn too_little_known(&self) -> bool {
        self.known() * 100 < MIN_KNOWN_PERCENT * self.applicable()
    }

    pub fn reason(&self) -> Reason {
        match self.status {
            Status::NotAssessed => Reason::NothingAnswered,
            Status::NotApplicable => Reason::AllNotRelevant,
            Status::LikelyBreach => Reason::LegalUnmet { unmet: self.legal_unmet, legal: self.legal },
            Status::Provisional if self.too_little_known() => {
                Reason::TooLittleKnown { known: self.known(), applicable: self.applicable() }
            }
            Status::Provisional => Reason::LegalUnchecked { unchecked: self.legal_unchecked },
            Status::ImprovementPoints => Reason::PracticeUnmet { unmet: self.practice_unmet },
            Status::WellCovered => Reason::AllMet { known: self.known(), applicable: self.applicable() },
        }
    }
}

/// Scores any set of questions: a theme, a cross-cutting area, one duty holder's questions, or the whole bank.
pub fn score<'a>(questions: impl IntoIterator<Item = &'a Question>, assessment: &Assessment) -> Score {
    let mut s = Score::default();
    for q in questions {
        s.total += 1;
        let answer = assessment.answer(q.id);
        let legal = q.requirement == Requirement::Legal;
        if answer.is_some() {
            s.answered += 1;
        }
        if legal && answer != Some(Answer::NotRelevant) {
            s.legal += 1;
        }
        match answer {
            Some(Answer::NotRelevant) => s.not_relevant += 1,
            Some(Answer::Yes) => s.yes += 1,
            Some(a @ (Answer::Partly | Answer::No)) => {
                if a == Answer::Partly {
                    s.partly += 1;
                } else {
                    s.no += 1;
                }
                if legal {
                    s.legal_unmet += 1;
                } else {
                    s.practice_unmet += 1;
                }
            }
            Some(Answer::DontKnow) | None => {
                if answer.is_some() {
                    s.dont_know += 1;
                }
                if legal {
                    s.legal_unchecked += 1;
                }
            }
        }
    }
    s.status = if s.answered == 0 {
        Status::NotAssessed
    } else if s.applicable() == 0 {
        Status::NotApplicable
    } else if s.legal_unmet > 0 {
        Status::LikelyBreach
    } else if s.too_little_known() || s.legal_unchecked > 0 {
        Status::Provisional
    } else if s.practice_unmet > 0 {
        Status::ImprovementPoints
    } else {
        Status::WellCovered
    };
    s
}
