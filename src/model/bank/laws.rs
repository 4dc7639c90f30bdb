//! The laws and regulations the bank cites as today's law, and the provisions it must never offer as today's
//! basis. Citations in `LegalBasis::today` and `supports` start with a `short` name from `LAWS`; tests/bank.rs
//! checks that, and that no citation names anything in `NOT_TODAY`. Checked against current sources on
//! `bank::LAW_CHECKED` (docs/content.md lists what was checked where).

use crate::model::lang::L;

/// A law or regulation in force.
#[derive(Debug, PartialEq, Eq)]
pub struct Law {
    /// How citations start: "sotjl." in "sotjl. § 27".
    pub short: &'static str,
    /// The usual Norwegian name (always Norwegian, marked lang="nb" in the page).
    pub name: &'static str,
    /// The official Norwegian title.
    pub title: &'static str,
    /// An explanation for readers of each language: the English gloss, and the title again in nb/nn.
    pub gloss: L,
}

pub static LAWS: &[Law] = &[
    Law {
        short: "sotjl.",
        name: "sosialtjenesteloven",
        title: "lov om sosiale tjenester i arbeids- og velferdsforvaltningen (2009)",
        gloss: l! {
            nb: "lov om sosiale tjenester i arbeids- og velferdsforvaltningen (2009), forvaltes av Nav-kontoret",
            nn: "lov om sosiale tjenester i arbeids- og velferdsforvaltningen (2009), som Nav-kontoret forvaltar",
            en: "Social Services Act (2009), applied by the Nav office",
        },
    },
    Law {
        short: "hol.",
        name: "helse- og omsorgstjenesteloven",
        title: "lov om kommunale helse- og omsorgstjenester m.m. (2011)",
        gloss: l! {
            nb: "lov om kommunale helse- og omsorgstjenester m.m. (2011)",
            nn: "lov om kommunale helse- og omsorgstjenester m.m. (2011)",
            en: "Municipal Health and Care Services Act (2011)",
        },
    },
    Law {
        short: "pbrl.",
        name: "pasient- og brukerrettighetsloven",
        title: "lov om pasient- og brukerrettigheter (1999)",
        gloss: l! {
            nb: "lov om pasient- og brukerrettigheter (1999)",
            nn: "lov om pasient- og brukerrettigheter (1999)",
            en: "Patients' and Users' Rights Act (1999)",
        },
    },
    Law {
        short: "boligsosialloven",
        name: "boligsosialloven",
        title: "lov om kommunenes ansvar på det boligsosiale feltet (2022)",
        gloss: l! {
            nb: "lov om kommunenes ansvar på det boligsosiale feltet (2022), i kraft 1. juli 2023",
            nn: "lov om kommunenes ansvar på det boligsosiale feltet (2022), i kraft 1. juli 2023",
            en: "Act on the Municipalities' Responsibility for Social Housing (2022), in force 1 July 2023",
        },
    },
    Law {
        short: "fvl.",
        name: "forvaltningsloven",
        title: "lov om behandlingsmåten i forvaltningssaker (1967)",
        gloss: l! {
            nb: "lov om behandlingsmåten i forvaltningssaker (1967)",
            nn: "lov om behandlingsmåten i forvaltningssaker (1967)",
            en: "Public Administration Act (1967)",
        },
    },
    Law {
        short: "koml.",
        name: "kommuneloven",
        title: "lov om kommuner og fylkeskommuner (2018)",
        gloss: l! {
            nb: "lov om kommuner og fylkeskommuner (2018)",
            nn: "lov om kommuner og fylkeskommuner (2018)",
            en: "Local Government Act (2018)",
        },
    },
    Law {
        short: "ledelsesforskriften",
        name: "ledelsesforskriften",
        title: "forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten (2016)",
        gloss: l! {
            nb: "forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten; gjelder helse- og omsorgstjenesten, ikke Nav",
            nn: "forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten; gjeld helse- og omsorgstenesta, ikkje Nav",
            en: "Regulation on Management and Quality Improvement in the Health and Care Services; applies to health and care, not to Nav",
        },
    },
    Law {
        short: "koordinatorforskriften",
        name: "forskrift om habilitering, rehabilitering og koordinator",
        title: "forskrift om habilitering, rehabilitering og koordinator",
        gloss: l! {
            nb: "forskrift om habilitering, rehabilitering og koordinator",
            nn: "forskrift om habilitering, rehabilitering og koordinator",
            en: "Regulation on Habilitation, Rehabilitation and Coordinators",
        },
    },
];

/// Provisions repealed or only historical: never today's basis. Each entry is matched as a substring of a citation.
pub static NOT_TODAY: &[(&str, &str)] = &[
    ("hol. § 3-7", "repealed 1 July 2023; the duty moved to boligsosialloven § 6"),
    ("helse- og omsorgstjenesteloven § 3-7", "repealed 1 July 2023; the duty moved to boligsosialloven § 6"),
    ("1991", "sosialtjenesteloven 1991 was repealed in 2010 (Nav part) and 2012 (health and care part)"),
    ("U-5/2003", "a circular to the repealed 1991 act"),
    ("internkontrollforskrift", "the 2002 internal-control regulation was replaced in 2017"),
    ("pakkeforløp", "guidance, not law"),
    ("pasientforløp", "guidance, not law"),
    ("retningslinje", "guidance, not law"),
    ("rundskriv", "guidance, not law"),
    ("veileder", "guidance, not law"),
];

pub fn law_of(citation: &str) -> Option<&'static Law> {
    LAWS.iter().find(|l| citation.starts_with(l.short) && citation[l.short.len()..].starts_with(' '))
}
