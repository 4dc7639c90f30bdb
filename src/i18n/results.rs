//! Results page, the shared score table and charts, and the method page. The report's own strings are in
//! i18n::report.

use super::{Lang, L};
use crate::model::bank::DutyHolder;
use crate::model::scoring::{Reason, Score, Status};

pub fn status(lang: Lang, s: Status) -> &'static str {
    let l = match s {
        Status::NotAssessed => &l! { nb: "Ikke vurdert", nn: "Ikkje vurdert", en: "Not assessed" },
        Status::NotApplicable => &l! { nb: "Ikke relevant", nn: "Ikkje relevant", en: "Not applicable" },
        Status::LikelyBreach => &l! { nb: "Trolig lovbrudd", nn: "Truleg lovbrot", en: "Likely breach of law" },
        Status::Provisional => &l! { nb: "Foreløpig", nn: "Førebels", en: "Provisional" },
        Status::ImprovementPoints => &l! { nb: "Forbedringspunkter", nn: "Forbetringspunkt", en: "Areas for improvement" },
        Status::WellCovered => &l! { nb: "Godt ivaretatt", nn: "Godt teke vare på", en: "Well covered" },
    };
    l.get(lang)
}

/// Coverage: only Ja, Delvis and Nei count as answered; Ikke relevant leaves the total.
pub fn based_on(lang: Lang, known: usize, applicable: usize) -> String {
    match lang {
        Lang::Nb | Lang::Nn => format!("basert på {known} av {applicable} spørsmål"),
        Lang::En => format!("based on {known} of {applicable} questions"),
    }
}

/// "7 av 10 oppfylt (70 %)", with a no-break space before %: the count first, so the percentage is never read without what it is a share of.
pub fn share(lang: Lang, s: &Score) -> String {
    let Some(p) = s.share_met() else { return "–".into() };
    let (yes, of) = (s.yes, s.applicable());
    match lang {
        Lang::Nb => format!("{yes} av {of} oppfylt ({p}\u{a0}%)"),
        Lang::Nn => format!("{yes} av {of} oppfylte ({p}\u{a0}%)"),
        Lang::En => format!("{yes} of {of} met ({p}\u{a0}%)"),
    }
}

/// `{0}` and `{1}` in a template become the numbers: one code path for every sentence with counts, so the
/// sentences stay data rather than code in the wasm.
fn fill(template: &str, n: &[usize]) -> String {
    n.iter().enumerate().fold(template.to_owned(), |out, (i, v)| out.replace(&format!("{{{i}}}"), &v.to_string()))
}

/// A sentence with counts: the first form when the first number is exactly one, the second otherwise.
type Counted = [L; 2];

fn counted(lang: Lang, c: &Counted, n: &[usize]) -> String {
    fill(c[usize::from(n[0] != 1)].get(lang), n)
}

const NOTHING_ANSWERED: L = l! {
    nb: "Ingen spørsmål er besvart ennå.",
    nn: "Ingen spørsmål er svarte på enno.",
    en: "No question has been answered yet.",
};
const ALL_NOT_RELEVANT: L = l! {
    nb: "Alle spørsmålene er besvart «Ikke relevant».",
    nn: "Alle spørsmåla er svarte «Ikkje relevant».",
    en: "Every question is answered \"Not relevant\".",
};
const LEGAL_UNMET: Counted = [
    l! {
        nb: "{0} av {1} lovkrav er besvart «Delvis» eller «Nei» og er dermed ikke oppfylt.",
        nn: "{0} av {1} lovkrav er svart «Delvis» eller «Nei» og er dermed ikkje oppfylt.",
        en: "{0} of {1} legal requirements is answered \"Partly\" or \"No\", and so not met.",
    },
    l! {
        nb: "{0} av {1} lovkrav er besvart «Delvis» eller «Nei» og er dermed ikke oppfylt.",
        nn: "{0} av {1} lovkrav er svarte «Delvis» eller «Nei» og er dermed ikkje oppfylte.",
        en: "{0} of {1} legal requirements are answered \"Partly\" or \"No\", and so not met.",
    },
];
const TOO_LITTLE_KNOWN: Counted = [
    l! {
        nb: "Bare {0} av {1} spørsmål er besvart «Ja», «Delvis» eller «Nei»: for lite til å konkludere.",
        nn: "Berre {0} av {1} spørsmål er svart «Ja», «Delvis» eller «Nei»: for lite til å konkludere.",
        en: "Only {0} of {1} questions is answered \"Yes\", \"Partly\" or \"No\": too little to conclude.",
    },
    l! {
        nb: "Bare {0} av {1} spørsmål er besvart «Ja», «Delvis» eller «Nei»: for lite til å konkludere.",
        nn: "Berre {0} av {1} spørsmål er svarte «Ja», «Delvis» eller «Nei»: for lite til å konkludere.",
        en: "Only {0} of {1} questions are answered \"Yes\", \"Partly\" or \"No\": too little to conclude.",
    },
];
const LEGAL_UNCHECKED: Counted = [
    l! {
        nb: "Ingen lovkrav er besvart «Delvis» eller «Nei», men {0} lovkrav er ikke kontrollert («Vet ikke» eller ubesvart).",
        nn: "Ingen lovkrav er svarte «Delvis» eller «Nei», men {0} lovkrav er ikkje kontrollert («Veit ikkje» eller utan svar).",
        en: "No legal requirement is answered \"Partly\" or \"No\", but {0} legal requirement has not been checked (\"Don't know\" or unanswered).",
    },
    l! {
        nb: "Ingen lovkrav er besvart «Delvis» eller «Nei», men {0} lovkrav er ikke kontrollert («Vet ikke» eller ubesvart).",
        nn: "Ingen lovkrav er svarte «Delvis» eller «Nei», men {0} lovkrav er ikkje kontrollerte («Veit ikkje» eller utan svar).",
        en: "No legal requirement is answered \"Partly\" or \"No\", but {0} legal requirements have not been checked (\"Don't know\" or unanswered).",
    },
];
const PRACTICE_UNMET: Counted = [
    l! {
        nb: "Alle lovkrav er oppfylt, men {0} punkt om god praksis er besvart «Delvis» eller «Nei».",
        nn: "Alle lovkrav er oppfylte, men {0} punkt om god praksis er svart «Delvis» eller «Nei».",
        en: "Every legal requirement is met, but {0} good-practice point is answered \"Partly\" or \"No\".",
    },
    l! {
        nb: "Alle lovkrav er oppfylt, men {0} punkter om god praksis er besvart «Delvis» eller «Nei».",
        nn: "Alle lovkrav er oppfylte, men {0} punkt om god praksis er svarte «Delvis» eller «Nei».",
        en: "Every legal requirement is met, but {0} good-practice points are answered \"Partly\" or \"No\".",
    },
];
const ALL_MET: L = l! {
    nb: "Alle lovkrav er oppfylt, og alle de {0} av {1} spørsmålene som er vurdert, er besvart «Ja».",
    nn: "Alle lovkrav er oppfylte, og alle dei {0} av {1} spørsmåla som er vurderte, er svarte «Ja».",
    en: "Every legal requirement is met, and all {0} of the {1} questions assessed are answered \"Yes\".",
};

/// Why the status, in one sentence built from the answers.
pub fn reason(lang: Lang, r: Reason) -> String {
    match r {
        Reason::NothingAnswered => NOTHING_ANSWERED.get(lang).to_owned(),
        Reason::AllNotRelevant => ALL_NOT_RELEVANT.get(lang).to_owned(),
        Reason::LegalUnmet { unmet, legal } => counted(lang, &LEGAL_UNMET, &[unmet, legal]),
        Reason::TooLittleKnown { known, applicable } => counted(lang, &TOO_LITTLE_KNOWN, &[known, applicable]),
        Reason::LegalUnchecked { unchecked } => counted(lang, &LEGAL_UNCHECKED, &[unchecked]),
        Reason::PracticeUnmet { unmet } => counted(lang, &PRACTICE_UNMET, &[unmet]),
        Reason::AllMet { known, applicable } => fill(ALL_MET.get(lang), &[known, applicable]),
    }
}

const OVERALL: L = l! {
    nb: "Lovkrav som ikke ser ut til å være oppfylt: {0}. Lovkrav som må kontrolleres: {1}.",
    nn: "Lovkrav som ikkje ser ut til å vere oppfylte: {0}. Lovkrav som må kontrollerast: {1}.",
    en: "Legal requirements that do not appear to be met: {0}. Legal requirements to check: {1}.",
};

/// The overall picture: how many legal requirements look unmet and how many are still to check.
pub fn overall(lang: Lang, unmet: usize, to_check: usize) -> String {
    fill(OVERALL.get(lang), &[unmet, to_check])
}

pub fn duty_name(lang: Lang, d: Option<DutyHolder>) -> &'static str {
    d.map_or(DUTY_NONE.get(lang), |d| d.name().get(lang))
}

pub const RESULTS_TITLE: L = l! { nb: "Resultat", nn: "Resultat", en: "Results" };
pub const RESULTS_LEAD: L = l! {
    nb: "Først lovkravene som ikke ser ut til å være oppfylt, så status for hvert tema med begrunnelse. Dette er kommunens egen vurdering, ikke en konklusjon fra tilsynsmyndigheten.",
    nn: "Først lovkrava som ikkje ser ut til å vere oppfylte, så status for kvart tema med grunngiving. Dette er kommunen si eiga vurdering, ikkje ein konklusjon frå tilsynsstyresmakta.",
    en: "First the legal requirements that do not appear to be met, then each theme's status with the reason. This is the municipality's own assessment, not a conclusion by the supervisory authority.",
};
pub const SHARE_MET: L = l! { nb: "Andel oppfylt", nn: "Del oppfylt", en: "Share met" };
/// The column and label for the share met; the first name is kept for overview.rs, which still uses it.
pub const OVERALL_TITLE: L = l! { nb: "Samlet bilde", nn: "Samla bilete", en: "Overall picture" };
pub const OVERALL_SHARE: L = l! { nb: "Samlet andel oppfylt", nn: "Samla del oppfylt", en: "Share met overall" };

pub const DUTY_FILTER: L = l! { nb: "Vis plikter for", nn: "Vis plikter for", en: "Show duties of" };
pub const DUTY_ALL: L = l! { nb: "Alle", nn: "Alle", en: "Everyone" };
pub const DUTY_NONE: L = l! { nb: "Plikten er ikke fordelt ennå", nn: "Plikta er ikkje fordelt enno", en: "Duty holder not yet recorded" };
pub const DUTY_EMPTY: L = l! {
    nb: "Ingen spørsmål i spørsmålsbanken er ennå knyttet til denne plikthaveren.",
    nn: "Ingen spørsmål i spørsmålsbanken er enno knytte til denne plikthavaren.",
    en: "No question in the question bank is linked to this duty holder yet.",
};
pub const DUTY_SHOWING: L = l! { nb: "Viser bare spørsmål der plikten ligger hos:", nn: "Viser berre spørsmål der plikta ligg hos:", en: "Showing only questions where the duty lies with:" };

pub const UNMET_TITLE: L = l! {
    nb: "Lovkrav som ikke ser ut til å være oppfylt",
    nn: "Lovkrav som ikkje ser ut til å vere oppfylte",
    en: "Legal requirements that do not appear to be met",
};
pub const UNMET_LEAD: L = l! {
    nb: "Besvart «Delvis» eller «Nei». Et lovkrav som bare er delvis oppfylt, er ikke oppfylt: dette er trolig lovbrudd.",
    nn: "Svart «Delvis» eller «Nei». Eit lovkrav som berre er delvis oppfylt, er ikkje oppfylt: dette er truleg lovbrot.",
    en: "Answered \"Partly\" or \"No\". A legal requirement that is only partly met is not met: these are likely breaches of law.",
};
pub const NONE_UNMET: L = l! {
    nb: "Ingen lovkrav er besvart «Delvis» eller «Nei».",
    nn: "Ingen lovkrav er svarte «Delvis» eller «Nei».",
    en: "No legal requirement is answered \"Partly\" or \"No\".",
};
pub const TO_CHECK_TITLE: L = l! { nb: "Lovkrav som må kontrolleres", nn: "Lovkrav som må kontrollerast", en: "Legal requirements to check" };
pub const TO_CHECK_LEAD: L = l! {
    nb: "Besvart «Vet ikke» eller ikke besvart. Det er ikke lovbrudd, men kommunen vet ennå ikke om kravet er oppfylt.",
    nn: "Svart «Veit ikkje» eller ikkje svart på. Det er ikkje lovbrot, men kommunen veit enno ikkje om kravet er oppfylt.",
    en: "Answered \"Don't know\" or not answered. These are not breaches, but the municipality does not yet know whether the requirement is met.",
};
pub const ANSWER: L = l! { nb: "Svar", nn: "Svar", en: "Answer" };
pub const THEME: L = l! { nb: "Tema", nn: "Tema", en: "Theme" };
pub const ACTION: L = l! { nb: "Tiltak", nn: "Tiltak", en: "Action" };
pub const NO_ACTION_YET: L = l! { nb: "Ikke fastsatt ennå", nn: "Ikkje fastsett enno", en: "Not set yet" };
pub const ADD_ACTION: L = l! { nb: "Legg inn tiltak", nn: "Legg inn tiltak", en: "Add an action" };
pub const NEEDED_FOR_YES: L = l! { nb: "Dette må være på plass", nn: "Dette må vere på plass", en: "What must be in place" };

pub const BY_THEME: L = l! { nb: "Per tema", nn: "Per tema", en: "By theme" };
pub const THEMES_TITLE: L = l! { nb: "Status for hvert tema", nn: "Status for kvart tema", en: "Each theme's status" };
pub const WHY: L = l! { nb: "Hvorfor", nn: "Kvifor", en: "Why" };
pub const NATIONAL_2004: L = l! {
    nb: "Funn i det landsomfattende tilsynet 2004",
    nn: "Funn i det landsomfattande tilsynet 2004",
    en: "Finding of the 2004 nationwide audit",
};
pub const LATER_FINDINGS: L = l! { nb: "Senere nasjonale funn", nn: "Seinare nasjonale funn", en: "Later national findings" };
pub const BY_AREA: L = l! { nb: "Per problemområde (2007)", nn: "Per problemområde (2007)", en: "By problem area (2007)" };
pub const BY_AREA_LEAD: L = l! {
    nb: "De samme svarene sett gjennom de fem problemområdene i Helsetilsynets oppsummering fra 2007. Et spørsmål kan telle i flere områder.",
    nn: "Dei same svara sett gjennom dei fem problemområda i oppsummeringa til Helsetilsynet frå 2007. Eit spørsmål kan telje i fleire område.",
    en: "The same answers seen through the five problem areas of Helsetilsynet's 2007 summary. A question may count in several areas.",
};
pub const COL_THEME: L = l! { nb: "Tema", nn: "Tema", en: "Theme" };
pub const COL_AREA: L = l! { nb: "Problemområde", nn: "Problemområde", en: "Problem area" };
pub const COL_COVERAGE: L = l! { nb: "Grunnlag", nn: "Grunnlag", en: "Based on" };
pub const COL_STATUS: L = l! { nb: "Status", nn: "Status", en: "Status" };
pub const CHART_THEMES: L = l! {
    nb: "Andel oppfylt per tema i kommunen (stolpediagram, 0–100 %)",
    nn: "Del oppfylt per tema i kommunen (stolpediagram, 0–100 %)",
    en: "Share met per theme in the municipality (bar chart, 0–100 %)",
};
pub const CHART_AREAS: L = l! {
    nb: "Andel oppfylt per problemområde (stolpediagram, 0–100 %)",
    nn: "Del oppfylt per problemområde (stolpediagram, 0–100 %)",
    en: "Share met per problem area (bar chart, 0–100 %)",
};
pub const CHART_TABLE_NOTE: L = l! { nb: "Tabellen under viser de samme tallene.", nn: "Tabellen under viser dei same tala.", en: "The table below shows the same figures." };
pub const ACTION_PLAN: L = l! { nb: "Handlingsplan", nn: "Handlingsplan", en: "Action plan" };
pub const ACTION_PLAN_LEAD: L = l! {
    nb: "Alle svar som ikke er «Ja»: først lovkrav som ikke er oppfylt, så lovkrav som må kontrolleres, så god praksis. Skriv tiltak, ansvarlig og frist på spørsmålssiden.",
    nn: "Alle svar som ikkje er «Ja»: først lovkrav som ikkje er oppfylte, så lovkrav som må kontrollerast, så god praksis. Skriv tiltak, ansvarleg og frist på spørsmålssida.",
    en: "Every answer that is not \"Yes\": first unmet legal requirements, then legal requirements to check, then good practice. Enter action, owner and deadline on the question page.",
};
pub const NO_GAPS: L = l! { nb: "Ingen mangler er registrert.", nn: "Ingen manglar er registrerte.", en: "No gaps recorded." };
pub const DOWNLOAD_CSV: L = l! { nb: "Last ned handlingsplanen (CSV for regneark)", nn: "Last ned handlingsplanen (CSV for rekneark)", en: "Download the action plan (CSV for spreadsheets)" };
pub const OPEN_REPORT: L = l! { nb: "Åpne rapporten for utskrift", nn: "Opne rapporten for utskrift", en: "Open the printable report" };

// Method page
pub const METHOD_TITLE: L = l! { nb: "Slik regnes resultatet", nn: "Slik blir resultatet rekna", en: "How the score works" };
pub const METHOD_POINTS: [L; 7] = [
    l! {
        nb: "Et lovkrav som er besvart «Delvis» eller «Nei», er ikke oppfylt. Ett slikt svar gir temaet status «Trolig lovbrudd».",
        nn: "Eit lovkrav som er svart «Delvis» eller «Nei», er ikkje oppfylt. Eitt slikt svar gjev temaet status «Truleg lovbrot».",
        en: "A legal requirement answered \"Partly\" or \"No\" is not met. One such answer gives the theme the status \"Likely breach of law\".",
    },
    l! {
        nb: "«Vet ikke» betyr «ikke kontrollert». Det er verken bra eller lovbrudd, og det telles ikke som besvart. Et lovkrav med «Vet ikke» står på listen over lovkrav som må kontrolleres.",
        nn: "«Veit ikkje» tyder «ikkje kontrollert». Det er verken bra eller lovbrot, og det blir ikkje rekna som svart. Eit lovkrav med «Veit ikkje» står på lista over lovkrav som må kontrollerast.",
        en: "\"Don't know\" means \"not checked\". It is neither good nor a breach, and it does not count as answered. A legal requirement answered \"Don't know\" is listed among the legal requirements to check.",
    },
    l! {
        nb: "Andel oppfylt = spørsmål besvart «Ja» delt på spørsmål som gjelder kommunen (alle unntatt «Ikke relevant»), rundet ned. 100 % betyr at alt er oppfylt.",
        nn: "Del oppfylt = spørsmål svarte «Ja» delt på spørsmål som gjeld kommunen (alle unnateke «Ikkje relevant»), runda ned. 100 % tyder at alt er oppfylt.",
        en: "Share met = questions answered \"Yes\" divided by the questions that apply (all but \"Not relevant\"), rounded down. 100 % means everything is met.",
    },
    l! {
        nb: "Grunnlaget viser hvor mange spørsmål som er besvart «Ja», «Delvis» eller «Nei»: «basert på 9 av 12 spørsmål».",
        nn: "Grunnlaget viser kor mange spørsmål som er svarte «Ja», «Delvis» eller «Nei»: «basert på 9 av 12 spørsmål».",
        en: "\"Based on\" shows how many questions are answered \"Yes\", \"Partly\" or \"No\": \"based on 9 of 12 questions\".",
    },
    l! {
        nb: "Foreløpig: under 80 % av spørsmålene er besvart «Ja», «Delvis» eller «Nei», eller et lovkrav er ikke kontrollert. Da kan temaet ikke konkluderes, og det blir aldri «Godt ivaretatt».",
        nn: "Førebels: under 80 % av spørsmåla er svarte «Ja», «Delvis» eller «Nei», eller eit lovkrav er ikkje kontrollert. Då kan temaet ikkje konkluderast, og det blir aldri «Godt teke vare på».",
        en: "Provisional: under 80 % of the questions are answered \"Yes\", \"Partly\" or \"No\", or a legal requirement has not been checked. The theme cannot be concluded, and it is never \"Well covered\".",
    },
    l! {
        nb: "Forbedringspunkter: alle lovkrav er oppfylt, men minst ett punkt om god praksis er besvart «Delvis» eller «Nei».",
        nn: "Forbetringspunkt: alle lovkrav er oppfylte, men minst eitt punkt om god praksis er svart «Delvis» eller «Nei».",
        en: "Areas for improvement: every legal requirement is met, but at least one good-practice point is answered \"Partly\" or \"No\".",
    },
    l! {
        nb: "Godt ivaretatt: alle lovkrav er oppfylt, minst 80 % er vurdert, og alt som er vurdert, er besvart «Ja». Helsetilsynet bruker ikke poeng; tallene er verktøyets egne hjelpemidler.",
        nn: "Godt teke vare på: alle lovkrav er oppfylte, minst 80 % er vurdert, og alt som er vurdert, er svart «Ja». Helsetilsynet brukar ikkje poeng; tala er hjelpemiddel i verktøyet.",
        en: "Well covered: every legal requirement is met, at least 80 % has been assessed, and everything assessed is answered \"Yes\". Helsetilsynet does not use points; the figures are the tool's own aid.",
    },
];
pub const METHOD_NATIONAL: L = l! {
    nb: "Funnet fra det landsomfattende tilsynet i 2004 vises som en setning ved siden av hvert tema, med kildens egne ord. Det er et annet mål enn andelen oppfylt og blir aldri tegnet på samme akse.",
    nn: "Funnet frå det landsomfattande tilsynet i 2004 blir vist som ei setning ved sida av kvart tema, med orda til kjelda. Det er eit anna mål enn delen oppfylt og blir aldri teikna på same akse.",
    en: "The finding of the 2004 nationwide audit is shown as a sentence beside each theme, in the source's own words. It is a different measure from the share met and is never drawn on the same axis.",
};

pub const GROUP_BY: L = l! { nb: "Ordne lovkravene etter", nn: "Ordne lovkrava etter", en: "Group the legal requirements by" };
pub const GROUP_THEME: L = l! { nb: "Tema", nn: "Tema", en: "Theme" };
