//! The app shell: header, navigation, footer, home page, privacy page, not-found page.

use super::{Lang, L};

pub const APP_NAME: L = l! { nb: "Egenvurdering rus", nn: "Eigenvurdering rus", en: "Self-assessment: substance-use services" };
pub const SKIP: L = l! { nb: "Hopp til hovedinnhold", nn: "Hopp til hovudinnhaldet", en: "Skip to main content" };
pub const NAV_LABEL: L = l! { nb: "Hovedmeny", nn: "Hovudmeny", en: "Main menu" };
pub const NAV_HOME: L = l! { nb: "Start", nn: "Start", en: "Start" };
pub const NAV_OVERVIEW: L = l! { nb: "Spørsmål", nn: "Spørsmål", en: "Questions" };
pub const NAV_RESULTS: L = l! { nb: "Resultat", nn: "Resultat", en: "Results" };
pub const NAV_REPORT: L = l! { nb: "Rapport", nn: "Rapport", en: "Report" };
pub const NAV_ASSESSMENTS: L = l! { nb: "Mine vurderinger", nn: "Mine vurderingar", en: "My assessments" };
pub const NAV_WORKSHOP: L = l! { nb: "Verksted", nn: "Verkstad", en: "Workshop" };
pub const NAV_PRIVACY: L = l! { nb: "Personvern", nn: "Personvern", en: "Privacy" };
pub const NAV_METHOD: L = l! { nb: "Slik regnes det", nn: "Slik blir det rekna", en: "How the score works" };
pub const LANG_LABEL: L = l! { nb: "Språk", nn: "Språk", en: "Language" };
pub const PRESENT_ON: L = l! { nb: "Presentasjonsmodus", nn: "Presentasjonsmodus", en: "Presentation mode" };
pub const FOOTER_PRIVACY: L = l! {
    nb: "Ingen svar forlater denne enheten. Alt lagres bare i denne nettleseren.",
    nn: "Ingen svar forlèt denne eininga. Alt blir berre lagra i denne nettlesaren.",
    en: "No answer leaves this device. Everything is stored in this browser only.",
};
pub const FOOTER_SOURCE: L = l! {
    nb: "Bygger på Helsetilsynets landsomfattende tilsyn i 2004 og oppsummeringen fra 2007. Verktøyet er en egenvurdering, ikke et tilsyn.",
    nn: "Byggjer på det landsomfattande tilsynet til Helsetilsynet i 2004 og oppsummeringa frå 2007. Verktøyet er ei eigenvurdering, ikkje eit tilsyn.",
    en: "Based on Helsetilsynet's 2004 nationwide audit and its 2007 summary. The tool is a self-assessment, not an audit.",
};
pub const DEMO_BANNER: L = l! {
    nb: "EKSEMPEL: Du ser på en oppdiktet eksempelkommune. Endringer her blandes aldri med ekte vurderinger.",
    nn: "DØME: Du ser på ein oppdikta dømekommune. Endringar her blir aldri blanda med ekte vurderingar.",
    en: "EXAMPLE: You are looking at a made-up example municipality. Changes here never mix with real assessments.",
};
pub const DEMO_RESET: L = l! { nb: "Tilbakestill eksempelet", nn: "Tilbakestill dømet", en: "Reset the example" };
pub const DEMO_CLOSE: L = l! { nb: "Lukk eksempelet", nn: "Lukk dømet", en: "Close the example" };

// Home page
pub const HOME_LEAD: L = l! {
    nb: "Gå gjennom spørsmålene fra Helsetilsynets landsomfattende tilsyn med kommunale sosiale tjenester til personer med rusmiddelproblemer, og se hvor godt kommunen er rustet på hvert av de fire temaene.",
    nn: "Gå gjennom spørsmåla frå det landsomfattande tilsynet til Helsetilsynet med kommunale sosiale tenester til personar med rusmiddelproblem, og sjå kor godt kommunen er rusta på kvart av dei fire tema.",
    en: "Work through the questions of Helsetilsynet's nationwide audit of municipal social services for people with substance-use problems, and see how ready the municipality is on each of the four themes.",
};
pub const HOME_PRIVACY: L = l! {
    nb: "Svarene lagres bare i denne nettleseren og sendes aldri noe sted. Last ned en sikkerhetskopi jevnlig: noen nettlesere sletter lagrede data etter noen dager uten besøk.",
    nn: "Svara blir berre lagra i denne nettlesaren og blir aldri sende nokon stad. Last ned ein tryggleikskopi jamleg: nokre nettlesarar slettar lagra data etter nokre dagar utan besøk.",
    en: "Answers are stored in this browser only and are never sent anywhere. Download a backup regularly: some browsers delete stored data after a few days without a visit.",
};
pub const HOME_THEMES: L = l! { nb: "De fire temaene", nn: "Dei fire tema", en: "The four themes" };
pub const HOME_CONTINUE: L = l! { nb: "Fortsett en egenvurdering", nn: "Hald fram med ei eigenvurdering", en: "Continue a self-assessment" };
pub const HOME_NEW: L = l! { nb: "Start en ny egenvurdering", nn: "Start ei ny eigenvurdering", en: "Start a new self-assessment" };
pub const HOME_DEMO: L = l! { nb: "Prøv med eksempelkommunen", nn: "Prøv med dømekommunen", en: "Try the example municipality" };
pub const HOME_DEMO_HINT: L = l! {
    nb: "Et ferdig utfylt eksempel for opplæring og demonstrasjon. Holdes helt atskilt fra ekte vurderinger.",
    nn: "Eit ferdig utfylt døme for opplæring og demonstrasjon. Blir halde heilt åtskilt frå ekte vurderingar.",
    en: "A filled-in example for training and demonstrations. Kept completely apart from real assessments.",
};
pub const FIELD_MUNICIPALITY: L = l! { nb: "Kommune", nn: "Kommune", en: "Municipality" };
pub const FIELD_UNIT: L = l! { nb: "Enhet eller tjeneste (valgfritt)", nn: "Eining eller teneste (valfritt)", en: "Unit or service (optional)" };
pub const FIELD_DATE: L = l! { nb: "Dato for egenvurderingen (valgfritt)", nn: "Dato for eigenvurderinga (valfritt)", en: "Date of the self-assessment (optional)" };
pub const FIELD_PARTICIPANTS: L = l! { nb: "Hvem deltok (valgfritt)", nn: "Kven var med (valfritt)", en: "Who took part (optional)" };
pub const FIELD_PARTICIPANTS_HINT: L = l! {
    nb: "Skriv roller, ikke navn på brukere. Ikke skriv personopplysninger om brukere noe sted i verktøyet.",
    nn: "Skriv roller, ikkje namn på brukarar. Ikkje skriv personopplysningar om brukarar nokon stad i verktøyet.",
    en: "Write roles, not names of service users. Do not enter personal data about service users anywhere in the tool.",
};
pub const START: L = l! { nb: "Start egenvurderingen", nn: "Start eigenvurderinga", en: "Start the self-assessment" };
pub const ERROR_SUMMARY: L = l! { nb: "For å gå videre må du rette opp dette:", nn: "For å gå vidare må du rette opp dette:", en: "To continue, correct the following:" };
pub const ERROR_MUNICIPALITY: L = l! { nb: "Skriv inn navnet på kommunen", nn: "Skriv inn namnet på kommunen", en: "Enter the name of the municipality" };
pub const ERROR_PREFIX: L = l! { nb: "Feil", nn: "Feil", en: "Error" };
pub const OPEN: L = l! { nb: "Åpne", nn: "Opne", en: "Open" };

pub fn answered_of(lang: Lang, answered: usize, total: usize) -> String {
    match lang {
        Lang::Nb => format!("{answered} av {total} besvart"),
        Lang::Nn => format!("{answered} av {total} svart på"),
        Lang::En => format!("{answered} of {total} answered"),
    }
}

// Not found and no assessment
pub const NOT_FOUND: L = l! { nb: "Fant ikke siden", nn: "Fann ikkje sida", en: "Page not found" };
pub const NOT_FOUND_TEXT: L = l! {
    nb: "Lenken peker ikke til noen side i verktøyet. Gå til startsiden.",
    nn: "Lenkja peikar ikkje til noka side i verktøyet. Gå til startsida.",
    en: "The link does not point to a page in the tool. Go to the start page.",
};
pub const NO_ASSESSMENT: L = l! { nb: "Ingen egenvurdering er åpen", nn: "Inga eigenvurdering er open", en: "No self-assessment is open" };
pub const NO_ASSESSMENT_TEXT: L = l! {
    nb: "Start en ny egenvurdering eller åpne en du har lagret.",
    nn: "Start ei ny eigenvurdering eller opne ei du har lagra.",
    en: "Start a new self-assessment or open one you have saved.",
};

// Privacy page
pub const PRIVACY_TITLE: L = l! { nb: "Personvern og lagring", nn: "Personvern og lagring", en: "Privacy and storage" };
pub const PRIVACY_POINTS: [L; 5] = [
    l! {
        nb: "Verktøyet kjører helt i nettleseren. Det finnes ingen server som tar imot svar, og ingen analyseverktøy eller eksterne skrifttyper.",
        nn: "Verktøyet køyrer heilt i nettlesaren. Det finst ingen tenar som tek imot svar, og ingen analyseverktøy eller eksterne skrifttypar.",
        en: "The tool runs entirely in the browser. There is no server that receives answers, and no analytics or external fonts.",
    },
    l! {
        nb: "Nettsidens sikkerhetsregler (Content-Security-Policy) tillater bare filer fra verktøyets egen adresse; nettleseren blokkerer alt annet.",
        nn: "Tryggingsreglane til nettsida (Content-Security-Policy) tillèt berre filer frå adressa til verktøyet sjølv; nettlesaren blokkerer alt anna.",
        en: "The page's security policy (Content-Security-Policy) only allows files from the tool's own address; the browser blocks everything else.",
    },
    l! {
        nb: "Svarene lagres i nettleserens localStorage under nøklene som begynner med «egenvurdering-rus». Bruk «Mine vurderinger» for å slette dem.",
        nn: "Svara blir lagra i localStorage i nettlesaren under nøklane som byrjar med «egenvurdering-rus». Bruk «Mine vurderingar» for å slette dei.",
        en: "Answers are kept in the browser's localStorage under keys starting with \"egenvurdering-rus\". Use \"My assessments\" to delete them.",
    },
    l! {
        nb: "Filer du laster ned, er ditt ansvar. Del dem bare med dem som skal se svarene.",
        nn: "Filer du lastar ned, er ditt ansvar. Del dei berre med dei som skal sjå svara.",
        en: "Files you download are your responsibility. Share them only with those who should see the answers.",
    },
    l! {
        nb: "Etter første besøk virker verktøyet også uten nett.",
        nn: "Etter første besøk verkar verktøyet også utan nett.",
        en: "After the first visit the tool also works offline.",
    },
];
pub const SOURCES_TITLE: L = l! { nb: "Kilder", nn: "Kjelder", en: "Sources" };
pub const SOURCES_NOTE: L = l! {
    nb: "Hjemler merket «veiledende» er nærmeste regel vi har funnet i dag. Kontroller dem i Lovdata før de brukes i saksbehandling.",
    nn: "Heimlar merkte «rettleiande» er den næraste regelen vi har funne i dag. Kontroller dei i Lovdata før dei blir brukte i sakshandsaming.",
    en: "Legal bases marked \"indicative\" are the closest rule we found today. Check them in Lovdata before using them in casework.",
};

/// Under the language buttons while a single-language build fetches another language, or when it could not.
pub fn lang_switch_status(lang: Lang, switch: crate::state::LangSwitch) -> String {
    use crate::state::LangSwitch::*;
    match (lang, switch) {
        (Lang::Nb, Loading(to)) => format!("Henter {} …", to.endonym()),
        (Lang::Nn, Loading(to)) => format!("Hentar {} …", to.endonym()),
        (Lang::En, Loading(to)) => format!("Loading {} …", to.endonym()),
        (Lang::Nb, Unavailable(to)) => format!("{} kunne ikke hentes. Uten nett virker bare språk som er brukt før på denne enheten. Prøv igjen når du er på nett.", to.endonym()),
        (Lang::Nn, Unavailable(to)) => format!("{} kunne ikkje hentast. Utan nett verkar berre språk som er brukte før på denne eininga. Prøv igjen når du er på nett.", to.endonym()),
        (Lang::En, Unavailable(to)) => format!("{} could not be loaded. Offline, only languages used before on this device work. Try again when you are online.", to.endonym()),
        (Lang::Nb, RoomTooLarge(to)) => format!("Språket er ikke byttet til {}: verkstedet (koder, håndsopprekning og filer) er for stort til å tas vare på mens siden lastes på nytt. Lagre det dere er enige om først, eller bytt språk før dere starter.", to.endonym()),
        (Lang::Nn, RoomTooLarge(to)) => format!("Språket er ikkje bytt til {}: verkstaden (kodar, handsopprekning og filer) er for stor til å bli teken vare på medan sida blir lasta på nytt. Lagre det de er samde om først, eller byt språk før de startar.", to.endonym()),
        (Lang::En, RoomTooLarge(to)) => format!("The language was not switched to {}: the workshop (codes, show of hands and files) is too large to keep while the page reloads. Save what you have agreed first, or switch language before you start.", to.endonym()),
        (Lang::Nb, NotSaved(to)) => format!("Språket er ikke byttet til {}: nettleseren ville ikke lagre valget.", to.endonym()),
        (Lang::Nn, NotSaved(to)) => format!("Språket er ikkje bytt til {}: nettlesaren ville ikkje lagre valet.", to.endonym()),
        (Lang::En, NotSaved(to)) => format!("The language was not switched to {}: the browser would not store the choice.", to.endonym()),
    }
}

// The lean build's stand-in for a page it leaves out (components/shell/full_build.rs).
pub const FULL_BUILD_TITLE: L = l! { nb: "Henter denne delen av verktøyet", nn: "Hentar denne delen av verktøyet", en: "Loading this part of the tool" };
pub const FULL_BUILD_LOADING: L = l! {
    nb: "Rapporten, sammenligningen og verkstedet hentes første gang de åpnes. Siden lastes på nytt straks de er her; svarene dine er lagret.",
    nn: "Rapporten, samanlikninga og verkstaden blir henta første gong dei blir opna. Sida blir lasta på nytt straks dei er her; svara dine er lagra.",
    en: "The report, the comparison and the workshop are fetched the first time they are opened. The page reloads as soon as they are here; your answers are saved.",
};
pub const FULL_BUILD_FAILED: L = l! {
    nb: "Denne delen kunne ikke hentes. Uten nett virker bare deler som er åpnet før på denne enheten. Prøv igjen når du er på nett; svarene dine er lagret.",
    nn: "Denne delen kunne ikkje hentast. Utan nett verkar berre delar som er opna før på denne eininga. Prøv igjen når du er på nett; svara dine er lagra.",
    en: "This part could not be loaded. Offline, only parts opened before on this device work. Try again when you are online; your answers are saved.",
};
pub const FULL_BUILD_BACK: L = l! { nb: "Til startsiden", nn: "Til startsida", en: "To the start page" };
