//! The report for the kommunestyre: summary page, theme by theme, and the appendix with every answer.

use super::{Lang, L};

pub const REPORT_TITLE: L = l! { nb: "Rapport fra egenvurderingen", nn: "Rapport frå eigenvurderinga", en: "Self-assessment report" };
pub const PRINT: L = l! { nb: "Skriv ut eller lagre som PDF", nn: "Skriv ut eller lagre som PDF", en: "Print or save as PDF" };
pub const SUMMARY: L = l! { nb: "Sammendrag", nn: "Samandrag", en: "Summary" };
pub const META_MUNICIPALITY: L = l! { nb: "Kommune", nn: "Kommune", en: "Municipality" };
pub const META_UNIT: L = l! { nb: "Enhet eller tjeneste", nn: "Eining eller teneste", en: "Unit or service" };
pub const META_DATE: L = l! { nb: "Dato for vurderingen", nn: "Dato for vurderinga", en: "Date of the assessment" };
pub const META_PEOPLE: L = l! { nb: "Deltakere", nn: "Deltakarar", en: "Participants" };
pub const META_NOT_GIVEN: L = l! { nb: "Ikke oppgitt", nn: "Ikkje oppgitt", en: "Not given" };
pub const DISCLAIMER: L = l! {
    nb: "Egenvurdering etter spørsmålene i Helsetilsynets landsomfattende tilsyn 2004, målt mot lovene som gjelder i dag. Status og tall er verktøyets egne og er ikke en vurdering fra tilsynsmyndigheten.",
    nn: "Eigenvurdering etter spørsmåla i det landsomfattande tilsynet til Helsetilsynet 2004, målt mot lovene som gjeld i dag. Status og tal er verktøyet sine eigne og er ikkje ei vurdering frå tilsynsstyresmakta.",
    en: "Self-assessment using the questions of Helsetilsynet's 2004 nationwide audit, measured against the laws in force today. Status and figures are the tool's own and are not an assessment by the supervisory authority.",
};
pub const DRAFT_MARK: L = l! { nb: "UTKAST", nn: "UTKAST", en: "DRAFT" };
pub const DRAFT_WHY: L = l! {
    nb: "Egenvurderingen er ikke ferdig: ikke alle spørsmål er besvart og bekreftet. Rapporten er et utkast til den er det.",
    nn: "Eigenvurderinga er ikkje ferdig: ikkje alle spørsmål er svarte og stadfesta. Rapporten er eit utkast til ho er det.",
    en: "The self-assessment is not finished: not every question has been answered and confirmed. The report is a draft until it is.",
};

pub fn more_unmet(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nb => format!("… og {n} til. Alle står under hvert tema i «Tema for tema»."),
        Lang::Nn => format!("… og {n} til. Alle står under kvart tema i «Tema for tema»."),
        Lang::En => format!("… and {n} more. All are listed under each theme in «Theme by theme»."),
    }
}

pub fn draft_counts(lang: Lang, unanswered: usize, unconfirmed: usize) -> String {
    match lang {
        Lang::Nb => format!("Ubesvart: {unanswered}. Overført og ikke bekreftet: {unconfirmed}."),
        Lang::Nn => format!("Utan svar: {unanswered}. Overført og ikkje stadfesta: {unconfirmed}."),
        Lang::En => format!("Unanswered: {unanswered}. Carried over and not confirmed: {unconfirmed}."),
    }
}

pub const THEMES_TABLE: L = l! { nb: "Status per tema", nn: "Status per tema", en: "Status by theme" };
pub const UNMET_SHORT: L = l! { nb: "Lovkrav som ikke er oppfylt", nn: "Lovkrav som ikkje er oppfylte", en: "Legal requirements not met" };
pub const TO_CHECK_SHORT: L = l! { nb: "Lovkrav som må kontrolleres", nn: "Lovkrav som må kontrollerast", en: "Legal requirements to check" };
pub const TOP_ACTIONS: L = l! { nb: "De fem viktigste tiltakene", nn: "Dei fem viktigaste tiltaka", en: "The five most important actions" };
pub const TOP_ACTIONS_LEAD: L = l! {
    nb: "Valgt etter alvor: først lovkrav som ikke er oppfylt, så lovkrav som må kontrolleres, så god praksis.",
    nn: "Valde etter alvor: først lovkrav som ikkje er oppfylte, så lovkrav som må kontrollerast, så god praksis.",
    en: "Chosen by seriousness: first unmet legal requirements, then legal requirements to check, then good practice.",
};
pub const COL_GAP: L = l! { nb: "Gjelder", nn: "Gjeld", en: "Concerns" };
pub const COL_OWNER: L = l! { nb: "Ansvarlig", nn: "Ansvarleg", en: "Owner" };
pub const COL_DEADLINE: L = l! { nb: "Frist", nn: "Frist", en: "Deadline" };
/// The kind of requirement in a few letters, for the first page's narrow "Concerns" column.
pub const REQ_LEGAL_SHORT: L = l! { nb: "lovkrav", nn: "lovkrav", en: "legal" };
pub const REQ_GOOD_SHORT: L = l! { nb: "god praksis", nn: "god praksis", en: "good practice" };
pub const NOT_SET: L = l! { nb: "Ikke fastsatt", nn: "Ikkje fastsett", en: "Not set" };
pub const NO_ACTIONS: L = l! { nb: "Ingen svar krever tiltak.", nn: "Ingen svar krev tiltak.", en: "No answer calls for action." };
pub const NO_ACTIONS_YET: L = l! {
    nb: "Ingen tiltak er skrevet inn ennå. Legg dem inn under hvert spørsmål eller i handlingsplanen på resultatsiden.",
    nn: "Ingen tiltak er skrivne inn enno. Legg dei inn under kvart spørsmål eller i handlingsplanen på resultatsida.",
    en: "No actions have been entered yet. Add them under each question or in the action plan on the results page.",
};
pub const PER_THEME: L = l! { nb: "Tema for tema", nn: "Tema for tema", en: "Theme by theme" };
pub const THEME_ACTIONS: L = l! { nb: "Tiltak i temaet", nn: "Tiltak i temaet", en: "Actions in the theme" };
pub const APPENDIX: L = l! {
    nb: "Vedlegg: alle svar med notat, kriterier og hjemmel",
    nn: "Vedlegg: alle svar med notat, kriterium og heimel",
    en: "Appendix: every answer with note, criteria and legal basis",
};
pub const APPENDIX_LEAD: L = l! {
    nb: "Hjemmel i dag er lovene som gjelder nå. Hjemmelen fra 2004 (sosialtjenesteloven 1991) er opphevet og står bare som historikk.",
    nn: "Heimel i dag er lovene som gjeld no. Heimelen frå 2004 (sosialtenestelova 1991) er oppheva og står berre som historikk.",
    en: "Today's legal basis is the law in force now. The 2004 basis (the Social Services Act 1991) has been repealed and is given as history only.",
};
pub const LAWS_CITED: L = l! { nb: "Lover og forskrifter som er sitert", nn: "Lover og forskrifter som er siterte", en: "Acts and regulations cited" };
pub const NOTE: L = l! { nb: "Notat", nn: "Notat", en: "Note" };
pub const NO_THEME_ACTIONS: L = l! { nb: "Ingen tiltak er skrevet inn i temaet.", nn: "Ingen tiltak er skrivne inn i temaet.", en: "No actions have been entered in this theme." };
pub const PRACTICE_OPEN: L = l! {
    nb: "God praksis med «Delvis», «Nei» eller «Vet ikke» og uten tiltak",
    nn: "God praksis med «Delvis», «Nei» eller «Veit ikkje» og utan tiltak",
    en: "Good practice answered «Partly», «No» or «Don't know», with no action",
};
pub const DOCX: L = l! { nb: "Last ned som Word-dokument (.docx)", nn: "Last ned som Word-dokument (.docx)", en: "Download as a Word document (.docx)" };
pub const DOCX_HINT: L = l! {
    nb: "Et redigerbart dokument med overskrifter, tabeller og sidetall, til bruk i et saksframlegg. Det lages i nettleseren; ingenting sendes.",
    nn: "Eit redigerbart dokument med overskrifter, tabellar og sidetal, til bruk i eit saksframlegg. Det blir laga i nettlesaren; ingenting blir sendt.",
    en: "An editable document with headings, tables and page numbers, for use in a committee paper. It is made in the browser; nothing is sent.",
};
pub const FILTERED: L = l! { nb: "Utdrag: bare spørsmål der plikten ligger hos", nn: "Utdrag: berre spørsmål der plikta ligg hos", en: "Extract: only questions where the duty lies with" };

/// Page numbers are drawn by CSS (styles/90-print.css, `@page` margin boxes), which cannot read these constants;
/// tests/report.rs checks that the stylesheet spells each language's words exactly as here.
pub const PAGE_WORD: L = l! { nb: "Side", nn: "Side", en: "Page" };
pub const PAGE_OF: L = l! { nb: "av", nn: "av", en: "of" };
