//! Keeping data safe: the storage budget, backups, restoring kept-aside data, persistent storage, field limits.

use super::{Lang, L};
use crate::model::backup::Mode;
use crate::model::salvage::Salvage;

pub const FULL: L = l! {
    nb: "Endringen ble ikke gjort: nettleserens lagringsplass for dette verktøyet er full, og alt som allerede er lagret, er urørt. Gjør plass ved å laste ned en sikkerhetskopi av alt og så slette gamle vurderinger under Mine vurderinger.",
    nn: "Endringa vart ikkje gjord: lagringsplassen i nettlesaren for dette verktøyet er full, og alt som alt er lagra, er urørt. Gjer plass ved å laste ned ein tryggleikskopi av alt og så slette gamle vurderingar under Mine vurderingar.",
    en: "The change was not made: this browser's storage for the tool is full, and everything already saved is untouched. Make room by downloading a backup of everything, then deleting old assessments under My assessments.",
};

pub fn full_detail(lang: Lang, needed: usize, budget: usize) -> String {
    let (n, b) = (needed / 1000, budget / 1000);
    match lang {
        Lang::Nb => format!("Trengs: {n} kB. Plass: {b} kB."),
        Lang::Nn => format!("Trengst: {n} kB. Plass: {b} kB."),
        Lang::En => format!("Needed: {n} kB. Room: {b} kB."),
    }
}

pub const BACKUP_TITLE: L = l! { nb: "Sikkerhetskopi av alt", nn: "Tryggleikskopi av alt", en: "Backup of everything" };
pub const BACKUP_LEAD: L = l! {
    nb: "Én fil med alle vurderingene i denne nettleseren, med svar, notater og handlingsplaner. Ta vare på den utenfor nettleseren: nettlesere kan slette lagrede data.",
    nn: "Éi fil med alle vurderingane i denne nettlesaren, med svar, notat og handlingsplanar. Ta vare på ho utanfor nettlesaren: nettlesarar kan slette lagra data.",
    en: "One file with every assessment in this browser, with answers, notes and action plans. Keep it outside the browser: browsers may delete stored data.",
};
pub const BACKUP_DOWNLOAD: L = l! { nb: "Last ned sikkerhetskopi av alt", nn: "Last ned tryggleikskopi av alt", en: "Download a backup of everything" };
pub const BACKUP_NEVER: L = l! { nb: "Det er aldri tatt sikkerhetskopi i denne nettleseren.", nn: "Det er aldri teke tryggleikskopi i denne nettlesaren.", en: "No backup has ever been taken in this browser." };
pub const BACKUP_DONE: L = l! {
    nb: "Sikkerhetskopien er lastet ned. Legg filen et trygt sted, for eksempel på kommunens fellesområde.",
    nn: "Tryggleikskopien er lasta ned. Legg fila ein trygg stad, til dømes på fellesområdet til kommunen.",
    en: "The backup was downloaded. Keep the file somewhere safe, for example on the municipality's shared drive.",
};

pub fn last_backup(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Nb => format!("Siste sikkerhetskopi: {date}."),
        Lang::Nn => format!("Siste tryggleikskopi: {date}."),
        Lang::En => format!("Last backup: {date}."),
    }
}

pub fn reminder(lang: Lang, never: bool) -> &'static str {
    let l = if never {
        l! {
            nb: "Du har aldri tatt sikkerhetskopi. Nettlesere kan slette lagrede data (Safari etter sju dager uten besøk). Last ned en sikkerhetskopi av alt nå.",
            nn: "Du har aldri teke tryggleikskopi. Nettlesarar kan slette lagra data (Safari etter sju dagar utan besøk). Last ned ein tryggleikskopi av alt no.",
            en: "You have never taken a backup. Browsers may delete stored data (Safari after seven days without a visit). Download a backup of everything now.",
        }
    } else {
        l! {
            nb: "Siste sikkerhetskopi er mer enn 30 dager gammel. Nettlesere kan slette lagrede data (Safari etter sju dager uten besøk). Last ned en ny sikkerhetskopi av alt.",
            nn: "Siste tryggleikskopi er meir enn 30 dagar gammal. Nettlesarar kan slette lagra data (Safari etter sju dagar utan besøk). Last ned ein ny tryggleikskopi av alt.",
            en: "The last backup is more than 30 days old. Browsers may delete stored data (Safari after seven days without a visit). Download a new backup of everything.",
        }
    };
    l.get(lang)
}

pub fn pending_title(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Nb => format!("Hent inn sikkerhetskopien «{file}»"),
        Lang::Nn => format!("Hent inn tryggleikskopien «{file}»"),
        Lang::En => format!("Import the backup \"{file}\""),
    }
}
pub const MODE_LEGEND: L = l! { nb: "Hva skal skje med det som er her?", nn: "Kva skal skje med det som er her?", en: "What should happen to what is here?" };
pub const MODE_ADD: L = l! { nb: "Legg til det som er her (ingenting slettes)", nn: "Legg til det som er her (ingenting blir sletta)", en: "Add to what is here (nothing is deleted)" };
pub const MODE_REPLACE: L = l! { nb: "Erstatt alt som er her med sikkerhetskopien", nn: "Erstatt alt som er her med tryggleikskopien", en: "Replace everything here with the backup" };
pub const WILL_CHANGE: L = l! { nb: "Dette vil skje:", nn: "Dette vil skje:", en: "This is what will happen:" };
pub const CONFIRM: L = l! { nb: "Hent inn", nn: "Hent inn", en: "Import" };
pub const NOTHING_CHANGES: L = l! { nb: "Ingenting endres: alt i sikkerhetskopien finnes allerede her.", nn: "Ingenting blir endra: alt i tryggleikskopien finst alt her.", en: "Nothing changes: everything in the backup is already here." };

pub fn added(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nb => format!("Legges til ({n}):"),
        Lang::Nn => format!("Blir lagde til ({n}):"),
        Lang::En => format!("Added ({n}):"),
    }
}
pub fn unchanged(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nb => format!("Finnes allerede, uendret ({n}):"),
        Lang::Nn => format!("Finst alt, uendra ({n}):"),
        Lang::En => format!("Already here, unchanged ({n}):"),
    }
}
pub fn removed(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nb => format!("Slettes fra denne nettleseren ({n}):"),
        Lang::Nn => format!("Blir sletta frå denne nettlesaren ({n}):"),
        Lang::En => format!("Deleted from this browser ({n}):"),
    }
}

/// "1 vurdering" or "n vurderinger", in the language.
fn assessments(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nb | Lang::Nn, 1) => "1 vurdering".into(),
        (Lang::Nb, n) => format!("{n} vurderinger"),
        (Lang::Nn, n) => format!("{n} vurderingar"),
        (Lang::En, 1) => "1 assessment".into(),
        (Lang::En, n) => format!("{n} assessments"),
    }
}

pub fn backup_done(lang: Lang, mode: Mode, added: usize, removed: usize, unchanged: usize) -> String {
    let a = assessments(lang, added);
    match (lang, mode) {
        (Lang::Nb, Mode::Add) => format!("Sikkerhetskopien er hentet inn: {a} lagt til, {unchanged} fantes allerede."),
        (Lang::Nn, Mode::Add) => format!("Tryggleikskopien er henta inn: {a} lagd til, {unchanged} fanst alt."),
        (Lang::En, Mode::Add) => format!("The backup was imported: {a} added, {unchanged} already here."),
        (Lang::Nb, Mode::Replace) => format!("Sikkerhetskopien erstattet det som var her: {a} lagt til, {removed} slettet, {unchanged} uendret."),
        (Lang::Nn, Mode::Replace) => format!("Tryggleikskopien erstatta det som var her: {a} lagd til, {removed} sletta, {unchanged} uendra."),
        (Lang::En, Mode::Replace) => format!("The backup replaced what was here: {a} added, {removed} deleted, {unchanged} unchanged."),
    }
}

pub fn dropped_answers(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nb => format!("{n} svar på spørsmål som ikke finnes lenger, ble utelatt."),
        Lang::Nn => format!("{n} svar på spørsmål som ikkje finst lenger, vart utelatne."),
        Lang::En => format!("{n} answers to questions that no longer exist were left out."),
    }
}

pub fn restored(lang: Lang, s: &Salvage) -> String {
    let a = assessments(lang, s.recovered.len());
    match lang {
        Lang::Nb => format!("Gjenoppretting: {a} ble hentet inn."),
        Lang::Nn => format!("Gjenoppretting: {a} vart henta inn."),
        Lang::En => format!("Restore: {a} brought back."),
    }
}
pub const RESTORE_ALL: L = l! { nb: "Alt kunne gjenopprettes.", nn: "Alt kunne gjenopprettast.", en: "Everything could be restored." };
pub const RESTORE_CUT: L = l! {
    nb: "Dataene slutter for tidlig: det som sto etter de gjenopprettede vurderingene, er borte.",
    nn: "Dataa sluttar for tidleg: det som stod etter dei gjenoppretta vurderingane, er borte.",
    en: "The data ends too early: whatever came after the restored assessments is gone.",
};
pub const RESTORE_KEPT: L = l! {
    nb: "De uleselige dataene er fortsatt tatt vare på og kan lastes ned.",
    nn: "Dei uleselege dataa er framleis tekne vare på og kan lastast ned.",
    en: "The unreadable data is still kept and can be downloaded.",
};

pub fn lost(lang: Lang, position: usize, name: Option<&str>) -> String {
    match (lang, name) {
        (Lang::Nb, Some(n)) => format!("Vurdering nr. {position} («{n}») kunne ikke gjenopprettes:"),
        (Lang::Nn, Some(n)) => format!("Vurdering nr. {position} («{n}») kunne ikkje gjenopprettast:"),
        (Lang::En, Some(n)) => format!("Assessment no. {position} (\"{n}\") could not be restored:"),
        (Lang::Nb, None) => format!("Vurdering nr. {position} kunne ikke gjenopprettes:"),
        (Lang::Nn, None) => format!("Vurdering nr. {position} kunne ikkje gjenopprettast:"),
        (Lang::En, None) => format!("Assessment no. {position} could not be restored:"),
    }
}

pub fn persist(lang: Lang, answer: Option<bool>) -> &'static str {
    let l = match answer {
        Some(true) => l! {
            nb: "Nettleseren har lovet å ikke slette det du lagrer her på egen hånd. Ta likevel sikkerhetskopi jevnlig.",
            nn: "Nettlesaren har lova å ikkje slette det du lagrar her på eiga hand. Ta likevel tryggleikskopi jamleg.",
            en: "The browser has promised not to delete what you store here on its own. Still take a backup regularly.",
        },
        Some(false) => l! {
            nb: "Nettleseren ville ikke love å beholde det du lagrer her, og kan slette det hvis plassen blir knapp eller du ikke bruker verktøyet på en stund. Ta sikkerhetskopi jevnlig.",
            nn: "Nettlesaren ville ikkje love å halde på det du lagrar her, og kan slette det om plassen blir knapp eller du ikkje brukar verktøyet på ei stund. Ta tryggleikskopi jamleg.",
            en: "The browser would not promise to keep what you store here, and may delete it when space runs short or you have not used the tool for a while. Take a backup regularly.",
        },
        None => l! {
            nb: "Denne nettleseren kan ikke love å beholde det du lagrer her. Ta sikkerhetskopi jevnlig.",
            nn: "Denne nettlesaren kan ikkje love å halde på det du lagrar her. Ta tryggleikskopi jamleg.",
            en: "This browser cannot promise to keep what you store here. Take a backup regularly.",
        },
    };
    l.get(lang)
}

/// The visible counter under a limited field.
pub fn count(lang: Lang, n: usize, max: usize) -> String {
    match lang {
        Lang::Nb => format!("{n} av {max} tegn"),
        Lang::Nn => format!("{n} av {max} teikn"),
        Lang::En => format!("{n} of {max} characters"),
    }
}

/// Announced politely near the limit only, so screen readers are not told every keystroke.
pub fn left(lang: Lang, left: usize) -> String {
    match (lang, left) {
        (Lang::Nb, 0) => "Grensen er nådd: feltet tar ikke flere tegn.".into(),
        (Lang::Nn, 0) => "Grensa er nådd: feltet tek ikkje fleire teikn.".into(),
        (Lang::En, 0) => "The limit is reached: the field takes no more characters.".into(),
        (Lang::Nb, n) => format!("{n} tegn igjen."),
        (Lang::Nn, n) => format!("{n} teikn att."),
        (Lang::En, n) => format!("{n} characters left."),
    }
}

pub fn paste_refused(lang: Lang, pasted: usize, room: usize, max: usize) -> String {
    match lang {
        Lang::Nb => format!("Teksten du limte inn er {pasted} tegn, men det er bare plass til {room} til (feltet tar {max}). Ingenting ble limt inn eller kuttet: kort ned teksten og lim inn på nytt."),
        Lang::Nn => format!("Teksten du limte inn er {pasted} teikn, men det er berre plass til {room} til (feltet tek {max}). Ingenting vart limt inn eller kutta: kort ned teksten og lim inn på nytt."),
        Lang::En => format!("The text you pasted is {pasted} characters, but there is room for only {room} more (the field takes {max}). Nothing was pasted or cut: shorten the text and paste again."),
    }
}

pub const NAME_INVISIBLE: L = l! {
    nb: "Skriv inn kommunens navn (usynlige tegn alene teller ikke)",
    nn: "Skriv inn namnet til kommunen (usynlege teikn åleine tel ikkje)",
    en: "Enter the municipality's name (invisible characters alone do not count)",
};
