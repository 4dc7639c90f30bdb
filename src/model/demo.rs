//! The example municipality for workshops: realistic, varied answers with notes and actions in every language.
//! It lives under its own storage key and id and never mixes into real assessments.

use super::answers::{ActionItem, Answer, Assessment, Response};
use super::lang::{Lang, L};

pub const DEMO_ID: &str = "demo";

const NAME: L = l! { nb: "Fjordvik kommune (eksempel)", nn: "Fjordvik kommune (døme)", en: "Fjordvik municipality (example)" };
const UNIT: L = l! { nb: "Nav Fjordvik og helse og omsorg", nn: "Nav Fjordvik og helse og omsorg", en: "Nav Fjordvik and health and care services" };
const PEOPLE: L = l! {
    nb: "Nav-leder, kommunalsjef helse og omsorg, ruskonsulent, brukerrepresentant",
    nn: "Nav-leiar, kommunalsjef helse og omsorg, ruskonsulent, brukarrepresentant",
    en: "Nav manager, head of health and care, substance-use adviser, user representative",
};

struct Row {
    id: &'static str,
    answer: Answer,
    note: Option<L>,
    action: Option<(L, L, &'static str)>,
}

const fn r(id: &'static str, answer: Answer) -> Row {
    Row { id, answer, note: None, action: None }
}

use Answer::*;

const ROWS: &[Row] = &[
    Row {
        id: "t1.responsibility",
        answer: Yes,
        note: Some(l! { nb: "Delegeringsreglement 2025, pkt. 4.2.", nn: "Delegeringsreglement 2025, pkt. 4.2.", en: "Delegation rules 2025, section 4.2." }),
        action: None,
    },
    Row {
        id: "t1.opening-hours",
        answer: Partly,
        note: Some(l! { nb: "Åpent 10–14, ingen telefon etter kl. 15.", nn: "Ope 10–14, ingen telefon etter kl. 15.", en: "Open 10–14, no phone after 3 pm." }),
        action: Some((
            l! { nb: "Utvide telefontiden til 15.30 og avtale kveldsnummer med legevakten", nn: "Utvide telefontida til 15.30 og avtale kveldsnummer med legevakta", en: "Extend phone hours to 3.30 pm and agree an evening number with the emergency clinic" },
            l! { nb: "Nav-leder", nn: "Nav-leiar", en: "Nav manager" },
            "2027-03-01",
        )),
    },
    r("t1.info-correct", Yes),
    Row {
        id: "t1.info-written",
        answer: No,
        note: Some(l! { nb: "Nettsiden nevner bare økonomisk sosialhjelp.", nn: "Nettsida nemner berre økonomisk sosialhjelp.", en: "The web page mentions financial assistance only." }),
        action: Some((
            l! { nb: "Skrive ny nettside og brosjyre om alle tjenestene", nn: "Skrive ny nettside og brosjyre om alle tenestene", en: "Write a new web page and leaflet covering all services" },
            l! { nb: "Kommunikasjonsrådgiver", nn: "Kommunikasjonsrådgjevar", en: "Communications adviser" },
            "2027-02-15",
        )),
    },
    r("t1.info-how-to-apply", Partly),
    r("t1.beyond-financial", Yes),
    r("t1.refer-on", Yes),
    r("t1.health-care-guidance", Partly),
    r("t1.guidance-decision", No),
    r("t1.training", DontKnow),
    r("t1.monitoring", Partly),
    Row {
        id: "t2.practical-help-offered",
        answer: No,
        note: Some(l! { nb: "Kriteriene er skrevet for eldre og funksjonshemmede.", nn: "Kriteria er skrivne for eldre og funksjonshemma.", en: "The criteria are written for the elderly and disabled." }),
        action: Some((
            l! { nb: "Revidere tildelingskriteriene for praktisk bistand", nn: "Revidere tildelingskriteria for praktisk bistand", en: "Revise the allocation criteria for practical help" },
            l! { nb: "Kommunalsjef helse og omsorg", nn: "Kommunalsjef helse og omsorg", en: "Head of health and care" },
            "2027-04-30",
        )),
    },
    Row {
        id: "t2.housing-support-decision",
        answer: No,
        note: Some(l! { nb: "Boveiledning gis uten vedtak i tre saker.", nn: "Burettleiing blir gjeven utan vedtak i tre saker.", en: "Housing support is given without a decision in three cases." }),
        action: Some((
            l! { nb: "Fatte vedtak i alle saker med boveiledning", nn: "Gjere vedtak i alle saker med burettleiing", en: "Make decisions in all cases with housing support" },
            l! { nb: "Leder tildelingskontoret", nn: "Leiar tildelingskontoret", en: "Head of the allocation office" },
            "2027-01-31",
        )),
    },
    r("t2.support-contact-offered", Partly),
    r("t2.support-contact-recruitment", No),
    r("t2.institution-considered", Yes),
    r("t2.interim-measures", DontKnow),
    r("t2.oral-applications", Partly),
    r("t2.decisions-health-care", Yes),
    r("t2.appeal-information-health-care", Yes),
    r("t2.decision-scope", No),
    r("t2.services-started", No),
    r("t2.services-continuity", No),
    r("t2.needs-covered", Partly),
    r("t2.individual-plan", Partly),
    r("t2.individual-plan-request", DontKnow),
    Row {
        id: "t3.same-day-routine",
        answer: Yes,
        note: Some(l! { nb: "Vaktordning med legevakten.", nn: "Vaktordning med legevakta.", en: "On-call arrangement with the emergency clinic." }),
        action: None,
    },
    r("t3.places-overview", Partly),
    r("t3.preparedness", No),
    r("t3.municipality-finds", Yes),
    r("t3.capacity", Partly),
    r("t3.acceptable-quality", Yes),
    r("t3.quality-criteria", No),
    r("t3.inspection", NotRelevant),
    r("t3.decisions", Yes),
    r("t3.towards-permanent", Partly),
    r("t3.length-of-stay", No),
    r("t3.housing-help-decision", Partly),
    Row {
        id: "t4.register",
        answer: Partly,
        note: Some(l! { nb: "Liste finnes, men private institusjoner mangler.", nn: "Liste finst, men private institusjonar manglar.", en: "A list exists, but private institutions are missing." }),
        action: None,
    },
    r("t4.named-responsible", Yes),
    r("t4.deputies", No),
    r("t4.follow-up-routine", Yes),
    r("t4.conversations", Partly),
    r("t4.needs-mapping", Yes),
    r("t4.continuity", No),
    r("t4.discharge-health", Partly),
    r("t4.discharge-nav", Partly),
    r("t4.cooperation-agreement", Yes),
    r("t4.private-institutions", No),
    r("t4.plan-in-transition", Yes),
    r("t4.learning", DontKnow),
];

/// The example assessment in the given language.
pub fn demo_assessment(lang: Lang, date: &str, now: &str) -> Assessment {
    let mut a = Assessment::new(DEMO_ID.into(), NAME.get(lang), date, now);
    a.unit = UNIT.get(lang).into();
    a.participants = PEOPLE.get(lang).into();
    for row in ROWS {
        let action = row.action.as_ref().map_or_else(ActionItem::default, |(what, who, due)| ActionItem {
            what: what.get(lang).into(),
            who: who.get(lang).into(),
            due: (*due).into(),
            ..ActionItem::default()
        });
        let note = row.note.as_ref().map_or("", |n| n.get(lang)).to_owned();
        a.responses.insert(row.id.into(), Response { answer: Some(row.answer), note, action, agreed: None });
    }
    a
}
