//! The question bank: the four themes of Helsetilsynet's 2004 audit, their sub-areas and questions, each with
//! its sources and legal basis. The data lives in one file per theme; this file holds the types and look-ups.

pub mod check;
pub mod laws;
pub mod retired;
mod sources;
mod theme1;
mod theme2;
mod theme3;
mod theme4;

use serde::{Deserialize, Serialize};

use super::lang::L;
pub use sources::Source;

/// Bumped whenever a question is added, removed or changes meaning; saved with every assessment.
pub const BANK_VERSION: u32 = 2;

/// The day every legal citation in the bank was last checked against current sources (docs/content.md).
pub const LAW_CHECKED: &str = "2026-12-01";

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
            CrossArea::Accessibility => &l! { nb: "Tilgjengelighet", nn: "Tilgjenge", en: "Accessibility" },
            CrossArea::Content => &l! { nb: "Innhold", nn: "Innhald", en: "Content" },
            CrossArea::Requirements => &l! { nb: "Myndighetskrav", nn: "Myndigheitskrav", en: "Statutory requirements" },
            CrossArea::Coherence => &l! { nb: "Helhet og sammenheng", nn: "Heilskap og samanheng", en: "Coherence and continuity" },
            CrossArea::Knowledge => &l! { nb: "Kunnskap", nn: "Kunnskap", en: "Knowledge" },
        }
    }

    /// What the 2007 summary meant by the area, in our words.
    pub fn description(self) -> &'static L {
        match self {
            CrossArea::Accessibility => &l! {
                nb: "Kapasitet, åpningstid og om tjenestene faktisk er tilpasset og tilbys personer med rusmiddelproblemer.",
                nn: "Kapasitet, opningstid og om tenestene faktisk er tilpassa og blir tilbodne personar med rusmiddelproblem.",
                en: "Capacity, opening hours and whether services are actually adapted to and offered to people with substance-use problems.",
            },
            CrossArea::Content => &l! {
                nb: "Kompetanse, kvalitet og om faglige retningslinjer følges.",
                nn: "Kompetanse, kvalitet og om faglege retningsliner blir følgde.",
                en: "Competence, quality and whether professional guidelines are followed.",
            },
            CrossArea::Requirements => &l! {
                nb: "Om lovkrav etterleves: vedtak, begrunnelse, klagerett og rettssikkerhet.",
                nn: "Om lovkrav blir etterlevde: vedtak, grunngiving, klagerett og rettstryggleik.",
                en: "Whether statutory requirements are met: decisions, reasons, right of appeal and legal safeguards.",
            },
            CrossArea::Coherence => &l! {
                nb: "Samordning innad i kommunen og med helsetjenesten, særlig ved overganger.",
                nn: "Samordning internt i kommunen og med helsetenesta, særleg ved overgangar.",
                en: "Coordination within the municipality and with health services, especially at transitions.",
            },
            CrossArea::Knowledge => &l! {
                nb: "Oversikt, registrering og systemer for læring og forbedring.",
                nn: "Oversikt, registrering og system for læring og forbetring.",
                en: "Overview, records and systems for learning and improvement.",
            },
        }
    }
}

/// Whether a "Delvis" or "Nei" points to a likely breach of law (lovbrudd) or to an area for improvement.
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

/// Who holds the duty today. In 2004 one social service held all of it; since 2010/2012 Nav runs the social
/// services act and the municipal health and care service runs praktisk bistand, støttekontakt and institutions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DutyHolder {
    /// The municipality's part of the Nav office: sosialtjenesteloven (2009).
    Nav,
    /// The municipal health and care service: helse- og omsorgstjenesteloven, pasient- og brukerrettighetsloven.
    HealthCare,
    /// The municipality as a whole: e.g. boligsosialloven, kommuneloven.
    Municipality,
}

impl DutyHolder {
    pub const ALL: [DutyHolder; 3] = [DutyHolder::Nav, DutyHolder::HealthCare, DutyHolder::Municipality];

    pub fn name(self) -> &'static L {
        match self {
            DutyHolder::Nav => &l! { nb: "Nav (sosiale tjenester)", nn: "Nav (sosiale tenester)", en: "Nav (social services)" },
            DutyHolder::HealthCare => &l! {
                nb: "Kommunens helse- og omsorgstjeneste",
                nn: "Helse- og omsorgstenesta i kommunen",
                en: "The municipal health and care service",
            },
            DutyHolder::Municipality => &l! { nb: "Kommunen som helhet", nn: "Kommunen samla", en: "The municipality as a whole" },
        }
    }

    /// Stable token for CSS classes, CSV and tests.
    pub fn token(self) -> &'static str {
        match self {
            DutyHolder::Nav => "nav",
            DutyHolder::HealthCare => "health-care",
            DutyHolder::Municipality => "municipality",
        }
    }
}

/// The rule the 2004 audit checked and the rules that apply today.
#[derive(Debug, PartialEq, Eq)]
pub struct LegalBasis {
    /// As the 2004 audit cited it (sosialtjenesteloven 1991, forvaltningsloven 1967): history, never today's law.
    pub then: &'static str,
    /// Provisions in force that impose this duty today, one full citation each, starting with a law's short name
    /// from `laws::LAWS` ("sotjl. § 27"). Required for a legal requirement; empty for good practice.
    pub today: &'static [&'static str],
    /// For good practice: the duty in force that this practice helps meet. Not itself a requirement.
    pub supports: &'static [&'static str],
    /// Non-binding guidance (circulars, national guidelines, pasientforløp): good practice, shown as such.
    pub guidance: &'static [&'static str],
    pub certainty: Certainty,
}

/// What an auditor would need to see for each answer: this turns a self-opinion into a self-audit.
#[derive(Debug, PartialEq, Eq)]
pub struct Criteria {
    /// What must be in place to answer "Ja".
    pub yes: L,
    /// What makes it "Delvis" rather than "Ja" or "Nei".
    pub partly: L,
    /// The documents or evidence an auditor would ask for.
    pub evidence: L,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id, saved with answers: never reuse or renumber one.
    pub id: &'static str,
    pub text: L,
    /// Why the question is asked: what the audit found.
    pub help: L,
    pub criteria: Criteria,
    pub requirement: Requirement,
    /// Who holds the duty today; two when the question truly spans both services.
    pub duty: &'static [DutyHolder],
    pub basis: LegalBasis,
    pub sources: &'static [Source],
    pub areas: &'static [CrossArea],
}

#[derive(Debug, PartialEq, Eq)]
pub struct SubArea {
    pub title: L,
    pub questions: &'static [Question],
}

/// The national 2004 finding for a theme, in the seed's own words: no figure more precise than the source.
#[derive(Debug, PartialEq, Eq)]
pub struct NationalFinding {
    /// The bokmål text is quoted word for word from the seed (tests/bank.rs checks it); nn and en translate it.
    pub summary: L,
    pub source: Source,
}

/// A later national finding on the same ground, as dated context: never mixed with the 2004 figures.
#[derive(Debug, PartialEq, Eq)]
pub struct LaterFinding {
    /// The year(s) of the audit or review, e.g. "2017–2018".
    pub period: &'static str,
    pub summary: L,
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
    pub later: &'static [LaterFinding],
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
