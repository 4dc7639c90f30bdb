//! Results, report and the scoring method page.

use super::{Lang, L};
use crate::model::scoring::Status;

pub fn status(lang: Lang, s: Status) -> &'static str {
    let l = match s {
        Status::NotAssessed => &L { nb: "Ikke vurdert", nn: "Ikkje vurdert", en: "Not assessed" },
        Status::LikelyBreach => &L { nb: "Trolig lovbrudd", nn: "Truleg lovbrot", en: "Likely breach of law" },
        Status::ImprovementPoints => &L { nb: "Forbedringspunkter", nn: "Forbetringspunkt", en: "Improvement points" },
        Status::WellCovered => &L { nb: "Godt ivaretatt", nn: "Godt teke vare på", en: "Well covered" },
    };
    l.get(lang)
}

pub fn based_on(lang: Lang, answered: usize, total: usize) -> String {
    match lang {
        Lang::Nb => format!("basert på {answered} av {total} spørsmål"),
        Lang::Nn => format!("basert på {answered} av {total} spørsmål"),
        Lang::En => format!("based on {answered} of {total} questions"),
    }
}

pub fn national_share(lang: Lang, pct: u8) -> String {
    match lang {
        Lang::Nb => format!("ca. {pct} % av kommunene hadde svikt i 2004"),
        Lang::Nn => format!("ca. {pct} % av kommunane hadde svikt i 2004"),
        Lang::En => format!("approx. {pct} % of municipalities had failures in 2004"),
    }
}

pub const RESULTS_TITLE: L = L { nb: "Resultat", nn: "Resultat", en: "Results" };
pub const RESULTS_LEAD: L = L {
    nb: "Beredskap per tema fra 0 til 100, med status i tilsynets språk. Dette er kommunens egen vurdering, ikke en konklusjon fra tilsynsmyndigheten.",
    nn: "Beredskap per tema frå 0 til 100, med status i språket til tilsynet. Dette er kommunen si eiga vurdering, ikkje ein konklusjon frå tilsynsstyresmakta.",
    en: "Readiness per theme from 0 to 100, with a status in the audit's language. This is the municipality's own assessment, not a conclusion by the supervisory authority.",
};
pub const BY_THEME: L = L { nb: "Per tema", nn: "Per tema", en: "By theme" };
pub const BY_AREA: L = L { nb: "Per problemområde (2007)", nn: "Per problemområde (2007)", en: "By problem area (2007)" };
pub const BY_AREA_LEAD: L = L {
    nb: "De samme svarene sett gjennom de fem problemområdene i Helsetilsynets oppsummering fra 2007. Et spørsmål kan telle i flere områder.",
    nn: "Dei same svara sett gjennom dei fem problemområda i oppsummeringa til Helsetilsynet frå 2007. Eit spørsmål kan telje i fleire område.",
    en: "The same answers seen through the five problem areas of Helsetilsynet's 2007 summary. A question may count in several areas.",
};
pub const COL_THEME: L = L { nb: "Tema", nn: "Tema", en: "Theme" };
pub const COL_AREA: L = L { nb: "Problemområde", nn: "Problemområde", en: "Problem area" };
pub const COL_READINESS: L = L { nb: "Beredskap", nn: "Beredskap", en: "Readiness" };
pub const COL_COVERAGE: L = L { nb: "Besvart", nn: "Svart på", en: "Answered" };
pub const COL_STATUS: L = L { nb: "Status", nn: "Status", en: "Status" };
pub const NATIONAL_LEGEND: L = L { nb: "Andel av kommunene med svikt i 2004", nn: "Del av kommunane med svikt i 2004", en: "Share of municipalities with failures in 2004" };
pub const COL_NATIONAL: L = L { nb: "Nasjonalt funn 2004", nn: "Nasjonalt funn 2004", en: "National finding 2004" };
pub const CHART_BARS: L = L { nb: "Beredskap per tema (stolpediagram)", nn: "Beredskap per tema (stolpediagram)", en: "Readiness per theme (bar chart)" };
pub const CHART_RADAR: L = L { nb: "Beredskap per tema (radardiagram)", nn: "Beredskap per tema (radardiagram)", en: "Readiness per theme (radar chart)" };
pub const CHART_AREAS: L = L { nb: "Beredskap per problemområde (stolpediagram)", nn: "Beredskap per problemområde (stolpediagram)", en: "Readiness per problem area (bar chart)" };
pub const CHART_TABLE_NOTE: L = L { nb: "Tabellen under viser de samme tallene.", nn: "Tabellen under viser dei same tala.", en: "The table below shows the same figures." };
pub const NO_SCORE: L = L { nb: "ingen poeng ennå", nn: "ingen poeng enno", en: "no score yet" };
pub const ACTION_PLAN: L = L { nb: "Handlingsplan", nn: "Handlingsplan", en: "Action plan" };
pub const ACTION_PLAN_LEAD: L = L {
    nb: "Alle svar som ikke er «Ja», lovkrav først. Skriv tiltak, ansvarlig og frist på spørsmålssiden.",
    nn: "Alle svar som ikkje er «Ja», lovkrav først. Skriv tiltak, ansvarleg og frist på spørsmålssida.",
    en: "Every answer that is not \"Yes\", legal requirements first. Enter action, owner and deadline on the question page.",
};
pub const NO_GAPS: L = L { nb: "Ingen mangler er registrert.", nn: "Ingen manglar er registrerte.", en: "No gaps recorded." };
pub const DOWNLOAD_CSV: L = L { nb: "Last ned handlingsplanen (CSV for regneark)", nn: "Last ned handlingsplanen (CSV for rekneark)", en: "Download the action plan (CSV for spreadsheets)" };
pub const OPEN_REPORT: L = L { nb: "Åpne rapporten for utskrift", nn: "Opne rapporten for utskrift", en: "Open the printable report" };
pub const REPORT_TITLE: L = L { nb: "Rapport fra egenvurderingen", nn: "Rapport frå eigenvurderinga", en: "Self-assessment report" };
pub const PRINT: L = L { nb: "Skriv ut eller lagre som PDF", nn: "Skriv ut eller lagre som PDF", en: "Print or save as PDF" };
pub const REPORT_ANSWERS: L = L { nb: "Alle svar", nn: "Alle svar", en: "All answers" };
pub const REPORT_META_UNIT: L = L { nb: "Enhet eller tjeneste", nn: "Eining eller teneste", en: "Unit or service" };
pub const REPORT_META_DATE: L = L { nb: "Dato", nn: "Dato", en: "Date" };
pub const REPORT_META_PEOPLE: L = L { nb: "Deltakere", nn: "Deltakarar", en: "Participants" };
pub const REPORT_DISCLAIMER: L = L {
    nb: "Egenvurdering etter spørsmålene i Helsetilsynets landsomfattende tilsyn 2004. Poeng og status er verktøyets egne og er ikke en vurdering fra tilsynsmyndigheten.",
    nn: "Eigenvurdering etter spørsmåla i det landsomfattande tilsynet til Helsetilsynet 2004. Poeng og status er verktøyet sine eigne og er ikkje ei vurdering frå tilsynsstyresmakta.",
    en: "Self-assessment using the questions of Helsetilsynet's 2004 nationwide audit. Scores and status are the tool's own and are not an assessment by the supervisory authority.",
};

// Method page
pub const METHOD_TITLE: L = L { nb: "Slik regnes resultatet", nn: "Slik blir resultatet rekna", en: "How the score works" };
pub const METHOD_POINTS: [L; 6] = [
    L { nb: "«Ja» gir fullt, «Delvis» gir halvt, «Nei» og «Vet ikke» gir null poeng.", nn: "«Ja» gjev fullt, «Delvis» gjev halvt, «Nei» og «Veit ikkje» gjev null poeng.", en: "\"Yes\" scores full, \"Partly\" half, \"No\" and \"Don't know\" zero." },
    L { nb: "«Ikke relevant» og ubesvarte spørsmål telles ikke med i nevneren. Hvor mange som er besvart, vises ved siden av: «basert på 9 av 12 spørsmål».", nn: "«Ikkje relevant» og spørsmål utan svar blir ikkje tekne med i nemnaren. Kor mange som er svart på, blir vist ved sida av: «basert på 9 av 12 spørsmål».", en: "\"Not relevant\" and unanswered questions are left out of the denominator. How many were answered is shown beside the score: \"based on 9 of 12 questions\"." },
    L { nb: "Beredskap = poeng delt på antall spørsmål som teller, som prosent, avrundet til nærmeste hele tall.", nn: "Beredskap = poeng delt på talet på spørsmål som tel, som prosent, avrunda til næraste heile tal.", en: "Readiness = points divided by the number of questions that count, as a percentage, rounded to the nearest whole number." },
    L { nb: "Trolig lovbrudd: minst ett lovkrav er besvart «Nei» eller «Vet ikke». Å ikke vite om et lovkrav er oppfylt, er i seg selv en svikt i internkontrollen.", nn: "Truleg lovbrot: minst eitt lovkrav er svart «Nei» eller «Veit ikkje». Å ikkje vite om eit lovkrav er oppfylt, er i seg sjølv ein svikt i internkontrollen.", en: "Likely breach of law: at least one legal requirement is answered \"No\" or \"Don't know\". Not knowing whether a legal requirement is met is itself a failure of internal control." },
    L { nb: "Forbedringspunkter: ingen lovkrav med «Nei» eller «Vet ikke», men minst ett «Delvis», eller et nei for god praksis.", nn: "Forbetringspunkt: ingen lovkrav med «Nei» eller «Veit ikkje», men minst eitt «Delvis», eller eit nei for god praksis.", en: "Improvement points: no legal requirement with \"No\" or \"Don't know\", but at least one \"Partly\", or a no on good practice." },
    L { nb: "Godt ivaretatt: alle besvarte spørsmål er «Ja» eller «Ikke relevant». Helsetilsynet bruker ikke poeng; tallene er verktøyets egne hjelpemidler.", nn: "Godt teke vare på: alle spørsmål med svar er «Ja» eller «Ikkje relevant». Helsetilsynet brukar ikkje poeng; tala er hjelpemiddel i verktøyet.", en: "Well covered: every answered question is \"Yes\" or \"Not relevant\". Helsetilsynet does not use points; the figures are the tool's own aid." },
];
pub const METHOD_NATIONAL: L = L {
    nb: "Nasjonalt funn 2004 er andelen av de 58 kommunene der fylkesmennene fant svikt på temaet. Det er et annet mål enn beredskapen og vises bare til sammenligning.",
    nn: "Nasjonalt funn 2004 er delen av dei 58 kommunane der fylkesmennene fann svikt på temaet. Det er eit anna mål enn beredskapen og blir berre vist til samanlikning.",
    en: "The national 2004 finding is the share of the 58 municipalities where the county governors found failures on the theme. It is a different measure from readiness and is shown only for comparison.",
};

