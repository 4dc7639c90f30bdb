//! Workshop merge and presentation.

use super::{Lang, L};

pub const TITLE: L = L { nb: "Verksted: sammenlign deltakernes svar", nn: "Verkstad: samanlikn svara til deltakarane", en: "Workshop: compare participants' answers" };
pub const LEAD: L = L {
    nb: "Hent inn filene deltakerne har lastet ned av samme vurdering. Alt skjer i denne nettleseren; filene lagres ikke.",
    nn: "Hent inn filene deltakarane har lasta ned av same vurdering. Alt skjer i denne nettlesaren; filene blir ikkje lagra.",
    en: "Import the files participants downloaded of the same assessment. Everything happens in this browser; the files are not stored.",
};
pub const PICK: L = L { nb: "Velg deltakernes filer", nn: "Vel filene til deltakarane", en: "Choose the participants' files" };
pub const CLEAR: L = L { nb: "Fjern alle filene", nn: "Fjern alle filene", en: "Remove all files" };
pub const FILES: L = L { nb: "Filer i sammenligningen", nn: "Filer i samanlikninga", en: "Files in the comparison" };
pub const RANGES: L = L { nb: "Spenn i andel oppfylt per tema", nn: "Spenn i del oppfylt per tema", en: "Range of share met per theme" };
pub const COL_MIN: L = L { nb: "Lavest", nn: "Lågast", en: "Lowest" };
pub const COL_MAX: L = L { nb: "Høyest", nn: "Høgast", en: "Highest" };
pub const SPREAD: L = L { nb: "Svar per spørsmål", nn: "Svar per spørsmål", en: "Answers per question" };
pub const DISAGREE: L = L { nb: "Uenighet", nn: "Usemje", en: "Disagreement" };
pub const ONLY_DISAGREE: L = L { nb: "Vis bare spørsmål der deltakerne er uenige", nn: "Vis berre spørsmål der deltakarane er usamde", en: "Show only questions where participants disagree" };
pub const COL_UNANSWERED: L = L { nb: "Ubesvart", nn: "Utan svar", en: "Unanswered" };
pub const YES_WORD: L = L { nb: "Ja", nn: "Ja", en: "Yes" };

pub fn participants(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nb, 1) => "1 deltaker".into(),
        (Lang::Nn, 1) => "1 deltakar".into(),
        (Lang::En, 1) => "1 participant".into(),
        (Lang::Nb, n) => format!("{n} deltakere"),
        (Lang::Nn, n) => format!("{n} deltakarar"),
        (Lang::En, n) => format!("{n} participants"),
    }
}

pub const DEMO_TITLE: L = L { nb: "Eksempelkommunen", nn: "Dømekommunen", en: "The example municipality" };
pub const PRESENT_HINT: L = L {
    nb: "Presentasjonsmodus gir stor skrift og høy kontrast for projektor. Slå den av og på i toppmenyen.",
    nn: "Presentasjonsmodus gjev stor skrift og høg kontrast for projektor. Slå han av og på i toppmenyen.",
    en: "Presentation mode gives large type and high contrast for a projector. Toggle it in the top menu.",
};

pub const OFFLINE_TITLE: L = L { nb: "Bruk verktøyet uten nett", nn: "Bruk verktøyet utan nett", en: "Use the tool without a network" };
pub const OFFLINE_LEAD: L = L {
    nb: "Last ned hele verktøyet som én fil. Den åpnes rett fra disken eller en minnepinne, uten server og uten nett, og den kan ikke sende noe noe sted.",
    nn: "Last ned heile verktøyet som éi fil. Ho kan opnast rett frå disken eller ein minnepinne, utan tenar og utan nett, og ho kan ikkje sende noko nokon stad.",
    en: "Download the whole tool as one file. It opens straight from disk or a USB stick, with no server and no network, and it cannot send anything anywhere.",
};
pub const OFFLINE_STORAGE: L = L {
    nb: "Det du lagrer i fila, holdes adskilt fra det du lagrer her. Flytt en vurdering mellom dem med «Last ned som fil» og «Hent inn en fil» på Mine vurderinger.",
    nn: "Det du lagrar i fila, blir halde skilt frå det du lagrar her. Flytt ei vurdering mellom dei med «Last ned som fil» og «Hent inn ei fil» på Mine vurderingar.",
    en: "What you save in the file is kept apart from what you save here. Move an assessment between them with “Download as a file” and “Import a file” under My assessments.",
};
pub const OFFLINE_LINK: L = L { nb: "Last ned verktøyet som én fil", nn: "Last ned verktøyet som éi fil", en: "Download the tool as one file" };

pub const DIFFER_TITLE: L = L {
    nb: "Filene er ikke fra samme vurdering. Vil du likevel sammenligne dem?",
    nn: "Filene er ikkje frå same vurdering. Vil du likevel samanlikne dei?",
    en: "The files are not from the same assessment. Compare them anyway?",
};
pub const MERGE_ANYWAY: L = L { nb: "Sammenlign likevel", nn: "Samanlikn likevel", en: "Compare anyway" };
pub const LEAVE_OUT: L = L { nb: "Ikke ta med de nye filene", nn: "Ikkje ta med dei nye filene", en: "Leave the new files out" };

pub fn difference(lang: Lang, d: &crate::model::merge::Difference) -> String {
    use crate::model::merge::Difference;
    let list = |v: Vec<String>| v.join(", ");
    match (lang, d) {
        (Lang::Nb, Difference::Municipality(v)) => format!("Ulike kommuner: {}.", list(v.clone())),
        (Lang::Nn, Difference::Municipality(v)) => format!("Ulike kommunar: {}.", list(v.clone())),
        (Lang::En, Difference::Municipality(v)) => format!("Different municipalities: {}.", list(v.clone())),
        (Lang::Nb, Difference::Year(v)) => format!("Ulike år for vurderingen: {}.", list(v.clone())),
        (Lang::Nn, Difference::Year(v)) => format!("Ulike år for vurderinga: {}.", list(v.clone())),
        (Lang::En, Difference::Year(v)) => format!("Different assessment years: {}.", list(v.clone())),
        (Lang::Nb, Difference::Bank(v)) => format!("Laget med ulike versjoner av spørsmålene: {}. Spørsmål som bare finnes i én versjon, sammenlignes ikke.", list(v.iter().map(u32::to_string).collect())),
        (Lang::Nn, Difference::Bank(v)) => format!("Laga med ulike versjonar av spørsmåla: {}. Spørsmål som berre finst i éin versjon, blir ikkje samanlikna.", list(v.iter().map(u32::to_string).collect())),
        (Lang::En, Difference::Bank(v)) => format!("Made with different versions of the questions: {}. Questions found in only one version are not compared.", list(v.iter().map(u32::to_string).collect())),
    }
}

pub fn refused(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nb, 1) => "1 fil ble ikke tatt med:".into(),
        (Lang::Nn, 1) => "1 fil vart ikkje teken med:".into(),
        (Lang::En, 1) => "1 file was not included:".into(),
        (Lang::Nb, n) => format!("{n} filer ble ikke tatt med:"),
        (Lang::Nn, n) => format!("{n} filer vart ikkje tekne med:"),
        (Lang::En, n) => format!("{n} files were not included:"),
    }
}

/// The section's heading; distinct from the table's region name, so the two landmarks are told apart.
pub const MERGE_TITLE: L = L { nb: "Sammenlign deltakernes filer", nn: "Samanlikn filene til deltakarane", en: "Compare participants' files" };
