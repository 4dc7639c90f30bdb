//! Overview, question pages and check-your-answers.

use super::{Lang, L};

pub fn theme_of(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Nb | Lang::Nn => format!("Tema {n} av 4"),
        Lang::En => format!("Theme {n} of 4"),
    }
}

pub fn question_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Nb | Lang::Nn => format!("Spørsmål {n} av {total}"),
        Lang::En => format!("Question {n} of {total}"),
    }
}

pub const OVERVIEW_TITLE: L = l! { nb: "Alle spørsmål", nn: "Alle spørsmål", en: "All questions" };
pub const OVERVIEW_LEAD: L = l! {
    nb: "Velg et tema eller hopp rett til et spørsmål. Svarene lagres automatisk.",
    nn: "Vel eit tema eller hopp rett til eit spørsmål. Svara blir lagra automatisk.",
    en: "Choose a theme or jump straight to a question. Answers are saved automatically.",
};
pub const START_THEME: L = l! { nb: "Start temaet", nn: "Start temaet", en: "Start the theme" };
pub const CONTINUE_THEME: L = l! { nb: "Fortsett temaet", nn: "Hald fram med temaet", en: "Continue the theme" };
pub const CHECK_ANSWERS: L = l! { nb: "Se over svarene", nn: "Sjå over svara", en: "Check your answers" };
pub const NOT_ANSWERED: L = l! { nb: "Ikke besvart", nn: "Ikkje svart på", en: "Not answered" };
pub const TO_CONFIRM: L = l! { nb: "Overført fra forrige vurdering – bekreft", nn: "Overført frå førre vurdering – stadfest", en: "Carried over from the last assessment – confirm" };
pub const CONFIRM: L = l! { nb: "Bekreft svaret", nn: "Stadfest svaret", en: "Confirm the answer" };

pub const ANSWER_LEGEND_HINT: L = l! { nb: "Velg ett svar", nn: "Vel eitt svar", en: "Choose one answer" };
pub const CLEAR_ANSWER: L = l! { nb: "Fjern svaret", nn: "Fjern svaret", en: "Clear the answer" };
pub const HELP_TITLE: L = l! { nb: "Hva tilsynet ser etter", nn: "Kva tilsynet ser etter", en: "What the auditor looks for" };
pub const NOTE_LABEL: L = l! { nb: "Notat: dokumentasjon og hva kommunen har i dag (valgfritt)", nn: "Notat: dokumentasjon og kva kommunen har i dag (valfritt)", en: "Note: evidence and what the municipality has today (optional)" };
pub const NOTE_HINT: L = l! {
    nb: "For eksempel navnet på rutinen og hvor den ligger. Ikke skriv personopplysninger.",
    nn: "Til dømes namnet på rutinen og kvar han ligg. Ikkje skriv personopplysningar.",
    en: "For example the name of the procedure and where it is kept. Do not enter personal data.",
};
pub const ACTION_TITLE: L = l! { nb: "Tiltak (valgfritt)", nn: "Tiltak (valfritt)", en: "Action (optional)" };
pub const ACTION_WHAT: L = l! { nb: "Hva skal gjøres", nn: "Kva skal gjerast", en: "What will be done" };
pub const ACTION_WHO: L = l! { nb: "Ansvarlig", nn: "Ansvarleg", en: "Owner" };
pub const ACTION_DUE: L = l! { nb: "Frist", nn: "Frist", en: "Deadline" };
pub const BASIS_TITLE: L = l! { nb: "Hjemmel og kilder", nn: "Heimel og kjelder", en: "Legal basis and sources" };
pub const BASIS_THEN: L = l! {
    nb: "Hjemmel i tilsynet 2004 (historisk: loven er opphevet)",
    nn: "Heimel i tilsynet 2004 (historisk: lova er oppheva)",
    en: "Legal basis in the 2004 audit (history: that act has been repealed)",
};
pub const BASIS_TODAY: L = l! { nb: "Hjemmel i dag", nn: "Heimel i dag", en: "Legal basis today" };
pub const BASIS_SUPPORTS: L = l! {
    nb: "Ikke et lovkrav i seg selv, men hjelper kommunen å oppfylle",
    nn: "Ikkje eit lovkrav i seg sjølv, men hjelper kommunen å oppfylle",
    en: "Not a legal requirement in itself, but helps the municipality meet",
};
pub const GUIDANCE: L = l! {
    nb: "Veiledning og god praksis (ikke lov)",
    nn: "Rettleiing og god praksis (ikkje lov)",
    en: "Guidance and good practice (not law)",
};
pub const DUTY: L = l! { nb: "Hvem har plikten i dag", nn: "Kven har plikta i dag", en: "Who holds the duty today" };

pub fn law_checked(lang: Lang, date: &str) -> String {
    let d = crate::model::dates::long(lang, date);
    match lang {
        Lang::Nb => format!("Lovgrunnlaget er kontrollert per {d}."),
        Lang::Nn => format!("Lovgrunnlaget er kontrollert per {d}."),
        Lang::En => format!("Legal basis checked as of {d}."),
    }
}

pub const CRITERIA_TITLE: L = l! { nb: "Slik vurderer dere svaret", nn: "Slik vurderer de svaret", en: "How to decide the answer" };
pub const CRIT_YES: L = l! { nb: "Ja når", nn: "Ja når", en: "Yes when" };
pub const CRIT_PARTLY: L = l! { nb: "Delvis når", nn: "Delvis når", en: "Partly when" };
pub const CRIT_NO: L = l! { nb: "Nei når", nn: "Nei når", en: "No when" };
pub const CRIT_NO_TEXT: L = l! {
    nb: "Det som kreves for «Ja», mangler i hovedsak, eller dere finner det ikke igjen i praksis.",
    nn: "Det som krevst for «Ja», manglar i hovudsak, eller de finn det ikkje att i praksis.",
    en: "What «Yes» requires is mostly missing, or you cannot find it in practice.",
};
pub const EVIDENCE: L = l! {
    nb: "Dokumentasjon tilsynet ville be om",
    nn: "Dokumentasjon tilsynet ville be om",
    en: "Evidence an auditor would ask for",
};
pub const INDICATIVE: L = l! { nb: "veiledende – kontroller i Lovdata", nn: "rettleiande – kontroller i Lovdata", en: "indicative – check in Lovdata" };
pub const CLASS: L = l! { nb: "Type krav", nn: "Type krav", en: "Kind of requirement" };
pub const CLASS_LEGAL_HINT: L = l! {
    nb: "Et «Delvis» eller «Nei» tyder på lovbrudd.",
    nn: "Eit «Delvis» eller «Nei» tyder på lovbrot.",
    en: "A «Partly» or «No» suggests a breach of law.",
};
pub const CLASS_GOOD_HINT: L = l! { nb: "Et nei er et forbedringsområde.", nn: "Eit nei er eit forbetringsområde.", en: "A no is an area for improvement." };
pub const SOURCES: L = l! { nb: "Kilder", nn: "Kjelder", en: "Sources" };
pub const AREAS: L = l! { nb: "Problemområder (2007)", nn: "Problemområde (2007)", en: "Problem areas (2007)" };
pub const PREVIOUS: L = l! { nb: "Forrige", nn: "Førre", en: "Previous" };
pub const NEXT: L = l! { nb: "Fortsett", nn: "Hald fram", en: "Continue" };
pub const TO_SUMMARY: L = l! { nb: "Se over svarene i temaet", nn: "Sjå over svara i temaet", en: "Check the theme's answers" };
pub const SHORTCUTS: L = l! { nb: "Hurtigtaster", nn: "Snarvegtastar", en: "Keyboard shortcuts" };
pub const SHORTCUTS_HINT: L = l! {
    nb: "Når de er slått på: 1–5 velger svar, N går videre og B går tilbake, så lenge du ikke skriver i et tekstfelt.",
    nn: "Når dei er slått på: 1–5 vel svar, N går vidare og B går tilbake, så lenge du ikkje skriv i eit tekstfelt.",
    en: "When on: 1–5 choose an answer, N goes on and B goes back, unless you are typing in a text field.",
};
pub const CHANGE: L = l! { nb: "Endre", nn: "Endre", en: "Change" };
pub const SUMMARY_TITLE: L = l! { nb: "Se over svarene", nn: "Sjå over svara", en: "Check your answers" };
pub const NEXT_THEME: L = l! { nb: "Neste tema", nn: "Neste tema", en: "Next theme" };
pub const SEE_RESULTS: L = l! { nb: "Se resultatet", nn: "Sjå resultatet", en: "See the results" };
pub const COL_QUESTION: L = l! { nb: "Spørsmål", nn: "Spørsmål", en: "Question" };
pub const COL_ANSWER: L = l! { nb: "Svar", nn: "Svar", en: "Answer" };
pub const COL_NOTE: L = l! { nb: "Notat", nn: "Notat", en: "Note" };
