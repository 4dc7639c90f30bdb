//! Saving, several assessments, export/import, compare, and every error message about data.

use super::{Lang, L};
use crate::model::bank;
use crate::model::limits::{Field, Problem};
use crate::model::save_format::{Damage, LoadError, MAX_BACKUP_BYTES, MAX_FILE_BYTES};

pub const SAVED: L = l! { nb: "Lagret i nettleseren", nn: "Lagra i nettlesaren", en: "Saved in this browser" };
pub const NOT_SAVED: L = l! { nb: "Ikke lagret!", nn: "Ikkje lagra!", en: "Not saved!" };
pub const SAVE_FAILED: L = l! {
    nb: "Nettleseren tok ikke imot de siste endringene (lagringen kan være full eller slått av, for eksempel i privat modus). Svarene er fortsatt på skjermen: last ned en kopi nå.",
    nn: "Nettlesaren tok ikkje imot dei siste endringane (lagringa kan vere full eller slått av, til dømes i privat modus). Svara er framleis på skjermen: last ned ein kopi no.",
    en: "The browser did not accept the latest changes (storage may be full or switched off, for example in private mode). The answers are still on screen: download a copy now.",
};
pub const SAVE_VERIFY: L = l! {
    nb: "Nettleseren lagret ikke det samme som ble sendt, så de siste endringene kan være tapt ved neste besøk. Last ned en kopi nå.",
    nn: "Nettlesaren lagra ikkje det same som vart sendt, så dei siste endringane kan vere tapte ved neste besøk. Last ned ein kopi no.",
    en: "The browser did not store what was sent, so the latest changes may be lost on your next visit. Download a copy now.",
};
pub const SAVE_BLOCKED: L = l! {
    nb: "Endringer lagres ikke ennå: uleselige data ligger fortsatt i nettleseren og ville blitt overskrevet. Last dem ned eller slett dem under Mine vurderinger.",
    nn: "Endringar blir ikkje lagra enno: uleselege data ligg framleis i nettlesaren og ville blitt skrivne over. Last dei ned eller slett dei under Mine vurderingar.",
    en: "Changes are not saved yet: unreadable data is still in the browser and would be overwritten. Download or delete it under My assessments.",
};

pub fn save_failure(lang: Lang, why: &crate::state::SaveFailure) -> &'static str {
    use crate::state::SaveFailure;
    match why {
        SaveFailure::Browser(_) => SAVE_FAILED.get(lang),
        SaveFailure::Verify => SAVE_VERIFY.get(lang),
        SaveFailure::Blocked => SAVE_BLOCKED.get(lang),
        SaveFailure::Full { .. } => super::manage::FULL.get(lang),
    }
}

pub fn refused(lang: Lang, what: crate::state::Refused) -> &'static str {
    use crate::state::Refused;
    let l = match what {
        Refused::Download => &l! {
            nb: "Nettleseren tillot ikke nedlastingen. Prøv igjen, eller prøv en annen nettleser.",
            nn: "Nettlesaren tillét ikkje nedlastinga. Prøv igjen, eller prøv ein annan nettlesar.",
            en: "The browser did not allow the download. Try again, or try another browser.",
        },
        Refused::Delete => &l! {
            nb: "Nettleseren tillot ikke slettingen. Ingenting er endret.",
            nn: "Nettlesaren tillét ikkje slettinga. Ingenting er endra.",
            en: "The browser did not allow the deletion. Nothing was changed.",
        },
    };
    l.get(lang)
}

pub const CONFLICT: L = l! {
    nb: "Vurderingene er endret i en annen fane. For ikke å overskrive det nyeste er dine siste endringer ikke lagret.",
    nn: "Vurderingane er endra i ei anna fane. For ikkje å skrive over det nyaste er dei siste endringane dine ikkje lagra.",
    en: "The assessments were changed in another tab. To avoid overwriting the newest work, your latest changes were not saved.",
};
pub const TAKE_THEIRS: L = l! { nb: "Bruk versjonen fra den andre fanen", nn: "Bruk versjonen frå den andre fana", en: "Use the other tab's version" };
pub const KEEP_MINE: L = l! { nb: "Behold mine endringer", nn: "Behald endringane mine", en: "Keep my changes" };
pub const OTHER_TAB: L = l! {
    nb: "Vurderingene ble oppdatert fra en annen fane.",
    nn: "Vurderingane vart oppdaterte frå ei anna fane.",
    en: "The assessments were updated from another tab.",
};
pub const DOWNLOAD_NOW: L = l! { nb: "Last ned en kopi", nn: "Last ned ein kopi", en: "Download a copy" };
pub const DISMISS: L = l! { nb: "Lukk meldingen", nn: "Lukk meldinga", en: "Dismiss" };

pub const CORRUPT: L = l! {
    nb: "Lagrede data i denne nettleseren kunne ikke leses. De er tatt vare på uendret, og verktøyet har startet uten dem. Last dem ned og ta vare på filen, og prøv å gjenopprette dem: alt som fortsatt er helt, hentes inn.",
    nn: "Lagra data i denne nettlesaren kunne ikkje lesast. Dei er tekne vare på uendra, og verktøyet har starta utan dei. Last dei ned og ta vare på fila, og prøv å gjenopprette dei: alt som framleis er heilt, blir henta inn.",
    en: "Data stored in this browser could not be read. It has been kept unchanged and the tool has started without it. Download it and keep the file, and try to restore it: everything still whole is brought back.",
};
pub const CORRUPT_RESTORE: L = l! { nb: "Prøv å gjenopprette", nn: "Prøv å gjenopprette", en: "Try to restore" };
pub const CORRUPT_DOWNLOAD: L = l! { nb: "Last ned de uleselige dataene", nn: "Last ned dei uleselege dataa", en: "Download the unreadable data" };
pub const CORRUPT_DELETE: L = l! { nb: "Slett de uleselige dataene", nn: "Slett dei uleselege dataa", en: "Delete the unreadable data" };

pub const ASSESSMENTS_TITLE: L = l! { nb: "Mine vurderinger", nn: "Mine vurderingar", en: "My assessments" };
pub const ASSESSMENTS_LEAD: L = l! {
    nb: "Alle egenvurderinger som er lagret i denne nettleseren. Last ned en kopi jevnlig: noen nettlesere sletter data etter noen dager uten besøk.",
    nn: "Alle eigenvurderingar som er lagra i denne nettlesaren. Last ned ein kopi jamleg: nokre nettlesarar slettar data etter nokre dagar utan besøk.",
    en: "All self-assessments stored in this browser. Download a copy regularly: some browsers delete data after a few days without a visit.",
};
pub const NONE_YET: L = l! { nb: "Ingen vurderinger er lagret ennå.", nn: "Ingen vurderingar er lagra enno.", en: "No assessments stored yet." };
pub const OPENED: L = l! { nb: "(åpen)", nn: "(open)", en: "(open)" };
pub const EDIT_DETAILS: L = l! { nb: "Endre opplysninger", nn: "Endre opplysningar", en: "Edit details" };
pub const SAVE_DETAILS: L = l! { nb: "Lagre opplysningene", nn: "Lagre opplysningane", en: "Save the details" };
pub const CANCEL: L = l! { nb: "Avbryt", nn: "Avbryt", en: "Cancel" };
pub const CARRY_FORWARD: L = l! { nb: "Start neste års vurdering fra denne", nn: "Start neste års vurdering frå denne", en: "Start next year's assessment from this one" };
pub const EXPORT: L = l! { nb: "Last ned som fil (JSON)", nn: "Last ned som fil (JSON)", en: "Download as a file (JSON)" };
pub const DELETE: L = l! { nb: "Slett", nn: "Slett", en: "Delete" };
pub const UNDO: L = l! { nb: "Angre", nn: "Angre", en: "Undo" };
pub const NEVER_EXPORTED: L = l! { nb: "Aldri lastet ned", nn: "Aldri lasta ned", en: "Never downloaded" };
pub const EXPORT_REMINDER: L = l! {
    nb: "Denne vurderingen er endret siden den sist ble lastet ned. Last ned en ny kopi.",
    nn: "Denne vurderinga er endra sidan ho sist vart lasta ned. Last ned ein ny kopi.",
    en: "This assessment has changed since it was last downloaded. Download a new copy.",
};

pub fn last_exported(lang: Lang, when: &str) -> String {
    match lang {
        Lang::Nb => format!("Sist lastet ned {when}"),
        Lang::Nn => format!("Sist lasta ned {when}"),
        Lang::En => format!("Last downloaded {when}"),
    }
}

pub fn deleted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nb => format!("«{name}» er slettet."),
        Lang::Nn => format!("«{name}» er sletta."),
        Lang::En => format!("\"{name}\" was deleted."),
    }
}

pub fn carried(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nb => format!("Ny vurdering laget fra «{name}». Svarene er overført og må bekreftes ett for ett."),
        Lang::Nn => format!("Ny vurdering laga frå «{name}». Svara er overførte og må stadfestast eitt for eitt."),
        Lang::En => format!("New assessment made from \"{name}\". The answers were carried over and must be confirmed one by one."),
    }
}

pub const IMPORT_TITLE: L = l! { nb: "Hent inn en fil", nn: "Hent inn ei fil", en: "Import a file" };
pub const IMPORT_LABEL: L = l! { nb: "Velg en fil lastet ned fra dette verktøyet", nn: "Vel ei fil lasta ned frå dette verktøyet", en: "Choose a file downloaded from this tool" };
pub const IMPORT_DROP: L = l! { nb: "…eller slipp filen her.", nn: "…eller slepp fila her.", en: "…or drop the file here." };
pub const IMPORT_SAFE: L = l! {
    nb: "En innhentet vurdering legges til som en ny vurdering og overskriver aldri en eksisterende. En sikkerhetskopi av alt vises først med det den vil endre, og du velger om den skal legges til eller erstatte det som er her.",
    nn: "Ei innhenta vurdering blir lagd til som ei ny vurdering og skriv aldri over ei eksisterande. Ein tryggleikskopi av alt blir vist først med det han vil endre, og du vel om han skal leggjast til eller erstatte det som er her.",
    en: "An imported assessment is added as a new one and never overwrites an existing one. A backup of everything is first shown with what it would change, and you choose whether it adds to or replaces what is here.",
};

pub fn imported(lang: Lang, name: &str, answered: usize, dropped: usize, bank_version: u32) -> String {
    let base = imported_answers(lang, name, answered, dropped);
    match bank_note(lang, bank_version) {
        Some(note) => format!("{base} {note}"),
        None => base,
    }
}

/// What differs when a file was made with an older question bank; None for the current one.
pub fn bank_note(lang: Lang, found: u32) -> Option<String> {
    if found >= bank::BANK_VERSION {
        return None;
    }
    let now = bank::BANK_VERSION;
    Some(match lang {
        Lang::Nb => format!("Filen ble laget med spørsmålsversjon {found}; verktøyet bruker nå versjon {now}. Spørsmål som er nye eller endret, står ubesvart og må vurderes på nytt."),
        Lang::Nn => format!("Fila vart laga med spørsmålsversjon {found}; verktøyet bruker no versjon {now}. Spørsmål som er nye eller endra, står utan svar og må vurderast på nytt."),
        Lang::En => format!("The file was made with question version {found}; the tool now uses version {now}. Questions that are new or changed are unanswered and need a fresh look."),
    })
}

fn imported_answers(lang: Lang, name: &str, answered: usize, dropped: usize) -> String {
    let base = match lang {
        Lang::Nb => format!("«{name}» er hentet inn med {answered} svar."),
        Lang::Nn => format!("«{name}» er henta inn med {answered} svar."),
        Lang::En => format!("\"{name}\" was imported with {answered} answers."),
    };
    if dropped == 0 {
        return base;
    }
    let extra = match lang {
        Lang::Nb => format!("{dropped} svar på spørsmål som ikke finnes lenger, ble utelatt."),
        Lang::Nn => format!("{dropped} svar på spørsmål som ikkje finst lenger, vart utelatne."),
        Lang::En => format!("{dropped} answers to questions that no longer exist were left out."),
    };
    format!("{base} {extra}")
}

pub fn import_failed(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Nb => format!("Filen «{file}» ble ikke hentet inn. Ingenting er endret."),
        Lang::Nn => format!("Fila «{file}» vart ikkje henta inn. Ingenting er endra."),
        Lang::En => format!("The file \"{file}\" was not imported. Nothing was changed."),
    }
}

/// A plain sentence naming the problem and what to do, for every way a file can be wrong.
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    let (one, all) = (MAX_FILE_BYTES / 1_000_000, MAX_BACKUP_BYTES / 1_000_000);
    match (lang, e) {
        (Lang::Nb, LoadError::TooLarge { bytes }) => format!("Filen er for stor ({} kB) til å være en fil fra dette verktøyet (maks {one} MB for én vurdering, {all} MB for en sikkerhetskopi).", bytes / 1000),
        (Lang::Nn, LoadError::TooLarge { bytes }) => format!("Fila er for stor ({} kB) til å vere ei fil frå dette verktøyet (maks {one} MB for éi vurdering, {all} MB for ein tryggleikskopi).", bytes / 1000),
        (Lang::En, LoadError::TooLarge { bytes }) => format!("The file is too large ({} kB) to be a file from this tool (max {one} MB for one assessment, {all} MB for a backup).", bytes / 1000),
        (_, LoadError::Damaged(part)) => damaged(lang, *part),
        (_, LoadError::Field { assessment, problem }) => field_problem(lang, assessment.as_deref(), problem),
        (Lang::Nb, LoadError::NewerBank { found }) => format!("Filen er laget med en nyere versjon av spørsmålene (versjon {found}; dette verktøyet har versjon {}). Last inn siden på nytt for å få siste versjon, og prøv igjen. Ingenting er endret.", bank::BANK_VERSION),
        (Lang::Nn, LoadError::NewerBank { found }) => format!("Fila er laga med ein nyare versjon av spørsmåla (versjon {found}; dette verktøyet har versjon {}). Last inn sida på nytt for å få siste versjon, og prøv igjen. Ingenting er endra.", bank::BANK_VERSION),
        (Lang::En, LoadError::NewerBank { found }) => format!("The file was made with a newer version of the questions (version {found}; this tool has version {}). Reload the page to get the latest version and try again. Nothing was changed.", bank::BANK_VERSION),
        (Lang::Nb, LoadError::Empty) => "Filen er tom.".into(),
        (Lang::Nn, LoadError::Empty) => "Fila er tom.".into(),
        (Lang::En, LoadError::Empty) => "The file is empty.".into(),
        (Lang::Nb, LoadError::NotUtf8) => "Filen er ikke en tekstfil i UTF-8, så den kommer ikke fra dette verktøyet.".into(),
        (Lang::Nn, LoadError::NotUtf8) => "Fila er ikkje ei tekstfil i UTF-8, så ho kjem ikkje frå dette verktøyet.".into(),
        (Lang::En, LoadError::NotUtf8) => "The file is not UTF-8 text, so it does not come from this tool.".into(),
        (Lang::Nb, LoadError::NotJson { .. }) => "Filen er ikke gyldig JSON. Den kan være skadet eller avkortet; prøv en nyere nedlasting.".into(),
        (Lang::Nn, LoadError::NotJson { .. }) => "Fila er ikkje gyldig JSON. Ho kan vere skadd eller avkorta; prøv ei nyare nedlasting.".into(),
        (Lang::En, LoadError::NotJson { .. }) => "The file is not valid JSON. It may be damaged or cut short; try a newer download.".into(),
        (Lang::Nb, LoadError::NotOurFormat) => "Dette ser ikke ut som en fil fra Egenvurdering rus.".into(),
        (Lang::Nn, LoadError::NotOurFormat) => "Dette ser ikkje ut som ei fil frå Eigenvurdering rus.".into(),
        (Lang::En, LoadError::NotOurFormat) => "This does not look like a file from this self-assessment tool.".into(),
        (Lang::Nb, LoadError::WrongKind) => "Filen er fra dette verktøyet, men er ikke én nedlastet vurdering. En sikkerhetskopi av alt hentes inn under Mine vurderinger.".into(),
        (Lang::Nn, LoadError::WrongKind) => "Fila er frå dette verktøyet, men er ikkje éi nedlasta vurdering. Ein tryggleikskopi av alt blir henta inn under Mine vurderingar.".into(),
        (Lang::En, LoadError::WrongKind) => "The file is from this tool but is not one downloaded assessment. A backup of everything is imported under My assessments.".into(),
        (Lang::Nb, LoadError::NewerVersion { found }) => format!("Filen er laget med en nyere versjon av verktøyet (filformat {found}). Last inn siden på nytt for å få siste versjon, og prøv igjen."),
        (Lang::Nn, LoadError::NewerVersion { found }) => format!("Fila er laga med ein nyare versjon av verktøyet (filformat {found}). Last inn sida på nytt for å få siste versjon, og prøv igjen."),
        (Lang::En, LoadError::NewerVersion { found }) => format!("The file was made with a newer version of the tool (file format {found}). Reload the page to get the latest version and try again."),
        (Lang::Nb, LoadError::OlderVersion { found }) => format!("Filen er fra en gammel versjon (filformat {found}) som ikke lenger kan leses."),
        (Lang::Nn, LoadError::OlderVersion { found }) => format!("Fila er frå ein gammal versjon (filformat {found}) som ikkje lenger kan lesast."),
        (Lang::En, LoadError::OlderVersion { found }) => format!("The file is from an old version (file format {found}) that can no longer be read."),
        (Lang::Nb, LoadError::Invalid { .. }) => "Filen har feil innhold (feil type verdi eller ukjente felt). Den kan være redigert for hånd.".into(),
        (Lang::Nn, LoadError::Invalid { .. }) => "Fila har feil innhald (feil type verdi eller ukjende felt). Ho kan vere redigert for hand.".into(),
        (Lang::En, LoadError::Invalid { .. }) => "The file has wrong content (wrong kinds of values or unknown fields). It may have been edited by hand.".into(),
    }
}

pub const TECHNICAL: L = l! { nb: "Tekniske detaljer", nn: "Tekniske detaljar", en: "Technical details" };

// Compare
pub const COMPARE_TITLE: L = l! { nb: "Sammenlign to vurderinger", nn: "Samanlikn to vurderingar", en: "Compare two assessments" };
pub const COMPARE_BEFORE: L = l! { nb: "Tidligere vurdering", nn: "Tidlegare vurdering", en: "Earlier assessment" };
pub const COMPARE_AFTER: L = l! { nb: "Nyere vurdering", nn: "Nyare vurdering", en: "Later assessment" };
pub const COMPARE_NEED_TWO: L = l! { nb: "Du trenger minst to lagrede vurderinger for å sammenligne.", nn: "Du treng minst to lagra vurderingar for å samanlikne.", en: "You need at least two stored assessments to compare." };
pub const COMPARE_CHANGE: L = l! { nb: "Endring", nn: "Endring", en: "Change" };
pub const COMPARE_QUESTIONS: L = l! { nb: "Spørsmål med endret svar", nn: "Spørsmål med endra svar", en: "Questions with a changed answer" };
pub const COMPARE_NONE: L = l! { nb: "Ingen svar er endret.", nn: "Ingen svar er endra.", en: "No answers changed." };
pub const COMPARE_LINK: L = l! { nb: "Sammenlign vurderinger", nn: "Samanlikn vurderingar", en: "Compare assessments" };

/// Our own file, damaged: say so, and which part.
fn damaged(lang: Lang, part: Damage) -> String {
    let (nb, nn, en) = match part {
        Damage::CutShort => ("slutten mangler (nedlastingen eller kopien ble avbrutt)", "slutten manglar (nedlastinga eller kopien vart avbroten)", "the end is missing (the download or copy was interrupted)"),
        Damage::CutInCharacter => ("filen slutter midt i et tegn (nedlastingen ble avbrutt)", "fila sluttar midt i eit teikn (nedlastinga vart avbroten)", "the file ends in the middle of a character (the download was interrupted)"),
        Damage::Encoding => ("deler av innholdet er ikke lenger tekst", "delar av innhaldet er ikkje lenger tekst", "parts of the content are no longer text"),
        Damage::Broken => ("tegn er endret eller fjernet, så oppbygningen ikke holder", "teikn er endra eller fjerna, så oppbygginga ikkje held", "characters were changed or removed, so the structure no longer holds"),
        Damage::SchemaVersion => ("filformatets versjonsnummer (schema_version) mangler eller er ugyldig", "versjonsnummeret til filformatet (schema_version) manglar eller er ugyldig", "the file format's version number (schema_version) is missing or invalid"),
    };
    match lang {
        Lang::Nb => format!("Filen er fra dette verktøyet, men er skadet eller ufullstendig: {nb}. Prøv en nyere eller hel kopi."),
        Lang::Nn => format!("Fila er frå dette verktøyet, men er skadd eller ufullstendig: {nn}. Prøv ein nyare eller heil kopi."),
        Lang::En => format!("The file is from this tool but is damaged or incomplete: {en}. Try a newer or complete copy."),
    }
}

/// The field's name as the form shows it.
pub fn field_name(lang: Lang, f: Field) -> &'static str {
    let l = match f {
        Field::Id => l! { nb: "id", nn: "id", en: "id" },
        Field::Municipality => l! { nb: "Kommune", nn: "Kommune", en: "Municipality" },
        Field::Unit => l! { nb: "Enhet eller tjeneste", nn: "Eining eller teneste", en: "Unit or service" },
        Field::Date => l! { nb: "Dato", nn: "Dato", en: "Date" },
        Field::Participants => l! { nb: "Hvem deltok", nn: "Kven var med", en: "Who took part" },
        Field::Updated => l! { nb: "sist endret (updated)", nn: "sist endra (updated)", en: "last changed (updated)" },
        Field::LastExported => l! { nb: "sist lastet ned (last_exported)", nn: "sist lasta ned (last_exported)", en: "last downloaded (last_exported)" },
        Field::Note => l! { nb: "Notat", nn: "Notat", en: "Note" },
        Field::ActionWhat => l! { nb: "Hva skal gjøres", nn: "Kva skal gjerast", en: "What will be done" },
        Field::ActionWho => l! { nb: "Ansvarlig", nn: "Ansvarleg", en: "Owner" },
        Field::ActionDue => l! { nb: "Frist", nn: "Frist", en: "Deadline" },
        Field::ActionCheck => l! { nb: "Slik kontrollerer ledelsen effekten", nn: "Slik kontrollerer leiinga effekten", en: "How management checks the effect" },
        Field::QuestionId => l! { nb: "spørsmåls-id", nn: "spørsmåls-id", en: "question id" },
    };
    l.get(lang)
}

/// The question as the user knows it: its text (shortened), else its id.
fn question_name(lang: Lang, id: &str) -> String {
    match bank::question(id) {
        Some(q) => {
            let t = q.text.get(lang);
            if t.chars().count() > 80 { format!("«{}…»", t.chars().take(80).collect::<String>()) } else { format!("«{t}»") }
        }
        None => format!("«{}»", id.chars().take(80).collect::<String>()),
    }
}

/// An over-long or impossible field, named by field, question and limit.
fn field_problem(lang: Lang, assessment: Option<&str>, p: &Problem) -> String {
    let what = match (lang, p) {
        (_, Problem::TooLong { field, question: Some(q), limit, found }) => match lang {
            Lang::Nb => format!("Feltet «{}» ved spørsmålet {} har {found} tegn; grensen er {limit}.", field_name(lang, *field), question_name(lang, q)),
            Lang::Nn => format!("Feltet «{}» ved spørsmålet {} har {found} teikn; grensa er {limit}.", field_name(lang, *field), question_name(lang, q)),
            Lang::En => format!("The field \"{}\" of the question {} has {found} characters; the limit is {limit}.", field_name(lang, *field), question_name(lang, q)),
        },
        (Lang::Nb, Problem::TooLong { field, limit, found, .. }) => format!("Feltet «{}» har {found} tegn; grensen er {limit}.", field_name(lang, *field)),
        (Lang::Nn, Problem::TooLong { field, limit, found, .. }) => format!("Feltet «{}» har {found} teikn; grensa er {limit}.", field_name(lang, *field)),
        (Lang::En, Problem::TooLong { field, limit, found, .. }) => format!("The field \"{}\" has {found} characters; the limit is {limit}.", field_name(lang, *field)),
        (_, Problem::NotADate { field, question }) => {
            let q = question.as_deref().map(|q| question_name(lang, q));
            match (lang, q) {
                (Lang::Nb, Some(q)) => format!("Feltet «{}» ved spørsmålet {q} er ikke en gyldig dato (ÅÅÅÅ-MM-DD).", field_name(lang, *field)),
                (Lang::Nn, Some(q)) => format!("Feltet «{}» ved spørsmålet {q} er ikkje ein gyldig dato (ÅÅÅÅ-MM-DD).", field_name(lang, *field)),
                (Lang::En, Some(q)) => format!("The field \"{}\" of the question {q} is not a real date (YYYY-MM-DD).", field_name(lang, *field)),
                (Lang::Nb, None) => format!("Feltet «{}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD).", field_name(lang, *field)),
                (Lang::Nn, None) => format!("Feltet «{}» er ikkje ein gyldig dato (ÅÅÅÅ-MM-DD).", field_name(lang, *field)),
                (Lang::En, None) => format!("The field \"{}\" is not a real date (YYYY-MM-DD).", field_name(lang, *field)),
            }
        }
        (Lang::Nb, Problem::NoName) => "Kommunenavnet er tomt eller består bare av usynlige tegn.".into(),
        (Lang::Nn, Problem::NoName) => "Kommunenamnet er tomt eller består berre av usynlege teikn.".into(),
        (Lang::En, Problem::NoName) => "The municipality name is empty or only invisible characters.".into(),
    };
    match (lang, assessment) {
        (_, None) => what,
        (Lang::Nb, Some(a)) => format!("I vurderingen «{a}»: {what}"),
        (Lang::Nn, Some(a)) => format!("I vurderinga «{a}»: {what}"),
        (Lang::En, Some(a)) => format!("In the assessment \"{a}\": {what}"),
    }
}
