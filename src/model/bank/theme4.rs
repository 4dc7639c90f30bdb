//! Theme 4: Oppfølging under behandling og etter institusjonsopphold (the 2004 guide's areas 2A and 2B).

use super::{Certainty::*, Criteria, CrossArea::*, DutyHolder::*, LegalBasis, NationalFinding, Question, Requirement::*, Source::*, SubArea, Theme, ThemeId};
use crate::model::lang::L;

// Placeholder while the content is rewritten; check.rs reports every empty criterion.
const TODO: L = L { nb: "", nn: "", en: "" };

pub static THEME: Theme = Theme {
    id: ThemeId::FollowUp,
    title: L {
        nb: "Oppfølging under behandling og etter institusjonsopphold",
        nn: "Oppfølging under behandling og etter institusjonsopphald",
        en: "Follow-up during treatment and after an institutional stay",
    },
    short: L { nb: "Oppfølging", nn: "Oppfølging", en: "Follow-up" },
    intro: L {
        nb: "Sosialtjenesten skal følge opp personer under behandling med samtaler og om nødvendig hjemmebesøk, og forberede tiltak når institusjonsoppholdet slutter.",
        nn: "Sosialtenesta skal følgje opp personar under behandling med samtalar og om naudsynt heimebesøk, og førebu tiltak når institusjonsopphaldet sluttar.",
        en: "The social service must follow up people in treatment through conversations and, where needed, home visits, and prepare measures for when the institutional stay ends.",
    },
    national: NationalFinding {
        summary: L {
            nb: "Svikt i 18 av de 58 kommunene.",
            nn: "Svikt i 18 av dei 58 kommunane.",
            en: "Failures in 18 of the 58 municipalities.",
        },
        source: Seed2004,
    },
    later: &[],
    areas: &[
        SubArea {
            title: L { nb: "Oversikt og ansvar", nn: "Oversikt og ansvar", en: "Overview and responsibility" },
            questions: &[
                Question {
                    id: "t4.register",
                    text: L {
                        nb: "Har tjenesten en oppdatert oversikt over innbyggere i behandling eller institusjon, offentlig og privat, som den skal følge opp?",
                        nn: "Har tenesta ei oppdatert oversikt over innbyggjarar i behandling eller institusjon, offentleg og privat, som ho skal følgje opp?",
                        en: "Does the service keep an up-to-date overview of residents in treatment or in an institution, public or private, whom it must follow up?",
                    },
                    help: L {
                        nb: "Flere kommuner manglet slik oversikt, med risiko for at rett oppfølging ikke ble satt i verk. Dokumentasjon: listen, hvem som holder den oppdatert, dato for siste gjennomgang.",
                        nn: "Fleire kommunar mangla slik oversikt, med risiko for at rett oppfølging ikkje vart sett i verk. Dokumentasjon: lista, kven som held ho oppdatert, dato for siste gjennomgang.",
                        en: "Several municipalities had no such overview, risking that the right follow-up was not started. Evidence: the list, who keeps it up to date, date of the last review.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 6-1 fjerde ledd og § 2-1 annet ledd",
                        today: &["helse- og omsorgstjenesteloven §§ 3-1 og 3-2; sotjl. 2009 § 5, jf. kommuneloven § 25-1"], supports: &[], guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004],
                    areas: &[Knowledge, Coherence],
                },
                Question {
                    id: "t4.named-responsible",
                    text: L {
                        nb: "Har hver person i behandling en navngitt ansvarlig, og er det fastsatt hva oppfølgingen skal omfatte, slik at den ikke hviler på den enkelte saksbehandlers skjønn?",
                        nn: "Har kvar person i behandling ein namngjeven ansvarleg, og er det fastsett kva oppfølginga skal omfatte, slik at ho ikkje kviler på skjønnet til den enkelte sakshandsamaren?",
                        en: "Does each person in treatment have a named person responsible, and is it set out what the follow-up covers, so that it does not rest on each caseworker's judgement?",
                    },
                    help: L {
                        nb: "Tilsynet fant at oppfølgingen var sårbar og personavhengig, og at ansvaret ble overlatt til den enkelte saksbehandler.",
                        nn: "Tilsynet fann at oppfølginga var sårbar og personavhengig, og at ansvaret vart overlate til den enkelte sakshandsamaren.",
                        en: "The audit found follow-up was vulnerable and person-dependent, with responsibility left to each caseworker.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 6-1 fjerde ledd", today: &["helse- og omsorgstjenesteloven §§ 3-1 og 3-2"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004, Bill1998],
                    areas: &[Requirements, Content],
                },
                Question {
                    id: "t4.deputies",
                    text: L {
                        nb: "Er det stedfortrederordninger, slik at oppfølgingen ikke stopper i ferier, ved sykdom eller når ansatte slutter?",
                        nn: "Er det stadfortredarordningar, slik at oppfølginga ikkje stoppar i feriar, ved sjukdom eller når tilsette sluttar?",
                        en: "Are there deputy arrangements, so that follow-up does not stop during holidays, sickness or when staff leave?",
                    },
                    help: L {
                        nb: "Tilsynet fant glipp i ferier, sykdomsperioder og ved skifte av ansatte. Dokumentasjon: rutine for overlapping og stedfortreder, ferieplan.",
                        nn: "Tilsynet fann glepp i feriar, sjukdomsperiodar og ved skifte av tilsette. Dokumentasjon: rutine for overlapping og stadfortredar, ferieplan.",
                        en: "The audit found gaps during holidays, sickness and staff changes. Evidence: routine for handover and deputies, holiday plan.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 6-1 fjerde ledd og § 2-1 annet ledd",
                        today: &["sotjl. 2009 § 5, jf. kommuneloven § 25-1; forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten"], supports: &[], guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004],
                    areas: &[Content, Requirements],
                },
            ],
        },
        SubArea {
            title: L { nb: "Under behandlingen", nn: "Under behandlinga", en: "During treatment" },
            questions: &[
                Question {
                    id: "t4.follow-up-routine",
                    text: L {
                        nb: "Finnes det en skriftlig rutine for oppfølging under behandling: hvor ofte det skal være samtaler, når hjemmebesøk er aktuelt, og deltakelse i møter med institusjonen?",
                        nn: "Finst det ein skriftleg rutine for oppfølging under behandling: kor ofte det skal vere samtalar, når heimebesøk er aktuelt, og deltaking i møte med institusjonen?",
                        en: "Is there a written routine for follow-up during treatment: how often to hold conversations, when to make home visits, and taking part in meetings with the institution?",
                    },
                    help: L {
                        nb: "Tilsynet fant kommuner uten rutiner for oppfølging. Dokumentasjon: rutinen og når den sist ble revidert.",
                        nn: "Tilsynet fann kommunar utan rutinar for oppfølging. Dokumentasjon: rutinen og når han sist vart revidert.",
                        en: "The audit found municipalities with no follow-up routine. Evidence: the routine and when it was last revised.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 6-1 fjerde ledd", today: &["helse- og omsorgstjenesteloven §§ 3-1 og 3-2; pakkeforløp for psykisk helse og rus"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004, Guide2004, HealthDirectorate],
                    areas: &[Requirements, Content],
                },
                Question {
                    id: "t4.conversations",
                    text: L {
                        nb: "Blir personer i behandling faktisk fulgt opp med samtaler og om nødvendig hjemmebesøk, også i private tiltak utenfor spesialisthelsetjenesten?",
                        nn: "Blir personar i behandling faktisk følgde opp med samtalar og om naudsynt heimebesøk, også i private tiltak utanfor spesialisthelsetenesta?",
                        en: "Are people in treatment actually followed up through conversations and, where needed, home visits, also in private services outside the specialist health service?",
                    },
                    help: L {
                        nb: "Noen kommuner overlot oppfølgingen til behandlingsstedet, særlig for personer i private tiltak. Ta stikkprøver: står samtaler og besøk i journalen?",
                        nn: "Nokre kommunar overlét oppfølginga til behandlingsstaden, særleg for personar i private tiltak. Ta stikkprøver: står samtalar og besøk i journalen?",
                        en: "Some municipalities left follow-up to the treatment provider, especially for people in private services. Sample cases: are conversations and visits in the records?",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 6-1 fjerde ledd", today: &["helse- og omsorgstjenesteloven §§ 3-1 og 3-2"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004, Bill1998],
                    areas: &[Content, Coherence],
                },
                Question {
                    id: "t4.needs-mapping",
                    text: L {
                        nb: "Blir behovet for hjelpetiltak kartlagt systematisk, for eksempel med et felles kartleggingsverktøy?",
                        nn: "Blir behovet for hjelpetiltak kartlagt systematisk, til dømes med eit felles kartleggingsverktøy?",
                        en: "Are the needs for support measures mapped systematically, for example with a shared assessment tool?",
                    },
                    help: L {
                        nb: "Tilsynet fant eksempler på tilfeldig og usystematisk kartlegging av behov og hjelpetiltak.",
                        nn: "Tilsynet fann døme på tilfeldig og usystematisk kartlegging av behov og hjelpetiltak.",
                        en: "The audit found examples of random, unsystematic mapping of needs and support measures.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 6-1", today: &["helse- og omsorgstjenesteloven §§ 3-1 og 3-2"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004],
                    areas: &[Knowledge, Content],
                },
            ],
        },
        SubArea {
            title: L { nb: "Når institusjonsoppholdet slutter", nn: "Når institusjonsopphaldet sluttar", en: "When the institutional stay ends" },
            questions: &[
                Question {
                    id: "t4.discharge-planning",
                    text: L {
                        nb: "Starter planleggingen av tiltak som bolig, økonomi, aktivitet, støttekontakt og helseoppfølging i god tid før institusjonsoppholdet slutter, for dem som ønsker det?",
                        nn: "Byrjar planlegginga av tiltak som bustad, økonomi, aktivitet, støttekontakt og helseoppfølging i god tid før institusjonsopphaldet sluttar, for dei som ønskjer det?",
                        en: "Does planning of measures such as housing, finances, activity, a support contact and health follow-up start well before the institutional stay ends, for those who want it?",
                    },
                    help: L {
                        nb: "Tilsynet fant at tiltak ikke ble forberedt før oppholdet sluttet. Helsetilsynet kalte svikt i denne overgangen uakseptabel. Ta stikkprøver i saker med nylig utskrivning.",
                        nn: "Tilsynet fann at tiltak ikkje vart førebudde før opphaldet slutta. Helsetilsynet kalla svikt i denne overgangen uakseptabel. Ta stikkprøver i saker med nyleg utskriving.",
                        en: "The audit found measures were not prepared before the stay ended. Helsetilsynet called failure at this transition unacceptable. Sample cases with a recent discharge.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 6-1 fjerde ledd",
                        today: &["helse- og omsorgstjenesteloven §§ 3-1 og 3-2 og kap. 7"], supports: &[], guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004, Bill1998],
                    areas: &[Coherence, Requirements],
                },
                Question {
                    id: "t4.cooperation",
                    text: L {
                        nb: "Finnes det skriftlige samarbeidsrutiner med helseforetak og private institusjoner om innleggelse, utskrivning og felles møter?",
                        nn: "Finst det skriftlege samarbeidsrutinar med helseføretak og private institusjonar om innlegging, utskriving og felles møte?",
                        en: "Are there written cooperation routines with health trusts and private institutions on admission, discharge and joint meetings?",
                    },
                    help: L {
                        nb: "2007-oppsummeringen pekte på fragmenterte tjenester og svak samordning mellom sosialtjenesten og helsetjenesten. Dokumentasjon: samarbeidsavtaler, forløpskoordinator i pakkeforløp.",
                        nn: "2007-oppsummeringa peika på fragmenterte tenester og svak samordning mellom sosialtenesta og helsetenesta. Dokumentasjon: samarbeidsavtalar, forløpskoordinator i pakkeforløp.",
                        en: "The 2007 summary pointed to fragmented services and weak coordination between social and health services. Evidence: cooperation agreements, a pathway coordinator in the care pathway.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 6-1 fjerde ledd", today: &["helse- og omsorgstjenesteloven §§ 6-1 og 6-2"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2007, HealthDirectorate],
                    areas: &[Coherence],
                },
                Question {
                    id: "t4.individual-plan",
                    text: L {
                        nb: "Tilbys individuell plan og koordinator til personer med langvarige og sammensatte behov, og brukes planen i overgangen fra institusjon?",
                        nn: "Blir individuell plan og koordinator tilbode til personar med langvarige og samansette behov, og blir planen brukt i overgangen frå institusjon?",
                        en: "Are an individual plan and a coordinator offered to people with long-term, complex needs, and is the plan used at the transition from the institution?",
                    },
                    help: L {
                        nb: "Dokumentasjon: oversikt over individuelle planer og koordinatorer, rutine for koordinerende enhet.",
                        nn: "Dokumentasjon: oversikt over individuelle planar og koordinatorar, rutine for koordinerande eining.",
                        en: "Evidence: a list of individual plans and coordinators, the coordinating unit's routine.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3a",
                        today: &["pasient- og brukerrettighetsloven § 2-5; helse- og omsorgstjenesteloven §§ 7-1 og 7-2; sotjl. 2009 § 28"], supports: &[], guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[CountyReports, HealthDirectorate],
                    areas: &[Coherence, Requirements],
                },
                Question {
                    id: "t4.learning",
                    text: L {
                        nb: "Blir brudd i oppfølgingen meldt som avvik og brukt til læring og forbedring?",
                        nn: "Blir brot i oppfølginga melde som avvik og brukte til læring og forbetring?",
                        en: "Are breaks in follow-up reported as deviations and used for learning and improvement?",
                    },
                    help: L {
                        nb: "2007-oppsummeringen fant at virksomhetene manglet systemer for lærings- og forbedringsarbeid. Dokumentasjon: avviksmeldinger, tiltak, ledelsens gjennomgang.",
                        nn: "2007-oppsummeringa fann at verksemdene mangla system for lærings- og forbetringsarbeid. Dokumentasjon: avviksmeldingar, tiltak, leiinga sin gjennomgang.",
                        en: "The 2007 summary found services lacked systems for learning and improvement. Evidence: deviation reports, measures, management review.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 2-1 annet ledd",
                        today: &["sotjl. 2009 § 5, jf. kommuneloven § 25-1; forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten"], supports: &[], guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2007],
                    areas: &[Knowledge],
                },
            ],
        },
    ],
};
