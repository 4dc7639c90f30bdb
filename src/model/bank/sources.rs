//! Where the questions come from. Citations keep the documents' own (Norwegian) titles, as a reference list would.

/// A source document behind a question or a national finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// shared/seeds/000: Tilsynsmelding 2004 article on the 2004 audit in 58 municipalities.
    Seed2004,
    /// shared/seeds/003: Helsetilsynet's 2007 summary with the five problem areas.
    Seed2007,
    /// Rapport fra Helsetilsynet 4/2005, the full summary of the 2004 audit.
    Report2005,
    /// Veileder for landsomfattende tilsyn 2004: the auditors' guide (areas 1A–2B).
    Guide2004,
    /// County-governor reports 2007–2011 that reuse the 2004 template.
    CountyReports,
    /// Rundskriv U-5/2003 on temporary accommodation.
    CircularU5,
    /// Rundskriv Hovednummer 35 (R35) to sosialtjenesteloven 2009.
    CircularR35,
    /// Ot.prp. nr. 78 (1997–98) on the follow-up duty in § 6-1.
    Bill1998,
    /// Forvaltningsloven 1967 and its regulation.
    AdminAct,
    /// Sivilombudet's statement on temporary accommodation under § 4-5.
    Ombud,
    /// Helsedirektoratet: pakkeforløp for psykisk helse og rus, and samarbeidsavtaler (hol §§ 6-1, 6-2).
    HealthDirectorate,
    /// Helsetilsynet's nationwide audit 2017–2018 of municipal services to adults with both substance-use problems
    /// and mental disorders, summarised in a Rapport fra Helsetilsynet of 2019 (English summary «Lack of
    /// coordination»). The report's number was not found; the citation does not invent one.
    Audit2018,
    /// Riksrevisjonen, Dokument 3:5 (2024–2025), and Innst. 215 S (2024–2025), debated in the Storting 29.04.2025.
    AuditorGeneral2025,
    /// Today's text of the laws and regulations (checked on bank::LAW_CHECKED; docs/law-check-themes-3-4.md).
    CurrentLaw,
    /// Helsetilsynet's nationwide audit 2024–2025 of the Nav offices' duty to give financial counselling under
    /// sosialtjenesteloven § 17 (Internserien 2024 and the county governors' reports, e.g. Balsfjord and Kongsberg 2025).
    NavAudit2025,
    /// Sivilombudet's statement of 20.10.2025 on excluding a resident from temporary accommodation (sotjl. § 27).
    Ombud2025,
}

impl Source {
    pub const ALL: [Source; 16] = [
        Source::Seed2004,
        Source::Seed2007,
        Source::Report2005,
        Source::Guide2004,
        Source::CountyReports,
        Source::CircularU5,
        Source::CircularR35,
        Source::Bill1998,
        Source::AdminAct,
        Source::Ombud,
        Source::HealthDirectorate,
        Source::Audit2018,
        Source::AuditorGeneral2025,
        Source::CurrentLaw,
        Source::NavAudit2025,
        Source::Ombud2025,
    ];

    /// Short key shown in lists, e.g. "[S1]".
    pub fn key(self) -> &'static str {
        match self {
            Source::Seed2004 => "S1",
            Source::Seed2007 => "S2",
            Source::Report2005 => "H1",
            Source::Guide2004 => "H2",
            Source::CountyReports => "F",
            Source::CircularU5 => "R1",
            Source::CircularR35 => "R2",
            Source::Bill1998 => "P",
            Source::AdminAct => "L",
            Source::Ombud => "O",
            Source::HealthDirectorate => "D",
            Source::Audit2018 => "H3",
            Source::AuditorGeneral2025 => "RR",
            Source::CurrentLaw => "LD",
            Source::NavAudit2025 => "H4",
            Source::Ombud2025 => "O2",
        }
    }

    pub fn citation(self) -> &'static str {
        match self {
            Source::Seed2004 => "Statens helsetilsyn: «Svikt i tildeling av sosiale tjenester til rusmiddelmisbrukere», Tilsynsmelding 2004.",
            Source::Seed2007 => "Statens helsetilsyn: Tjenestetilbudet til rusmiddelmisbrukere. Oppsummering og vurdering av funn og erfaringer fra tilsynsaktiviteter i 2004–2006. Brev til Helse- og omsorgsdepartementet, 17.12.2007.",
            Source::Report2005 => "Rapport fra Helsetilsynet 4/2005: Oppsummering av landsomfattende tilsyn i 2004 med kommunale sosialtjenester til rusmiddelmisbrukere.",
            Source::Guide2004 => "Statens helsetilsyn: Veileder for landsomfattende tilsyn 2004 – Tjenestetilbudet til rusmiddelmisbrukere etter sosialtjenesteloven kapittel 4 og 6.",
            Source::CountyReports => "Fylkesmennenes tilsynsrapporter 2007–2011 etter malen fra 2004 (bl.a. Asker, Rælingen og Nes 2009, Målselv 2008, Tvedestrand 2011).",
            Source::CircularU5 => "Rundskriv U-5/2003: Midlertidig husvære – kvalitetskrav (sosialtjenesteloven § 4-5).",
            Source::CircularR35 => "Rundskriv Hovednummer 35 til lov om sosiale tjenester i Nav, pkt. 4.27.1–4.27.2.",
            Source::Bill1998 => "Ot.prp. nr. 78 (1997–98) om endringer i sosialtjenesteloven (oppfølging ved institusjonsopphold).",
            Source::AdminAct => "Forvaltningsloven 1967 §§ 2, 11, 17, 23–25, 27–28 og forvaltningslovforskriften kap. 2.",
            Source::Ombud => "Sivilombudet: Retten til midlertidig husvære etter sosialtjenesteloven (§ 4-5 og § 10-1).",
            Source::HealthDirectorate => "Helsedirektoratet: pakkeforløp (nå pasientforløp) for psykisk helse og rus; nasjonal faglig retningslinje for personer med samtidig ruslidelse og psykisk lidelse (ROP-retningslinjen); veiledere om samarbeidsavtaler mellom kommuner og helseforetak og om rehabilitering, habilitering, individuell plan og koordinator. Faglige anbefalinger, ikke lov.",
            Source::Audit2018 => "Statens helsetilsyn: Rapport fra Helsetilsynet (2019) som oppsummerer det landsomfattende tilsynet 2017–2018 med kommunale tjenester til personer med samtidig rusmiddelproblem og psykisk lidelse; engelsk sammendrag «Lack of coordination» (helsetilsynet.no); nyhetssak 2019 «Mye å forbedre i tjenestetilbudet til personer med samtidig psykisk lidelse og ruslidelse».",
            Source::AuditorGeneral2025 => "Riksrevisjonen: Dokument 3:5 (2024–2025) Riksrevisjonens undersøkelse av helse- og velferdstjenester til personer med samtidige rusmiddellidelser og psykiske lidelser; Innst. 215 S (2024–2025) fra kontroll- og konstitusjonskomiteen, behandlet i Stortinget 29. april 2025.",
            Source::CurrentLaw => "Gjeldende lover og forskrifter (sosialtjenesteloven, boligsosialloven, helse- og omsorgstjenesteloven, pasient- og brukerrettighetsloven, forvaltningsloven 1967, kommuneloven, forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten), kontrollert 1. desember 2026 mot lovtekst og offentlige kilder (Statsforvalteren, Helsedirektoratet, regjeringen.no, Stortinget); se docs/law-check-themes-3-4.md.",
            Source::Ombud2025 => "Sivilombudet: Forvaltningsrettslige krav ved utestengelse fra privat botilbud (sosialtjenesteloven § 27), uttalelse 20.10.2025.",
            Source::NavAudit2025 => "Statens helsetilsyn: Nav-kontorenes ansvar for tjenesten økonomisk rådgivning til personer i en vanskelig økonomisk situasjon (Internserien 2024), og statsforvalternes tilsynsrapporter 2025 (bl.a. Balsfjord og Kongsberg).",
        }
    }

    /// The seed file in shared/seeds, for the two documents the product is built from.
    pub fn seed_file(self) -> Option<&'static str> {
        match self {
            Source::Seed2004 => Some("seeds/000_67f97cbe7b403ba8.txt"),
            Source::Seed2007 => Some("seeds/003_69552564f7527959.txt"),
            _ => None,
        }
    }
}
