//! Strings of the follow-up: the action list, calendar, next year's review, change over time and the start page's
//! practical facts (issue 16).

use super::{Lang, L};

pub const ACTIONS_TITLE: L = l! { nb: "Tiltak og oppfølging", nn: "Tiltak og oppfølging", en: "Actions and follow-up" };
pub const ACTIONS_LEAD: L = l! {
    nb: "Hvert tiltak har status, ansvarlig, frist, funnet det svarer på og hvordan ledelsen skal kontrollere at det virker. Tiltak skrives på spørsmålssidene.",
    nn: "Kvart tiltak har status, ansvarleg, frist, funnet det svarar på og korleis leiinga skal kontrollere at det verkar. Tiltak skriv du på spørsmålssidene.",
    en: "Each action has a status, an owner, a deadline, the finding it answers and how management will check that it works. Actions are written on the question pages.",
};
pub const ACTIONS_LINK: L = l! { nb: "Følg opp tiltakene", nn: "Følg opp tiltaka", en: "Follow up the actions" };
pub const LIST_TITLE: L = l! { nb: "Tiltakene", nn: "Tiltaka", en: "The actions" };
pub const FILTERS: L = l! { nb: "Avgrens listen", nn: "Avgrens lista", en: "Narrow the list" };
pub const F_THEME: L = l! { nb: "Tema", nn: "Tema", en: "Theme" };
pub const F_DUTY: L = l! { nb: "Pliktsubjekt", nn: "Pliktsubjekt", en: "Duty holder" };
pub const F_OWNER: L = l! { nb: "Ansvarlig", nn: "Ansvarleg", en: "Owner" };
pub const F_STATUS: L = l! { nb: "Status", nn: "Status", en: "Status" };
pub const F_ALL: L = l! { nb: "Alle", nn: "Alle", en: "All" };
pub const FINDING: L = l! { nb: "Funn", nn: "Funn", en: "Finding" };
pub const ANSWER: L = l! { nb: "Svar", nn: "Svar", en: "Answer" };
pub const WHAT: L = l! { nb: "Tiltak", nn: "Tiltak", en: "Action" };
pub const DEADLINE: L = l! { nb: "Frist", nn: "Frist", en: "Deadline" };
pub const CHECK: L = l! { nb: "Slik kontrollerer ledelsen effekten", nn: "Slik kontrollerer leiinga effekten", en: "How management checks the effect" };
pub const CHECK_HINT: L = l! {
    nb: "For eksempel: stikkprøve av ti saker i juni, resultat til kommunedirektøren.",
    nn: "Til dømes: stikkprøve av ti saker i juni, resultat til kommunedirektøren.",
    en: "For example: a spot check of ten cases in June, result to the chief executive.",
};
pub const NOT_SET: L = l! { nb: "Ikke satt", nn: "Ikkje sett", en: "Not set" };
pub const OVERDUE: L = l! { nb: "Forfalt", nn: "Forfalle", en: "Overdue" };
pub const NO_ACTIONS: L = l! {
    nb: "Ingen tiltak er skrevet ennå. Svar Delvis, Nei eller Vet ikke på et spørsmål, og skriv tiltaket der.",
    nn: "Ingen tiltak er skrivne enno. Svar Delvis, Nei eller Veit ikkje på eit spørsmål, og skriv tiltaket der.",
    en: "No actions written yet. Answer Partly, No or Don't know on a question and write the action there.",
};
pub const NONE_MATCH: L = l! { nb: "Ingen tiltak passer avgrensningen.", nn: "Ingen tiltak passar avgrensinga.", en: "No actions match the filter." };
pub const DOWNLOAD_CSV: L = l! { nb: "Last ned tiltaksplanen (CSV)", nn: "Last ned tiltaksplanen (CSV)", en: "Download the action plan (CSV)" };
pub const DOWNLOAD_ICS: L = l! { nb: "Last ned fristene til kalenderen (.ics)", nn: "Last ned fristane til kalenderen (.ics)", en: "Download the deadlines for your calendar (.ics)" };
pub const ICS_HINT: L = l! {
    nb: "Én heldagsavtale per tiltak med frist, i norsk tid. Filen lagres bare på denne maskinen til du selv åpner den i kalenderen.",
    nn: "Éin heildagsavtale per tiltak med frist, i norsk tid. Fila blir berre lagra på denne maskina til du sjølv opnar ho i kalenderen.",
    en: "One all-day event per action with a deadline, in Norwegian time. The file stays on this device until you open it in your calendar.",
};
pub const OVERDUE_TITLE: L = l! { nb: "Tiltak på overtid", nn: "Tiltak på overtid", en: "Overdue actions" };

pub fn shown_of(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Nb => format!("Viser {shown} av {total} tiltak."),
        Lang::Nn => format!("Viser {shown} av {total} tiltak."),
        Lang::En => format!("Showing {shown} of {total} actions."),
    }
}

pub fn overdue_count(lang: Lang, n: usize, title: &str) -> String {
    match (lang, n) {
        (Lang::Nb, 1) => format!("{title}: 1 tiltak har passert fristen uten å være gjennomført."),
        (Lang::Nb, _) => format!("{title}: {n} tiltak har passert fristen uten å være gjennomført."),
        (Lang::Nn, 1) => format!("{title}: 1 tiltak har passert fristen utan å vere gjennomført."),
        (Lang::Nn, _) => format!("{title}: {n} tiltak har passert fristen utan å vere gjennomførte."),
        (Lang::En, 1) => format!("{title}: 1 action is past its deadline and not done."),
        (Lang::En, _) => format!("{title}: {n} actions are past their deadline and not done."),
    }
}

// Next year's review.
pub const CARRIED_TITLE: L = l! { nb: "Overført fra i fjor – ikke bekreftet", nn: "Overført frå i fjor – ikkje stadfesta", en: "Carried over from last year – not confirmed" };
pub const CARRIED_MARK: L = l! { nb: "Overført, ikke bekreftet", nn: "Overført, ikkje stadfesta", en: "Carried, not confirmed" };
pub const CONFIRM_THEME: L = l! { nb: "Bekreft alle uendret i dette temaet", nn: "Stadfest alle uendra i dette temaet", en: "Confirm all unchanged in this theme" };
pub const CONFIRM_THEME_HINT: L = l! {
    nb: "Les gjennom svarene over. Er noe endret, velg «Endre» og svar på nytt. Resten bekrefter du med én knapp.",
    nn: "Les gjennom svara over. Er noko endra, vel «Endre» og svar på nytt. Resten stadfestar du med éin knapp.",
    en: "Read the answers above. If anything has changed, choose “Change” and answer again. Confirm the rest with one button.",
};
pub const ALL_CONFIRMED: L = l! { nb: "Alle svar i dette temaet er bekreftet.", nn: "Alle svar i dette temaet er stadfesta.", en: "Every answer in this theme is confirmed." };
pub const REVIEW_TITLE: L = l! { nb: "Gå gjennom fjorårets svar tema for tema", nn: "Gå gjennom fjorårets svar tema for tema", en: "Review last year's answers theme by theme" };

pub fn unconfirmed(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nb, 1) => "1 overført svar er ikke bekreftet og teller med i tallene som fjorårets svar.".into(),
        (Lang::Nb, _) => format!("{n} overførte svar er ikke bekreftet og teller med i tallene som fjorårets svar."),
        (Lang::Nn, 1) => "1 overført svar er ikkje stadfesta og tel med i tala som svaret frå i fjor.".into(),
        (Lang::Nn, _) => format!("{n} overførte svar er ikkje stadfesta og tel med i tala som svara frå i fjor."),
        (Lang::En, 1) => "1 carried answer is not confirmed and counts in the figures as last year's answer.".into(),
        (Lang::En, _) => format!("{n} carried answers are not confirmed and count in the figures as last year's answers."),
    }
}

pub fn theme_unconfirmed(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nb, 1) => "1 svar i temaet er overført og ikke bekreftet og teller her som fjorårets svar.".into(),
        (Lang::Nb, _) => format!("{n} svar i temaet er overført og ikke bekreftet og teller her som fjorårets svar."),
        (Lang::Nn, 1) => "1 svar i temaet er overført og ikkje stadfesta og tel her som svaret frå i fjor.".into(),
        (Lang::Nn, _) => format!("{n} svar i temaet er overførte og ikkje stadfesta og tel her som svara frå i fjor."),
        (Lang::En, 1) => "1 answer in this theme is carried and not confirmed and counts here as last year's answer.".into(),
        (Lang::En, _) => format!("{n} answers in this theme are carried and not confirmed and count here as last year's answers."),
    }
}

/// A theme's count beside its share met, which those answers are part of.
pub fn carried_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nb => format!("Overført, ikke bekreftet: {n}"),
        Lang::Nn => format!("Overført, ikkje stadfesta: {n}"),
        Lang::En => format!("Carried, not confirmed: {n}"),
    }
}

pub fn carried_in_theme(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nb, 1) => "1 svar er overført og venter på bekreftelse:".into(),
        (Lang::Nb, _) => format!("{n} svar er overført og venter på bekreftelse:"),
        (Lang::Nn, 1) => "1 svar er overført og ventar på stadfesting:".into(),
        (Lang::Nn, _) => format!("{n} svar er overførte og ventar på stadfesting:"),
        (Lang::En, 1) => "1 answer is carried over and waits for confirmation:".into(),
        (Lang::En, _) => format!("{n} answers are carried over and wait for confirmation:"),
    }
}

// Change over time.
pub const Q_CHANGES_TITLE: L = l! { nb: "Endring per spørsmål", nn: "Endring per spørsmål", en: "Change per question" };
pub const COL_ACTION: L = l! { nb: "Tiltak", nn: "Tiltak", en: "Action" };
pub const CLOSED_TITLE: L = l! { nb: "Tiltak som ble lukket", nn: "Tiltak som vart lukka", en: "Actions closed" };
pub const CLOSED_NONE: L = l! { nb: "Ingen tiltak ble lukket mellom de to vurderingene.", nn: "Ingen tiltak vart lukka mellom dei to vurderingane.", en: "No actions were closed between the two assessments." };
pub const TREND_TITLE: L = l! { nb: "Utvikling per tema over år", nn: "Utvikling per tema over år", en: "Trend per theme over the years" };
pub const TREND_NEED_THREE: L = l! {
    nb: "Utviklingen vises når det finnes tre eller flere vurderinger av samme kommune i ulike år.",
    nn: "Utviklinga blir vist når det finst tre eller fleire vurderingar av same kommune i ulike år.",
    en: "The trend shows once there are three or more assessments of the same municipality in different years.",
};
pub const TREND_MUNI: L = l! { nb: "Kommune", nn: "Kommune", en: "Municipality" };
pub const TREND_TABLE: L = l! { nb: "Andel oppfylt per tema og år (tabell)", nn: "Del oppfylt per tema og år (tabell)", en: "Share met per theme and year (table)" };
pub const COL_YEAR: L = l! { nb: "År", nn: "År", en: "Year" };

pub fn trend_chart_label(lang: Lang, muni: &str, first: u16, last: u16) -> String {
    match lang {
        Lang::Nb => format!("Linjediagram: andel oppfylt per tema for {muni}, {first}–{last}. Samme tall står i tabellen under."),
        Lang::Nn => format!("Linjediagram: del oppfylt per tema for {muni}, {first}–{last}. Same tal står i tabellen under."),
        Lang::En => format!("Line chart: share met per theme for {muni}, {first}–{last}. The same figures are in the table below."),
    }
}

// Start page.
pub const PREP_TITLE: L = l! { nb: "Før dere starter", nn: "Før de startar", en: "Before you start" };
pub const PREP_DOCS_TITLE: L = l! { nb: "Ha for hånden", nn: "Ha for handa", en: "Have at hand" };
pub const PREP_DOCS: [L; 5] = [
    l! { nb: "Forrige egenvurdering, tilsynsrapporter og eventuelle pålegg fra statsforvalteren", nn: "Førre eigenvurdering, tilsynsrapportar og eventuelle pålegg frå statsforvaltaren", en: "The last self-assessment, audit reports and any orders from the county governor" },
    l! { nb: "Internkontroll- og kvalitetssystemet: rutiner for saksbehandling, avvik og samarbeid", nn: "Internkontroll- og kvalitetssystemet: rutinar for sakshandsaming, avvik og samarbeid", en: "The internal control and quality system: procedures for case handling, deviations and cooperation" },
    l! { nb: "Samarbeidsavtaler med helseforetaket og mellom Nav og helse- og omsorgstjenesten", nn: "Samarbeidsavtalar med helseføretaket og mellom Nav og helse- og omsorgstenesta", en: "Cooperation agreements with the health trust and between Nav and the health and care service" },
    l! { nb: "Boligsosial plan og rus- og psykiatriplan", nn: "Bustadsosial plan og rus- og psykiatriplan", en: "The social housing plan and the substance-use and mental-health plan" },
    l! { nb: "Tall: vedtak, klager og individuelle planer siste år (Kostra eller fagsystemet)", nn: "Tal: vedtak, klager og individuelle planar siste år (Kostra eller fagsystemet)", en: "Figures: decisions, complaints and individual plans last year (Kostra or the case system)" },
];
pub const PREP_WHO_TITLE: L = l! { nb: "Hvem bør delta", nn: "Kven bør vere med", en: "Who should take part" };
pub const PREP_WHO: [L; 4] = [
    l! { nb: "Nav-kontoret (sosiale tjenester)", nn: "Nav-kontoret (sosiale tenester)", en: "The Nav office (social services)" },
    l! { nb: "Helse- og omsorgstjenesten, med rus og psykisk helse", nn: "Helse- og omsorgstenesta, med rus og psykisk helse", en: "The health and care service, including substance use and mental health" },
    l! { nb: "Boligkontoret eller den som har ansvar for kommunale boliger", nn: "Bustadkontoret eller den som har ansvar for kommunale bustader", en: "The housing office or whoever is responsible for municipal housing" },
    l! { nb: "Ledelsen: kommunalsjef eller kommunedirektør, som eier tiltakene", nn: "Leiinga: kommunalsjef eller kommunedirektør, som eig tiltaka", en: "Management: the head of services or chief executive, who owns the actions" },
];

/// Minutes a typical question takes when the people who know are in the room; an assumption, stated as such.
pub const MINUTES_PER_QUESTION: usize = 2;
/// Confirming a carried answer that has not changed: reading it.
pub const SECONDS_PER_CONFIRM: usize = 15;

pub fn duration(lang: Lang, questions: usize, themes: usize) -> String {
    let first = questions * MINUTES_PER_QUESTION;
    let (h, m) = (first / 60, first % 60);
    let again = (questions * SECONDS_PER_CONFIRM).div_ceil(60);
    let mpq = MINUTES_PER_QUESTION;
    let spc = SECONDS_PER_CONFIRM;
    match lang {
        Lang::Nb => format!("Hvor lang tid tar det? {questions} spørsmål i {themes} tema. Regner vi {mpq} minutter per spørsmål når de som kjenner tjenestene sitter sammen, tar første vurdering om lag {h} t {m} min. Neste år, med fjorårets svar overført, regner vi {spc} sekunder per uendret svar: om lag {again} minutter pluss det som er endret. Tidene er anslag, ikke målinger av dere."),
        Lang::Nn => format!("Kor lang tid tek det? {questions} spørsmål i {themes} tema. Reknar vi {mpq} minutt per spørsmål når dei som kjenner tenestene sit saman, tek første vurdering om lag {h} t {m} min. Neste år, med svara frå i fjor overførte, reknar vi {spc} sekund per uendra svar: om lag {again} minutt pluss det som er endra. Tidene er overslag, ikkje målingar av dykk."),
        Lang::En => format!("How long does it take? {questions} questions in {themes} themes. At {mpq} minutes per question with the people who know the services in the room, the first assessment takes about {h} h {m} min. Next year, with last year's answers carried over, at {spc} seconds per unchanged answer: about {again} minutes plus whatever has changed. These are estimates, not measurements of you."),
    }
}
