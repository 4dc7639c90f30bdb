//! The question bank: the four themes of Helsetilsynet's 2004 audit, their sub-areas and questions, each with
//! its sources and legal basis. The data lives in one file per theme; this file holds the types and look-ups.

pub mod check;
mod sources;
mod theme1;
mod theme2;
mod theme3;
mod theme4;

use serde::{Deserialize, Serialize};

use super::lang::L;
pub use sources::Source;

/// Bumped whenever a question is added, removed or changes meaning; saved with every assessment.
pub const BANK_VERSION: u32 = 1;

/// The four themes, in the audit's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ThemeId {
    Guidance,
    Support,
    Housing,
    FollowUp,
}

impl ThemeId {
    pub const ALL: [ThemeId; 4] = [ThemeId::Guidance, ThemeId::Support, ThemeId::Housing, ThemeId::FollowUp];

    /// 1-based number as the audit counts them; also the number in routes.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_number(n: u8) -> Option<ThemeId> {
        ThemeId::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }
}

/// The five problem areas of Helsetilsynet's 2007 summary (seed 003), used as a second view of the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CrossArea {
    Accessibility,
    Content,
    Requirements,
    Coherence,
    Knowledge,
}

impl CrossArea {
    pub const ALL: [CrossArea; 5] =
        [CrossArea::Accessibility, CrossArea::Content, CrossArea::Requirements, CrossArea::Coherence, CrossArea::Knowledge];

    pub fn name(self) -> &'static L {
        match self {
            CrossArea::Accessibility => &L { nb: "Tilgjengelighet", nn: "Tilgjenge", en: "Accessibility" },
            CrossArea::Content => &L { nb: "Innhold", nn: "Innhald", en: "Content" },
            CrossArea::Requirements => &L { nb: "Myndighetskrav", nn: "Styresmaktskrav", en: "Statutory requirements" },
            CrossArea::Coherence => &L { nb: "Helhet og sammenheng", nn: "Heilskap og samanheng", en: "Coherence and continuity" },
            CrossArea::Knowledge => &L { nb: "Kunnskap", nn: "Kunnskap", en: "Knowledge" },
        }
    }

    /// What the 2007 summary meant by the area, in our words.
    pub fn description(self) -> &'static L {
        match self {
            CrossArea::Accessibility => &L {
                nb: "Kapasitet, åpningstid og om tjenestene faktisk er tilpasset og tilbys personer med rusmiddelproblemer.",
                nn: "Kapasitet, opningstid og om tenestene faktisk er tilpassa og blir tilbodne personar med rusmiddelproblem.",
                en: "Capacity, opening hours and whether services are actually adapted to and offered to people with substance-use problems.",
            },
            CrossArea::Content => &L {
                nb: "Kompetanse, kvalitet og om faglige retningslinjer følges.",
                nn: "Kompetanse, kvalitet og om faglege retningsliner blir følgde.",
                en: "Competence, quality and whether professional guidelines are followed.",
            },
            CrossArea::Requirements => &L {
                nb: "Om lovkrav etterleves: vedtak, begrunnelse, klagerett og rettssikkerhet.",
                nn: "Om lovkrav blir etterlevde: vedtak, grunngiving, klagerett og rettstryggleik.",
                en: "Whether statutory requirements are met: decisions, reasons, right of appeal and legal safeguards.",
            },
            CrossArea::Coherence => &L {
                nb: "Samordning innad i kommunen og med helsetjenesten, særlig ved overganger.",
                nn: "Samordning internt i kommunen og med helsetenesta, særleg ved overgangar.",
                en: "Coordination within the municipality and with health services, especially at transitions.",
            },
            CrossArea::Knowledge => &L {
                nb: "Oversikt, registrering og systemer for læring og forbedring.",
                nn: "Oversikt, registrering og system for læring og forbetring.",
                en: "Overview, records and systems for learning and improvement.",
            },
        }
    }
}

/// Whether a "no" points to a likely breach of law (lovbrudd) or to an improvement point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Requirement {
    Legal,
    GoodPractice,
}

/// How sure the research is of today's legal basis (see docs/content.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// Confirmed in a cited source.
    Verified,
    /// The closest basis we found; shown with an "indicative" mark and to be checked on Lovdata.
    Indicative,
}

/// The rule the 2004 audit checked and the nearest rule today.
#[derive(Debug, PartialEq, Eq)]
pub struct LegalBasis {
    /// As the 2004 audit cited it (sosialtjenesteloven 1991, forvaltningsloven 1967).
    pub then: &'static str,
    /// Today's basis in force, or the closest equivalent.
    pub today: &'static str,
    pub certainty: Certainty,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id, saved with answers: never reuse or renumber one.
    pub id: &'static str,
    pub text: L,
    /// What the auditor looks for and what to document.
    pub help: L,
    pub requirement: Requirement,
    pub basis: LegalBasis,
    pub sources: &'static [Source],
    pub areas: &'static [CrossArea],
}

#[derive(Debug, PartialEq, Eq)]
pub struct SubArea {
    pub title: L,
    pub questions: &'static [Question],
}

/// The national 2004 finding for a theme, for comparison beside the municipality's own result.
#[derive(Debug, PartialEq, Eq)]
pub struct NationalFinding {
    /// In the audit's words ("about a quarter of the 58 municipalities").
    pub summary: L,
    /// The share as a whole percent, for the charts: our arithmetic from the audit's wording.
    pub percent_with_failures: u8,
    pub source: Source,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Theme {
    pub id: ThemeId,
    pub title: L,
    /// A few words for chart labels.
    pub short: L,
    pub intro: L,
    pub national: NationalFinding,
    pub areas: &'static [SubArea],
}

impl Theme {
    pub fn questions(&self) -> impl Iterator<Item = &'static Question> + Clone {
        self.areas.iter().flat_map(|a| a.questions.iter())
    }

    pub fn question_count(&self) -> usize {
        self.areas.iter().map(|a| a.questions.len()).sum()
    }

    /// The question at a 1-based position, as in routes.
    pub fn question_at(&self, n: usize) -> Option<&'static Question> {
        self.questions().nth(n.checked_sub(1)?)
    }

    pub fn position_of(&self, id: &str) -> Option<usize> {
        self.questions().position(|q| q.id == id).map(|i| i + 1)
    }

    pub fn sub_area_of(&self, id: &str) -> Option<&'static SubArea> {
        self.areas.iter().find(|a| a.questions.iter().any(|q| q.id == id))
    }
}

static THEMES: [&Theme; 4] = [&theme1::THEME, &theme2::THEME, &theme3::THEME, &theme4::THEME];

pub fn themes() -> &'static [&'static Theme; 4] {
    &THEMES
}

pub fn theme(id: ThemeId) -> &'static Theme {
    THEMES[id as usize]
}

pub fn all_questions() -> impl Iterator<Item = &'static Question> + Clone {
    THEMES.iter().flat_map(|t| t.questions())
}

pub fn question(id: &str) -> Option<&'static Question> {
    all_questions().find(|q| q.id == id)
}

pub fn theme_of(question_id: &str) -> Option<&'static Theme> {
    THEMES.iter().copied().find(|t| t.questions().any(|q| q.id == question_id))
}
