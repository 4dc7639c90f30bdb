//! Workshop merge and presentation.

use super::{Lang, L};

pub const TITLE: L = l! { nb: "Verksted: sammenlign deltakernes svar", nn: "Verkstad: samanlikn svara til deltakarane", en: "Workshop: compare participants' answers" };
pub const LEAD: L = l! {
    nb: "Hent inn filene deltakerne har lastet ned av samme vurdering. Alt skjer i denne nettleseren; filene lagres ikke.",
    nn: "Hent inn filene deltakarane har lasta ned av same vurdering. Alt skjer i denne nettlesaren; filene blir ikkje lagra.",
    en: "Import the files participants downloaded of the same assessment. Everything happens in this browser; the files are not stored.",
};
pub const PICK: L = l! { nb: "Velg deltakernes filer", nn: "Vel filene til deltakarane", en: "Choose the participants' files" };
pub const CLEAR: L = l! { nb: "Fjern alle filene", nn: "Fjern alle filene", en: "Remove all files" };
pub const FILES: L = l! { nb: "Filer i sammenligningen", nn: "Filer i samanlikninga", en: "Files in the comparison" };
pub const RANGES: L = l! { nb: "Spenn i andel oppfylt per tema", nn: "Spenn i del oppfylt per tema", en: "Range of share met per theme" };
pub const COL_MIN: L = l! { nb: "Lavest", nn: "Lågast", en: "Lowest" };
pub const COL_MAX: L = l! { nb: "Høyest", nn: "Høgast", en: "Highest" };
pub const SPREAD: L = l! { nb: "Svar per spørsmål", nn: "Svar per spørsmål", en: "Answers per question" };
pub const DISAGREE: L = l! { nb: "Uenighet", nn: "Usemje", en: "Disagreement" };
pub const ONLY_DISAGREE: L = l! { nb: "Vis bare spørsmål der deltakerne er uenige", nn: "Vis berre spørsmål der deltakarane er usamde", en: "Show only questions where participants disagree" };
pub const COL_UNANSWERED: L = l! { nb: "Ubesvart", nn: "Utan svar", en: "Unanswered" };
pub const YES_WORD: L = l! { nb: "Ja", nn: "Ja", en: "Yes" };

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

pub const DEMO_TITLE: L = l! { nb: "Eksempelkommunen", nn: "Dømekommunen", en: "The example municipality" };
pub const PRESENT_HINT: L = l! {
    nb: "Presentasjonsmodus gir stor skrift og høy kontrast for projektor. Slå den av og på i toppmenyen.",
    nn: "Presentasjonsmodus gjev stor skrift og høg kontrast for projektor. Slå han av og på i toppmenyen.",
    en: "Presentation mode gives large type and high contrast for a projector. Toggle it in the top menu.",
};

pub const OFFLINE_TITLE: L = l! { nb: "Bruk verktøyet uten nett", nn: "Bruk verktøyet utan nett", en: "Use the tool without a network" };
pub const OFFLINE_LEAD: L = l! {
    nb: "Last ned hele verktøyet som én fil. Den åpnes rett fra disken eller en minnepinne, uten server og uten nett, og den kan ikke sende noe noe sted.",
    nn: "Last ned heile verktøyet som éi fil. Ho kan opnast rett frå disken eller ein minnepinne, utan tenar og utan nett, og ho kan ikkje sende noko nokon stad.",
    en: "Download the whole tool as one file. It opens straight from disk or a USB stick, with no server and no network, and it cannot send anything anywhere.",
};
pub const OFFLINE_STORAGE: L = l! {
    nb: "Det du lagrer i fila, holdes adskilt fra det du lagrer her. Flytt en vurdering mellom dem med «Last ned som fil» og «Hent inn en fil» på Mine vurderinger.",
    nn: "Det du lagrar i fila, blir halde skilt frå det du lagrar her. Flytt ei vurdering mellom dei med «Last ned som fil» og «Hent inn ei fil» på Mine vurderingar.",
    en: "What you save in the file is kept apart from what you save here. Move an assessment between them with “Download as a file” and “Import a file” under My assessments.",
};
pub const OFFLINE_LINK: L = l! { nb: "Last ned verktøyet som én fil", nn: "Last ned verktøyet som éi fil", en: "Download the tool as one file" };

pub const DIFFER_TITLE: L = l! {
    nb: "Filene er ikke fra samme vurdering. Vil du likevel sammenligne dem?",
    nn: "Filene er ikkje frå same vurdering. Vil du likevel samanlikne dei?",
    en: "The files are not from the same assessment. Compare them anyway?",
};
pub const MERGE_ANYWAY: L = l! { nb: "Sammenlign likevel", nn: "Samanlikn likevel", en: "Compare anyway" };
pub const LEAVE_OUT: L = l! { nb: "Ikke ta med de nye filene", nn: "Ikkje ta med dei nye filene", en: "Leave the new files out" };

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
pub const MERGE_TITLE: L = l! { nb: "Sammenlign deltakernes filer", nn: "Samanlikn filene til deltakarane", en: "Compare participants' files" };

// The room: codes, show of hands, the spread, agreed answers.

use crate::model::answers::Answer;
use crate::model::participant_code::{CodeError, Service};
use crate::model::room::{CodeOutcome, Group};

pub const STEPS_TITLE: L = l! { nb: "Slik kjører du verkstedet", nn: "Slik køyrer du verkstaden", en: "How to run the workshop" };
pub const STEP_1: L = l! {
    nb: "Åpne eller opprett vurderingen som rommets svar skal inn i, og slå på presentasjonsmodus i toppmenyen.",
    nn: "Opne eller opprett vurderinga som svara til rommet skal inn i, og slå på presentasjonsmodus i toppmenyen.",
    en: "Open or create the assessment the room's answers go into, and turn on presentation mode in the top menu.",
};
pub const STEP_2: L = l! {
    nb: "Samle svarene: deltakerne svarer i deltakermodus og leser opp koden sin, eller rommet rekker opp hånden for ett spørsmål om gangen. Filer virker også.",
    nn: "Samle svara: deltakarane svarer i deltakarmodus og les opp koden sin, eller rommet rekkjer opp handa for eitt spørsmål om gongen. Filer verkar òg.",
    en: "Gather the answers: participants answer in participant mode and read out their code, or the room shows hands one question at a time. Files work too.",
};
pub const STEP_3: L = l! {
    nb: "Drøft spørsmålene med mest uenighet først, og skriv rommets felles svar inn i vurderingen.",
    nn: "Drøft spørsmåla med mest usemje først, og skriv det felles svaret til rommet inn i vurderinga.",
    en: "Discuss the questions with the most disagreement first, and write the room's agreed answer into the assessment.",
};
pub const GATHER_TITLE: L = l! { nb: "Samle rommets svar", nn: "Samle svara til rommet", en: "Gather the room's answers" };
pub const PARTICIPANT_LINK: L = l! { nb: "Åpne deltakermodus", nn: "Opne deltakarmodus", en: "Open participant mode" };
pub const PARTICIPANT_HINT: L = l! {
    nb: "Deltakerne åpner verktøyet på egen telefon eller PC (nettsiden eller verktøyet som én fil) og går til Verksted → Åpne deltakermodus. Ingenting sendes over nett.",
    nn: "Deltakarane opnar verktøyet på eigen telefon eller PC (nettsida eller verktøyet som éi fil) og går til Verkstad → Opne deltakarmodus. Ingenting blir sendt over nett.",
    en: "Participants open the tool on their own phone or laptop (the website or the tool as one file) and go to Workshop → Open participant mode. Nothing is sent over a network.",
};
pub const CODES_TITLE: L = l! { nb: "Deltakerkoder", nn: "Deltakarkodar", en: "Participant codes" };
pub const CODE_LABEL: L = l! { nb: "Deltakerkode", nn: "Deltakarkode", en: "Participant code" };
pub fn code_hint(lang: Lang, len: usize) -> String {
    match lang {
        Lang::Nb => format!("{len} tegn. Store eller små bokstaver, mellomrom og bindestrek spiller ingen rolle."),
        Lang::Nn => format!("{len} teikn. Store eller små bokstavar, mellomrom og bindestrek spelar inga rolle."),
        Lang::En => format!("{len} characters. Upper or lower case, spaces and dashes make no difference."),
    }
}
pub const CODE_ADD: L = l! { nb: "Legg til koden", nn: "Legg til koden", en: "Add the code" };
pub const CODES_IN_ROOM: L = l! { nb: "Koder i rommet", nn: "Kodar i rommet", en: "Codes in the room" };
pub const CLEAR_ROOM: L = l! { nb: "Fjern alle koder og tellinger", nn: "Fjern alle kodar og teljingar", en: "Remove all codes and counts" };

pub fn service_name(lang: Lang, s: Service) -> &'static str {
    let l = match s {
        Service::Nav => l! { nb: "Nav", nn: "Nav", en: "Nav" },
        Service::HealthCare => l! { nb: "Helse og omsorg", nn: "Helse og omsorg", en: "Health and care" },
        Service::Housing => l! { nb: "Bolig", nn: "Bustad", en: "Housing" },
        Service::Management => l! { nb: "Ledelse", nn: "Leiing", en: "Management" },
        Service::Other => l! { nb: "Annet", nn: "Anna", en: "Other" },
    };
    l.get(lang)
}
pub const NO_SERVICE: L = l! { nb: "Tjeneste ikke oppgitt", nn: "Teneste ikkje oppgitt", en: "Service not given" };
pub fn group_name(lang: Lang, g: Group) -> &'static str {
    match g {
        Group::Service(s) => service_name(lang, s),
        Group::Unknown => NO_SERVICE.get(lang),
        Group::Hands => HANDS_TITLE.get(lang),
    }
}

pub fn participant_label(lang: Lang, n: usize, service: Option<Service>) -> String {
    let s = service.map_or(NO_SERVICE.get(lang), |s| service_name(lang, s));
    match lang {
        Lang::Nb => format!("Deltaker {n} ({s})"),
        Lang::Nn => format!("Deltakar {n} ({s})"),
        Lang::En => format!("Participant {n} ({s})"),
    }
}
pub fn remove_participant(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nb => format!("Fjern deltaker {n}"),
        Lang::Nn => format!("Fjern deltakar {n}"),
        Lang::En => format!("Remove participant {n}"),
    }
}

pub fn code_error(lang: Lang, e: &CodeError) -> String {
    match (lang, e) {
        (Lang::Nb, CodeError::Empty) => "Skriv inn en kode først.".into(),
        (Lang::Nn, CodeError::Empty) => "Skriv inn ein kode først.".into(),
        (Lang::En, CodeError::Empty) => "Type a code first.".into(),
        (Lang::Nb, CodeError::BadSymbol { pos, symbol }) => format!("Tegn {pos} («{symbol}») finnes ikke i koder. Koder har bare tallene 0–9 og bokstavene A–Z uten I, L, O og U."),
        (Lang::Nn, CodeError::BadSymbol { pos, symbol }) => format!("Teikn {pos} («{symbol}») finst ikkje i kodar. Kodar har berre tala 0–9 og bokstavane A–Z utan I, L, O og U."),
        (Lang::En, CodeError::BadSymbol { pos, symbol }) => format!("Character {pos} (“{symbol}”) is not used in codes. Codes have only the digits 0–9 and the letters A–Z without I, L, O and U."),
        (Lang::Nb, CodeError::Check) => "Koden stemmer ikke: minst ett tegn er skrevet eller lest feil. Sjekk koden tegn for tegn.".into(),
        (Lang::Nn, CodeError::Check) => "Koden stemmer ikkje: minst eitt teikn er skrive eller lese feil. Sjekk koden teikn for teikn.".into(),
        (Lang::En, CodeError::Check) => "The code does not add up: at least one character was typed or read wrong. Check the code character by character.".into(),
        (Lang::Nb, CodeError::Version { found, expected }) => format!("Koden er laget med versjon {found} av spørsmålene, men dette verktøyet bruker versjon {expected}. Be deltakeren bruke samme versjon av verktøyet."),
        (Lang::Nn, CodeError::Version { found, expected }) => format!("Koden er laga med versjon {found} av spørsmåla, men dette verktøyet bruker versjon {expected}. Be deltakaren bruke same versjon av verktøyet."),
        (Lang::En, CodeError::Version { found, expected }) => format!("The code was made with version {found} of the questions, but this tool uses version {expected}. Ask the participant to use the same version of the tool."),
        (Lang::Nb, CodeError::Length { found, expected }) => format!("Koden har {found} tegn, men skal ha {expected}. Et tegn mangler eller er skrevet to ganger."),
        (Lang::Nn, CodeError::Length { found, expected }) => format!("Koden har {found} teikn, men skal ha {expected}. Eit teikn manglar eller er skrive to gonger."),
        (Lang::En, CodeError::Length { found, expected }) => format!("The code has {found} characters but should have {expected}. One is missing or typed twice."),
        (Lang::Nb, CodeError::Range) => "Dette er ikke en deltakerkode fra dette verktøyet.".into(),
        (Lang::Nn, CodeError::Range) => "Dette er ikkje ein deltakarkode frå dette verktøyet.".into(),
        (Lang::En, CodeError::Range) => "This is not a participant code from this tool.".into(),
    }
}

pub fn code_outcome(lang: Lang, o: &CodeOutcome) -> String {
    match (lang, o) {
        (_, CodeOutcome::Refused(e)) => match lang {
            Lang::Nb => format!("Koden ble ikke lagt til. {}", code_error(lang, e)),
            Lang::Nn => format!("Koden vart ikkje lagd til. {}", code_error(lang, e)),
            Lang::En => format!("The code was not added. {}", code_error(lang, e)),
        },
        (Lang::Nb, CodeOutcome::Duplicate { n }) => format!("Koden ble ikke lagt til: den er allerede med som deltaker {n}, og ingen telles to ganger."),
        (Lang::Nn, CodeOutcome::Duplicate { n }) => format!("Koden vart ikkje lagd til: han er alt med som deltakar {n}, og ingen blir talde to gonger."),
        (Lang::En, CodeOutcome::Duplicate { n }) => format!("The code was not added: it is already in as participant {n}, and nobody is counted twice."),
        (_, CodeOutcome::Added { n, service, answered }) => {
            let who = participant_label(lang, *n, *service);
            match lang {
                Lang::Nb => format!("{who} er lagt til, med {answered} svar."),
                Lang::Nn => format!("{who} er lagd til, med {answered} svar."),
                Lang::En => format!("{who} was added, with {answered} answers."),
            }
        }
    }
}

pub const HANDS_TITLE: L = l! { nb: "Håndsopprekning", nn: "Handsopprekking", en: "Show of hands" };
pub const HANDS_LEAD: L = l! {
    nb: "Les spørsmålet høyt, be om håndsopprekning for hvert svar og skriv inn antallet. Deltakerne trenger ingen enhet.",
    nn: "Les spørsmålet høgt, be om handsopprekking for kvart svar og skriv inn talet. Deltakarane treng inga eining.",
    en: "Read the question out, ask for a show of hands for each answer and type the count. Participants need no device.",
};
pub const HANDS_SAVE: L = l! { nb: "Lagre tellingen", nn: "Lagre teljinga", en: "Save the count" };
pub fn hands_saved(lang: Lang, total: u32) -> String {
    match lang {
        Lang::Nb => format!("Tellingen er lagret: {total} hender for dette spørsmålet."),
        Lang::Nn => format!("Teljinga er lagra: {total} hender for dette spørsmålet."),
        Lang::En => format!("The count was saved: {total} hands for this question."),
    }
}

pub const ROOM_TITLE: L = l! { nb: "Rommets svar", nn: "Svara til rommet", en: "The room's answers" };
pub fn room_summary(lang: Lang, codes: usize, files: usize, hands: u32) -> String {
    match lang {
        Lang::Nb => format!("Med i sammenligningen: {codes} med kode, {files} med fil, opptil {hands} ved håndsopprekning."),
        Lang::Nn => format!("Med i samanlikninga: {codes} med kode, {files} med fil, opptil {hands} ved handsopprekking."),
        Lang::En => format!("In the comparison: {codes} by code, {files} by file, up to {hands} by show of hands."),
    }
}
pub const NOTHING_YET: L = l! {
    nb: "Ingen svar ennå. Legg til koder eller filer, eller tell hender for et spørsmål nedenfor.",
    nn: "Ingen svar enno. Legg til kodar eller filer, eller tel hender for eit spørsmål nedanfor.",
    en: "No answers yet. Add codes or files, or count hands for a question below.",
};
pub const SPLIT: L = l! { nb: "Del opp etter tjeneste", nn: "Del opp etter teneste", en: "Split by service" };
pub const SORTED_NOTE: L = l! {
    nb: "Sortert etter uenighet: andelen av svarene utenfor den største gruppen. Størst uenighet først.",
    nn: "Sortert etter usemje: delen av svara utanfor den største gruppa. Størst usemje først.",
    en: "Sorted by disagreement: the share of answers outside the largest group. Most disagreement first.",
};
pub const COL_GROUP: L = l! { nb: "Gruppe", nn: "Gruppe", en: "Group" };
pub const COL_CHART: L = l! { nb: "Fordeling", nn: "Fordeling", en: "Distribution" };
pub const DISCUSS: L = l! { nb: "Drøft", nn: "Drøft", en: "Discuss" };
pub fn discuss_label(lang: Lang, question: &str) -> String {
    match lang {
        Lang::Nb => format!("Drøft: {question}"),
        Lang::Nn => format!("Drøft: {question}"),
        Lang::En => format!("Discuss: {question}"),
    }
}

pub const FOCUS_TITLE: L = l! { nb: "Spørsmålet som drøftes", nn: "Spørsmålet som blir drøfta", en: "The question under discussion" };
pub fn position(lang: Lang, n: usize, total: usize, theme: &str) -> String {
    match lang {
        Lang::Nb => format!("Spørsmål {n} av {total} · {theme}"),
        Lang::Nn => format!("Spørsmål {n} av {total} · {theme}"),
        Lang::En => format!("Question {n} of {total} · {theme}"),
    }
}
pub const WHOLE_ROOM: L = l! { nb: "Hele rommet", nn: "Heile rommet", en: "The whole room" };
pub const PREV: L = l! { nb: "Forrige spørsmål", nn: "Førre spørsmål", en: "Previous question" };
pub const NEXT: L = l! { nb: "Neste spørsmål", nn: "Neste spørsmål", en: "Next question" };
pub const CHART_NOTE: L = l! {
    nb: "Tallene står også i tabellen «Svar per spørsmål».",
    nn: "Tala står òg i tabellen «Svar per spørsmål».",
    en: "The numbers are also in the table “Answers per question”.",
};
pub fn count_of(lang: Lang, answer: Answer, n: u32) -> String {
    let a = answer.label().get(lang);
    format!("{a}: {n}")
}

pub const AGREE_TITLE: L = l! { nb: "Rommets felles svar", nn: "Det felles svaret til rommet", en: "The room's agreed answer" };
pub const AGREE_NOTE: L = l! { nb: "Notat fra verkstedet (legges til spørsmålets notat)", nn: "Notat frå verkstaden (blir lagt til notatet for spørsmålet)", en: "Note from the workshop (added to the question's note)" };
pub const AGREE_BUTTON: L = l! { nb: "Skriv inn i vurderingen", nn: "Skriv inn i vurderinga", en: "Write into the assessment" };
pub const AGREE_PICK: L = l! { nb: "Velg rommets felles svar først.", nn: "Vel det felles svaret til rommet først.", en: "Choose the room's agreed answer first." };
pub const NOTE_TOO_LONG: L = l! {
    nb: "Notatet får ikke plass: spørsmålets notat ville blitt lengre enn grensen. Kort ned notatet fra verkstedet.",
    nn: "Notatet får ikkje plass: notatet for spørsmålet ville blitt lengre enn grensa. Kort ned notatet frå verkstaden.",
    en: "The note does not fit: the question's note would pass its limit. Shorten the workshop's note.",
};
pub fn agree_into(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Nb => format!("Svaret skrives inn i «{title}», merket som enighet i verksted i dag."),
        Lang::Nn => format!("Svaret blir skrive inn i «{title}», merkt som semje i verkstad i dag."),
        Lang::En => format!("The answer goes into “{title}”, marked as agreed in a workshop today."),
    }
}
pub fn replace_ask(lang: Lang, old: Answer, new: Answer) -> String {
    let (o, n) = (old.label().get(lang), new.label().get(lang));
    match lang {
        Lang::Nb => format!("Vurderingen har allerede svaret «{o}» på dette spørsmålet. Vil du erstatte det med rommets svar «{n}»?"),
        Lang::Nn => format!("Vurderinga har alt svaret «{o}» på dette spørsmålet. Vil du byte det ut med svaret «{n}» frå rommet?"),
        Lang::En => format!("The assessment already answers this question “{o}”. Replace it with the room's answer “{n}”?"),
    }
}
pub const REPLACE: L = l! { nb: "Erstatt svaret", nn: "Byt ut svaret", en: "Replace the answer" };
pub const KEEP: L = l! { nb: "Behold svaret som står", nn: "Behald svaret som står", en: "Keep the answer there" };
pub fn agreed_on(lang: Lang, answer: Answer, date: &str) -> String {
    let a = answer.label().get(lang);
    match lang {
        Lang::Nb => format!("I vurderingen: «{a}», enighet i verksted {date}."),
        Lang::Nn => format!("I vurderinga: «{a}», semje i verkstad {date}."),
        Lang::En => format!("In the assessment: “{a}”, agreed in a workshop on {date}."),
    }
}
pub fn existing_answer(lang: Lang, answer: Answer) -> String {
    let a = answer.label().get(lang);
    match lang {
        Lang::Nb => format!("I vurderingen nå: «{a}» (ikke fra verksted)."),
        Lang::Nn => format!("I vurderinga no: «{a}» (ikkje frå verkstad)."),
        Lang::En => format!("In the assessment now: “{a}” (not from a workshop)."),
    }
}
pub const NO_TARGET: L = l! {
    nb: "For å skrive rommets svar inn i en vurdering må den være åpen. Opprett eller åpne den på startsiden eller under Mine vurderinger.",
    nn: "For å skrive svaret til rommet inn i ei vurdering må ho vere open. Opprett eller opne ho på startsida eller under Mine vurderingar.",
    en: "To write the room's answer into an assessment, it must be open. Create or open it on the start page or under My assessments.",
};

// Participant mode.

pub const P_TITLE: L = l! { nb: "Deltakermodus", nn: "Deltakarmodus", en: "Participant mode" };
pub const P_LEAD: L = l! {
    nb: "Svar på spørsmålene her på din egen enhet. Til slutt får du en kort kode og en QR-kode som du viser kursholderen. Ingenting sendes over nett, og svarene lagres ikke her.",
    nn: "Svar på spørsmåla her på di eiga eining. Til slutt får du ein kort kode og ein QR-kode som du viser kurshaldaren. Ingenting blir sendt over nett, og svara blir ikkje lagra her.",
    en: "Answer the questions here on your own device. At the end you get a short code and a QR code to show the trainer. Nothing is sent over a network, and the answers are not stored here.",
};
pub const P_NAME: L = l! { nb: "Navnet ditt (valgfritt)", nn: "Namnet ditt (valfritt)", en: "Your name (optional)" };
pub const P_NAME_HINT: L = l! {
    nb: "Vises bare på skjermen din, så du kjenner igjen koden. Navnet er ikke med i koden.",
    nn: "Blir berre vist på skjermen din, så du kjenner att koden. Namnet er ikkje med i koden.",
    en: "Shown only on your screen, so you know the code is yours. The name is not in the code.",
};
pub const P_SERVICE: L = l! { nb: "Hvor jobber du?", nn: "Kvar jobbar du?", en: "Where do you work?" };
pub const P_SERVICE_NONE: L = l! { nb: "Vil ikke oppgi", nn: "Vil ikkje oppgi", en: "Prefer not to say" };
pub fn p_answered(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Nb => format!("Du har svart på {n} av {total} spørsmål."),
        Lang::Nn => format!("Du har svart på {n} av {total} spørsmål."),
        Lang::En => format!("You have answered {n} of {total} questions."),
    }
}
pub const P_SHOW_CODE: L = l! { nb: "Vis koden min", nn: "Vis koden min", en: "Show my code" };
pub const P_CODE_TITLE: L = l! { nb: "Koden din", nn: "Koden din", en: "Your code" };
pub const P_CODE_HINT: L = l! {
    nb: "Les koden høyt for kursholderen, eller vis QR-koden. Koden har bare svarene dine og tjenesten du valgte.",
    nn: "Les koden høgt for kurshaldaren, eller vis QR-koden. Koden har berre svara dine og tenesta du valde.",
    en: "Read the code out to the trainer, or show the QR code. The code holds only your answers and the service you chose.",
};
pub const P_QR: L = l! { nb: "QR-kode med den samme koden", nn: "QR-kode med den same koden", en: "QR code with the same code" };
pub const P_EDIT: L = l! { nb: "Endre svarene", nn: "Endre svara", en: "Change the answers" };
pub const P_CLEAR: L = l! { nb: "Klart for neste deltaker: tøm svarene", nn: "Klart for neste deltakar: tøm svara", en: "Ready for the next participant: clear the answers" };
/// The mark an agreed answer carries on its question page and in the report (and so in the Word file).
pub fn agreed_mark(lang: Lang, date: &str) -> String {
    let d = crate::model::dates::long(lang, date);
    match lang {
        Lang::Nb => format!("Enighet i verksted {d}"),
        Lang::Nn => format!("Semje i verkstad {d}"),
        Lang::En => format!("Agreed in a workshop on {d}"),
    }
}

// The QR module, fetched on demand: the participant's QR code and the trainer's camera scanner.
pub const P_QR_LOADING: L = l! { nb: "Lager QR-koden …", nn: "Lagar QR-koden …", en: "Making the QR code …" };
pub const P_QR_FAILED: L = l! {
    nb: "QR-koden kunne ikke lages her. Les opp eller vis koden over i stedet; den er like god.",
    nn: "QR-koden kunne ikkje lagast her. Les opp eller vis koden over i staden; han er like god.",
    en: "The QR code could not be made here. Read out or show the code above instead; it works just as well.",
};
pub const SCAN_OPEN: L = l! { nb: "Skann QR-kode med kameraet", nn: "Skann QR-kode med kameraet", en: "Scan a QR code with the camera" };
pub const SCAN_TITLE: L = l! { nb: "Skann deltakerens QR-kode", nn: "Skann QR-koden til deltakaren", en: "Scan the participant's QR code" };
pub const SCAN_CLOSE: L = l! { nb: "Lukk skanneren", nn: "Lukk skannaren", en: "Close the scanner" };
pub const SCAN_STARTING: L = l! { nb: "Starter kameraet …", nn: "Startar kameraet …", en: "Starting the camera …" };
pub const SCAN_LOOKING: L = l! {
    nb: "Hold QR-koden på deltakerens skjerm foran kameraet. Bildet leses bare her i nettleseren og sendes ingen steder.",
    nn: "Hald QR-koden på skjermen til deltakaren framfor kameraet. Biletet blir berre lese her i nettlesaren og blir ikkje sendt nokon stad.",
    en: "Hold the QR code on the participant's screen up to the camera. The picture is read only here in the browser and sent nowhere.",
};
pub const SCAN_VIDEO: L = l! { nb: "Bildet fra kameraet", nn: "Biletet frå kameraet", en: "The camera's picture" };
pub fn camera_error(lang: Lang, e: crate::browser::CameraError) -> &'static str {
    use crate::browser::CameraError::*;
    let l = match e {
        Refused => l! {
            nb: "Nettleseren fikk ikke lov til å bruke kameraet. Skriv inn koden i feltet over i stedet, eller gi tilgang til kameraet i nettleserens innstillinger og prøv igjen.",
            nn: "Nettlesaren fekk ikkje lov til å bruke kameraet. Skriv inn koden i feltet over i staden, eller gi tilgang til kameraet i innstillingane til nettlesaren og prøv igjen.",
            en: "The browser was not allowed to use the camera. Type the code in the field above instead, or allow the camera in the browser's settings and try again.",
        },
        Missing => l! {
            nb: "Fant ikke noe kamera. Skriv inn koden i feltet over i stedet.",
            nn: "Fann ikkje noko kamera. Skriv inn koden i feltet over i staden.",
            en: "No camera was found. Type the code in the field above instead.",
        },
        Failed => l! {
            nb: "Kameraet ville ikke starte (kanskje et annet program bruker det). Skriv inn koden i feltet over i stedet.",
            nn: "Kameraet ville ikkje starte (kanskje eit anna program bruker det). Skriv inn koden i feltet over i staden.",
            en: "The camera would not start (another program may be using it). Type the code in the field above instead.",
        },
        NotLoaded => l! {
            nb: "Skanneren kunne ikke lastes. Skriv inn koden i feltet over i stedet.",
            nn: "Skannaren kunne ikkje lastast. Skriv inn koden i feltet over i staden.",
            en: "The scanner could not be loaded. Type the code in the field above instead.",
        },
    };
    l.get(lang)
}
