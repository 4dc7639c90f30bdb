//! Theme 4: Oppfølging under behandling og etter institusjonsopphold (the 2004 guide's areas 2A and 2B).
//! The 1991 duty (sotjl. 1991 § 6-1 fourth paragraph) has no single confirmed successor: follow-up during treatment is
//! today the municipal health and care service's part (hol. §§ 3-1 and 3-2, marked indicative); housing at discharge
//! is Nav's part (sotjl. §§ 15 and 27); the cooperation agreements with the health trust (hol. §§ 6-1 and 6-2) are the
//! municipality's. Every citation is recorded in docs/law-check-themes-3-4.md.

use super::{Certainty::*, Criteria, CrossArea::*, DutyHolder::*, LegalBasis, NationalFinding, LaterFinding, Question, Requirement::*, Source::*, SubArea, Theme, ThemeId};

/// Guidance that is not law: shown as good practice.
const PATHWAY: &str = "Helsedirektoratet: pasientforløp for psykisk helse og rus (tidligere pakkeforløp), med forløpskoordinator i kommunen";
const ROP: &str = "Helsedirektoratet: nasjonal faglig retningslinje for personer med samtidig ruslidelse og psykisk lidelse (ROP-retningslinjen)";
/// The 2004 basis, as history.
const THEN: &str = "sotjl. 1991 § 6-1 fjerde ledd";
/// Management duties of the health and care service (not Nav's); section numbers are not cited because they were
/// not confirmed.
const MGMT_PLAN: &str = "ledelsesforskriften (plikten til å planlegge og gjennomføre virksomheten, med nødvendige prosedyrer)";

pub static THEME: Theme = Theme {
    id: ThemeId::FollowUp,
    title: l! {
        nb: "Oppfølging under behandling og etter institusjonsopphold",
        nn: "Oppfølging under behandling og etter institusjonsopphald",
        en: "Follow-up during treatment and after an institutional stay",
    },
    short: l! { nb: "Oppfølging", nn: "Oppfølging", en: "Follow-up" },
    intro: l! {
        nb: "I 2004 hadde sosialtjenesten ansvaret for å følge opp personer under behandling med samtaler og om nødvendig hjemmebesøk, og for å forberede tiltak når institusjonsoppholdet slutter. I dag er ansvaret delt: den kommunale helse- og omsorgstjenesten følger opp, Nav sørger for et sted å bo, og kommunen skal ha samarbeidsavtale med helseforetaket om innleggelse og utskrivning.",
        nn: "I 2004 hadde sosialtenesta ansvaret for å følgje opp personar under behandling med samtalar og om naudsynt heimebesøk, og for å førebu tiltak når institusjonsopphaldet sluttar. I dag er ansvaret delt: den kommunale helse- og omsorgstenesta følgjer opp, Nav sørgjer for ein stad å bu, og kommunen skal ha samarbeidsavtale med helseføretaket om innlegging og utskriving.",
        en: "In 2004 the social service was responsible for following up people in treatment through conversations and, where needed, home visits, and for preparing measures for when the institutional stay ends. Today the duty is shared: the municipal health and care service follows up, Nav makes sure there is somewhere to live, and the municipality must have a cooperation agreement with the health trust on admission and discharge.",
    },
    national: NationalFinding {
        summary: l! {
            nb: "Det ble funnet svikt i 18 av de 58 kommunene. Funnene tyder på at oppfølgingen av rusmiddelmisbrukere under behandling var sårbar og personavhengig.",
            nn: "Det vart funne svikt i 18 av dei 58 kommunane. Funna tyder på at oppfølginga av rusmiddelmisbrukarar under behandling var sårbar og personavhengig.",
            en: "Failures were found in 18 of the 58 municipalities. The findings suggest that the follow-up of 'substance misusers' (the audit's term) in treatment was vulnerable and depended on individual staff.",
        },
        source: Seed2004,
    },
    later: &[
        LaterFinding {
            period: "2017–2018",
            summary: l! {
                nb: "Helsetilsynets landsomfattende tilsyn med kommunale tjenester til voksne med samtidig rusmiddelproblem og psykisk lidelse: fylkesmennene fant lovbrudd i to tredeler av kommunene de undersøkte. I mange kommuner ble ikke brukerens helhetlige situasjon kartlagt, mål ble ikke satt, og tiltak ble sjelden evaluert. Tjenestene var ofte dårlig samordnet.",
                nn: "Det landsomfattande tilsynet Helsetilsynet gjorde med kommunale tenester til vaksne med samtidig rusmiddelproblem og psykisk liding: fylkesmennene fann lovbrot i to tredelar av kommunane dei undersøkte. I mange kommunar vart ikkje den heilskaplege situasjonen til brukaren kartlagd, mål vart ikkje sette, og tiltak vart sjeldan evaluerte. Tenestene var ofte dårleg samordna.",
                en: "Helsetilsynet's nationwide audit of municipal services to adults with both substance-use problems and mental disorders: the county governors found breaches of the law in two thirds of the municipalities they investigated. In many municipalities the person's overall situation was not assessed, goals were not set, and measures were seldom evaluated. Services were often not well coordinated.",
            },
            source: Audit2018,
        },
        LaterFinding {
            period: "2024–2025",
            summary: l! {
                nb: "Riksrevisjonens undersøkelse av helse- og velferdstjenester til personer med samtidige rusmiddellidelser og psykiske lidelser (perioden 2019–2024): Riksrevisjonen konkluderte med at det er sterkt kritikkverdig at samhandlingen mellom tjenestene ikke fungerer etter hensikten. Kritikken var rettet mot Helse- og omsorgsdepartementet og Arbeids- og inkluderingsdepartementet. Stortinget behandlet saken 29. april 2025, og en samlet kontroll- og konstitusjonskomité sluttet seg til kritikken.",
                nn: "Undersøkinga Riksrevisjonen gjorde av helse- og velferdstenester til personar med samtidige rusmiddellidingar og psykiske lidingar (perioden 2019–2024): Riksrevisjonen konkluderte med at det er sterkt kritikkverdig at samhandlinga mellom tenestene ikkje fungerer etter føremålet. Kritikken var retta mot Helse- og omsorgsdepartementet og Arbeids- og inkluderingsdepartementet. Stortinget handsama saka 29. april 2025, og ein samla kontroll- og konstitusjonskomité slutta seg til kritikken.",
                en: "The Office of the Auditor General's investigation of health and welfare services to people with both substance-use disorders and mental disorders (covering 2019–2024) concluded that it is strongly open to criticism that cooperation between the services does not work as intended. The criticism was aimed at the Ministry of Health and Care Services and the Ministry of Labour and Social Inclusion. The Storting debated the case on 29 April 2025, and the Standing Committee on Scrutiny and Constitutional Affairs unanimously endorsed the criticism.",
            },
            source: AuditorGeneral2025,
        },
    ],
    areas: &[
        SubArea {
            title: l! { nb: "Oversikt, ansvar og rutiner", nn: "Oversikt, ansvar og rutinar", en: "Overview, responsibility and procedures" },
            questions: &[
                Question {
                    id: "t4.register",
                    text: l! {
                        nb: "Har kommunen en oppdatert oversikt over innbyggere som er i rusbehandling eller institusjon, offentlig eller privat, og som den skal følge opp?",
                        nn: "Har kommunen ei oppdatert oversikt over innbyggjarar som er i rusbehandling eller institusjon, offentleg eller privat, og som ho skal følgje opp?",
                        en: "Does the municipality keep an up-to-date overview of residents in substance-use treatment or in an institution, public or private, whom it must follow up?",
                    },
                    help: l! {
                        nb: "Flere kommuner manglet i 2004 oversikt over personer under behandling som de skulle følge opp, og det ga risiko for at rett oppfølging ikke ble satt i verk. Ingen bestemmelse krever en slik liste, men uten den er det vanskelig å sørge for nødvendige tjenester til alle.",
                        nn: "Fleire kommunar mangla i 2004 oversikt over personar under behandling som dei skulle følgje opp, og det gav risiko for at rett oppfølging ikkje vart sett i verk. Inga føresegn krev ei slik liste, men utan henne er det vanskeleg å sørgje for naudsynte tenester til alle.",
                        en: "In 2004 several municipalities had no overview of people in treatment whom they were to follow up, which risked the right follow-up not being started. No provision requires such a list, but without it the municipality can hardly make sure everyone gets the services they need.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En navngitt rolle holder oversikten oppdatert. Den omfatter både spesialisthelsetjenesten og private institusjoner utenfor den, med dato for innleggelse og forventet utskrivning og hvem i kommunen som følger opp, og den blir gått gjennom jevnlig.",
                            nn: "Ei namngjeven rolle held oversikta oppdatert. Ho omfattar både spesialisthelsetenesta og private institusjonar utanfor henne, med dato for innlegging og venta utskriving og kven i kommunen som følgjer opp, og ho blir gått gjennom jamleg.",
                            en: "A named role keeps the overview up to date. It covers both the specialist health service and private institutions outside it, with dates of admission and expected discharge and who in the municipality follows up, and it is reviewed regularly.",
                        },
                        partly: l! {
                            nb: "Oversikten finnes, men mangler private institusjoner, er ikke oppdatert eller har ingen fast eier.",
                            nn: "Oversikta finst, men manglar private institusjonar, er ikkje oppdatert eller har ingen fast eigar.",
                            en: "The overview exists but leaves out private institutions, is not up to date, or has no set owner.",
                        },
                        evidence: l! {
                            nb: "Oversikten med dato for siste gjennomgang og navnet på den som holder den oppdatert; rutinen for hvordan innleggelser og utskrivninger blir meldt inn.",
                            nn: "Oversikta med dato for siste gjennomgang og namnet på den som held ho oppdatert; rutinen for korleis innleggingar og utskrivingar blir melde inn.",
                            en: "The overview with the date of its last review and the name of the person who keeps it up to date; the procedure for reporting admissions and discharges.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 6-1 fjerde ledd og § 2-1 annet ledd",
                        today: &[],
                        supports: &["hol. § 3-1", MGMT_PLAN],
                        guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004],
                    areas: &[Knowledge, Coherence],
                },
                Question {
                    id: "t4.named-responsible",
                    text: l! {
                        nb: "Har hver person i behandling en navngitt kontaktperson i kommunen, som personen selv og behandlingsstedet kjenner til?",
                        nn: "Har kvar person i behandling ein namngjeven kontaktperson i kommunen, som personen sjølv og behandlingsstaden kjenner til?",
                        en: "Does each person in treatment have a named contact in the municipality, known to the person and to the treatment provider?",
                    },
                    help: l! {
                        nb: "Tilsynet i 2004 fant at oppfølgingen var sårbar og personavhengig, og at ansvaret ble overlatt til den enkelte saksbehandler. For personer med behov for langvarige og koordinerte tjenester er koordinator en lovfestet rett (pasient- og brukerrettighetsloven § 2-5 b); for andre er en fast kontaktperson god praksis.",
                        nn: "Tilsynet i 2004 fann at oppfølginga var sårbar og personavhengig, og at ansvaret vart overlate til den einskilde sakshandsamaren. For personar med behov for langvarige og koordinerte tenester er koordinator ein lovfesta rett (pasient- og brukerrettighetsloven § 2-5 b); for andre er ein fast kontaktperson god praksis.",
                        en: "The 2004 audit found follow-up was vulnerable and depended on individual staff, with responsibility left to each caseworker. For people who need long-term, coordinated services a coordinator is a statutory right (section 2-5 b of pasient- og brukerrettighetsloven, the Patients' and Users' Rights Act); for others a named contact is good practice.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Alle på oversikten har en navngitt kontaktperson, og det står i journalen. Personen selv og behandlingsstedet har fått navn og kontaktinformasjon.",
                            nn: "Alle på oversikta har ein namngjeven kontaktperson, og det står i journalen. Personen sjølv og behandlingsstaden har fått namn og kontaktinformasjon.",
                            en: "Everyone on the overview has a named contact, recorded in their case file. The person and the treatment provider have been given the contact's name and details.",
                        },
                        partly: l! {
                            nb: "De fleste har en kontaktperson, men ikke alle; eller behandlingsstedet vet ikke hvem det skal kontakte i kommunen.",
                            nn: "Dei fleste har ein kontaktperson, men ikkje alle; eller behandlingsstaden veit ikkje kven han skal kontakte i kommunen.",
                            en: "Most have a contact, but not all; or the treatment provider does not know whom to contact in the municipality.",
                        },
                        evidence: l! {
                            nb: "Oversikten over personer i behandling med kontaktperson; stikkprøve i journaler; spør et behandlingssted hvem de kontakter i kommunen.",
                            nn: "Oversikta over personar i behandling med kontaktperson; stikkprøve i journalar; spør ein behandlingsstad kven dei kontaktar i kommunen.",
                            en: "The overview of people in treatment with their contacts; a sample of case files; ask a treatment provider whom they contact in the municipality.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[HealthCare],
                    basis: LegalBasis { then: THEN, today: &[], supports: &["hol. § 3-1", "hol. § 3-2"], guidance: &[PATHWAY], certainty: Indicative },
                    sources: &[Seed2004, Bill1998],
                    areas: &[Requirements, Content],
                },
                Question {
                    id: "t4.follow-up-routine",
                    text: l! {
                        nb: "Finnes det en skriftlig rutine for oppfølging under behandling: hvor ofte det skal være samtaler, når hjemmebesøk er aktuelt, og hvem som deltar i møter med behandlingsstedet?",
                        nn: "Finst det ein skriftleg rutine for oppfølging under behandling: kor ofte det skal vere samtalar, når heimebesøk er aktuelt, og kven som er med i møte med behandlingsstaden?",
                        en: "Is there a written procedure for follow-up during treatment: how often to hold conversations, when to make home visits, and who attends meetings with the treatment provider?",
                    },
                    help: l! {
                        nb: "Tilsynet i 2004 fant kommuner uten rutiner for oppfølging. I dag skal ledelsen i helse- og omsorgstjenesten sørge for nødvendige prosedyrer (forskrift om ledelse og kvalitetsforbedring). Pasientforløpet for psykisk helse og rus beskriver en forløpskoordinator i kommunen; det er en faglig anbefaling, ikke lov.",
                        nn: "Tilsynet i 2004 fann kommunar utan rutinar for oppfølging. I dag skal leiinga i helse- og omsorgstenesta sørgje for naudsynte prosedyrar (forskrift om leiing og kvalitetsforbetring). Pasientforløpet for psykisk helse og rus skildrar ein forløpskoordinator i kommunen; det er ei fagleg tilråding, ikkje lov.",
                        en: "The 2004 audit found municipalities with no follow-up procedure. Today the management of the health and care service must make sure the necessary procedures are in place (the Regulation on Management and Quality Improvement). The patient pathway for mental health and substance use describes a pathway coordinator in the municipality; that is professional guidance, not law.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Rutinen er skriftlig, datert og kjent for de ansatte. Den sier hvor ofte det skal være kontakt under behandlingen, når hjemmebesøk skal vurderes, hvem som deltar i møter med behandlingsstedet, og at dette skal skrives i journalen.",
                            nn: "Rutinen er skriftleg, datert og kjend for dei tilsette. Han seier kor ofte det skal vere kontakt under behandlinga, når heimebesøk skal vurderast, kven som er med i møte med behandlingsstaden, og at dette skal skrivast i journalen.",
                            en: "The procedure is written, dated and known to staff. It states how often there should be contact during treatment, when a home visit should be considered, who attends meetings with the treatment provider, and that this is recorded in the case file.",
                        },
                        partly: l! {
                            nb: "Rutinen finnes, men er utdatert, sier ikke noe om hyppighet eller hjemmebesøk, eller er ukjent for de ansatte.",
                            nn: "Rutinen finst, men er utdatert, seier ikkje noko om kor ofte eller om heimebesøk, eller er ukjend for dei tilsette.",
                            en: "The procedure exists but is out of date, says nothing about frequency or home visits, or is unknown to staff.",
                        },
                        evidence: l! {
                            nb: "Rutinen med dato for siste revisjon; opplæringsplan eller referat som viser at rutinen er gått gjennom med de ansatte; stikkprøve i journaler om rutinen blir fulgt.",
                            nn: "Rutinen med dato for siste revisjon; opplæringsplan eller referat som viser at rutinen er gått gjennom med dei tilsette; stikkprøve i journalar om rutinen blir følgd.",
                            en: "The procedure with the date of its last review; a training plan or minutes showing it was reviewed with staff; a sample of case files showing whether it is followed.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis { then: THEN, today: &["hol. § 3-1", MGMT_PLAN], supports: &[], guidance: &[PATHWAY, ROP], certainty: Indicative },
                    sources: &[Seed2004, Guide2004, HealthDirectorate],
                    areas: &[Requirements, Content],
                },
                Question {
                    id: "t4.deputies",
                    text: l! {
                        nb: "Er det avtalt hvem som overtar oppfølgingen i ferier, ved sykdom og når ansatte slutter?",
                        nn: "Er det avtalt kven som tek over oppfølginga i feriar, ved sjukdom og når tilsette sluttar?",
                        en: "Is it agreed who takes over follow-up during holidays, sickness absence and when staff leave?",
                    },
                    help: l! {
                        nb: "Tilsynet i 2004 fant glipp i ferier, sykdomsperioder og ved skifte av ansatte. Dette spørsmålet gjelder ordningen; det neste gjelder om oppfølgingen faktisk fortsatte.",
                        nn: "Tilsynet i 2004 fann glepp i feriar, sjukdomsperiodar og ved skifte av tilsette. Dette spørsmålet gjeld ordninga; det neste gjeld om oppfølginga faktisk heldt fram.",
                        en: "The 2004 audit found gaps during holidays, sickness and staff changes. This question is about the arrangement; the next asks whether follow-up actually continued.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det finnes en skriftlig ordning med stedfortreder for hver kontaktperson, ferieplanen viser hvem som dekker hvem, og det er en fast rutine for overlevering når noen slutter eller bytter stilling.",
                            nn: "Det finst ei skriftleg ordning med stadfortredar for kvar kontaktperson, ferieplanen viser kven som dekkjer kven, og det er ein fast rutine for overlevering når nokon sluttar eller byter stilling.",
                            en: "There is a written deputy arrangement for each contact, the holiday rota shows who covers whom, and there is a set procedure for handover when someone leaves or changes job.",
                        },
                        partly: l! {
                            nb: "Stedfortreder blir avtalt, men bare muntlig eller fra gang til gang; eller det mangler rutine for overlevering når ansatte slutter.",
                            nn: "Stadfortredar blir avtalt, men berre munnleg eller frå gong til gong; eller det manglar rutine for overlevering når tilsette sluttar.",
                            en: "Deputies are agreed, but only orally or case by case; or there is no handover procedure when staff leave.",
                        },
                        evidence: l! {
                            nb: "Rutinen for stedfortreder og overlevering; ferieplanen for siste sommer med fordelingen av brukere; et eksempel på et overleveringsnotat.",
                            nn: "Rutinen for stadfortredar og overlevering; ferieplanen for siste sommar med fordelinga av brukarar; eit døme på eit overleveringsnotat.",
                            en: "The procedure for deputies and handover; last summer's holiday rota with the allocation of service users; an example of a handover note.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 6-1 fjerde ledd og § 2-1 annet ledd",
                        today: &[],
                        supports: &["hol. § 3-1", MGMT_PLAN],
                        guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004],
                    areas: &[Content, Requirements],
                },
                Question {
                    id: "t4.continuity",
                    text: l! {
                        nb: "Fortsatte oppfølgingen av personer i behandling uten opphold gjennom siste ferie, ved sykefravær og ved bytte av ansatte?",
                        nn: "Heldt oppfølginga av personar i behandling fram utan opphald gjennom siste ferie, ved sjukefråvær og ved byte av tilsette?",
                        en: "Did follow-up of people in treatment continue without a break through the last holiday period, sickness absence and changes of staff?",
                    },
                    help: l! {
                        nb: "Nødvendige tjenester skal ytes også når den faste kontaktpersonen er borte. Tilsynet i 2004 fant at oppfølgingen glapp i ferier, sykdomsperioder og ved skifte av ansatte. Spørsmålet gjelder praksis, ikke bare om det finnes en ordning.",
                        nn: "Naudsynte tenester skal ytast også når den faste kontaktpersonen er borte. Tilsynet i 2004 fann at oppfølginga glapp i feriar, sjukdomsperiodar og ved skifte av tilsette. Spørsmålet gjeld praksis, ikkje berre om det finst ei ordning.",
                        en: "Necessary services must be provided when the usual contact is away too. The 2004 audit found follow-up lapsed during holidays, sickness and staff changes. This question is about practice, not only whether an arrangement exists.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En stikkprøve av saker fra siste sommerferie og fra perioder med sykefravær eller nyansettelser viser at avtalte samtaler og besøk ble gjennomført av en stedfortreder, og at ingen mistet kontakten med tjenesten.",
                            nn: "Ei stikkprøve av saker frå siste sommarferie og frå periodar med sjukefråvær eller nytilsetjingar viser at avtalte samtalar og besøk vart gjennomførte av ein stadfortredar, og at ingen mista kontakten med tenesta.",
                            en: "A sample of cases from last summer's holiday and from periods of sickness absence or new staff shows that agreed conversations and visits were held by a deputy, and that nobody lost contact with the service.",
                        },
                        partly: l! {
                            nb: "Oppfølgingen fortsatte for de fleste, men i enkelte saker var det opphold på flere uker uten kontakt, eller avtaler ble avlyst uten ny tid.",
                            nn: "Oppfølginga heldt fram for dei fleste, men i nokre saker var det opphald på fleire veker utan kontakt, eller avtalar vart avlyste utan ny tid.",
                            en: "Follow-up continued for most, but in some cases there were gaps of several weeks without contact, or appointments were cancelled without a new date.",
                        },
                        evidence: l! {
                            nb: "Stikkprøve av journaler for juli og august og for perioder med fravær; avviksmeldinger om brudd i oppfølgingen; samtaler med brukere.",
                            nn: "Stikkprøve av journalar for juli og august og for periodar med fråvær; avviksmeldingar om brot i oppfølginga; samtalar med brukarar.",
                            en: "A sample of case files for July and August and for periods of absence; incident reports on breaks in follow-up; conversations with service users.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis { then: THEN, today: &["hol. § 3-1", "hol. § 3-2"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004],
                    areas: &[Content, Accessibility],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Under behandlingen", nn: "Under behandlinga", en: "During treatment" },
            questions: &[
                Question {
                    id: "t4.conversations",
                    text: l! {
                        nb: "Blir personer i behandling faktisk fulgt opp med samtaler og om nødvendig hjemmebesøk, også i private tiltak utenfor spesialisthelsetjenesten?",
                        nn: "Blir personar i behandling faktisk følgde opp med samtalar og om naudsynt heimebesøk, også i private tiltak utanfor spesialisthelsetenesta?",
                        en: "Are people in treatment actually followed up through conversations and, where needed, home visits, including those in private services outside the specialist health service?",
                    },
                    help: l! {
                        nb: "Noen kommuner overlot i 2004 oppfølgingen til behandlingsstedet, særlig for personer i private tiltak som ikke var en del av spesialisthelsetjenesten. Ingen bestemmelse i dag gjentar den gamle plikten direkte; det nærmeste er kommunens ansvar for nødvendige helse- og omsorgstjenester (helse- og omsorgstjenesteloven § 3-1).",
                        nn: "Nokre kommunar overlét i 2004 oppfølginga til behandlingsstaden, særleg for personar i private tiltak som ikkje var ein del av spesialisthelsetenesta. Inga føresegn i dag gjentek den gamle plikta direkte; det næraste er ansvaret kommunen har for naudsynte helse- og omsorgstenester (helse- og omsorgstenestelova § 3-1).",
                        en: "In 2004 some municipalities left follow-up to the treatment provider, especially for people in private services outside the specialist health service. No provision today restates the old duty directly; the closest is the municipality's duty to provide necessary health and care services (section 3-1 of the Health and Care Services Act).",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En stikkprøve viser at alle personer i behandling hadde kontakt med kommunen slik rutinen sier, med hjemmebesøk der det ble vurdert som nødvendig, også personer i private institusjoner. Kontakten står i journalen.",
                            nn: "Ei stikkprøve viser at alle personar i behandling hadde kontakt med kommunen slik rutinen seier, med heimebesøk der det vart vurdert som naudsynt, også personar i private institusjonar. Kontakten står i journalen.",
                            en: "A sample shows that everyone in treatment had contact with the municipality as the procedure requires, with home visits where judged necessary, including people in private institutions. The contact is recorded in the case file.",
                        },
                        partly: l! {
                            nb: "Kontakt skjer, men sjeldnere enn rutinen sier, ikke for personer i private institusjoner, eller uten at det blir journalført.",
                            nn: "Kontakt skjer, men sjeldnare enn rutinen seier, ikkje for personar i private institusjonar, eller utan at det blir journalført.",
                            en: "Contact happens, but less often than the procedure says, not for people in private institutions, or without being recorded.",
                        },
                        evidence: l! {
                            nb: "Stikkprøve av 10 journaler for personer som er eller nylig har vært i behandling, også i private institusjoner; referater fra møter med behandlingsstedene.",
                            nn: "Stikkprøve av 10 journalar for personar som er eller nyleg har vore i behandling, også i private institusjonar; referat frå møte med behandlingsstadene.",
                            en: "A sample of 10 case files for people who are or have recently been in treatment, including in private institutions; minutes of meetings with treatment providers.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis { then: THEN, today: &["hol. § 3-1", "hol. § 3-2"], supports: &[], guidance: &[PATHWAY], certainty: Indicative },
                    sources: &[Seed2004, Bill1998],
                    areas: &[Content, Coherence],
                },
                Question {
                    id: "t4.needs-mapping",
                    text: l! {
                        nb: "Blir behovet for hjelp (bolig, økonomi, helse, aktivitet og nettverk) vurdert systematisk for hver person i behandling, slik at oppfølgingen bygger på et helhetlig bilde?",
                        nn: "Blir behovet for hjelp (bustad, økonomi, helse, aktivitet og nettverk) vurdert systematisk for kvar person i behandling, slik at oppfølginga byggjer på eit heilskapleg bilete?",
                        en: "Is each person's need for help (housing, finances, health, activity and social network) assessed systematically during treatment, so that follow-up rests on a full picture?",
                    },
                    help: l! {
                        nb: "Tilsynet i 2004 fant tilfeldig og usystematisk kartlegging av behov og hjelpetiltak. I Helsetilsynets tilsyn 2017–2018 var manglende kartlegging av brukerens helhetlige situasjon et gjennomgående funn.",
                        nn: "Tilsynet i 2004 fann tilfeldig og usystematisk kartlegging av behov og hjelpetiltak. I tilsynet Helsetilsynet gjorde i 2017–2018, var manglande kartlegging av den heilskaplege situasjonen til brukaren eit gjennomgåande funn.",
                        en: "The 2004 audit found haphazard, unsystematic assessment of needs and support. In Helsetilsynet's 2017–2018 audit, failure to assess the person's overall situation was a recurring finding.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det brukes en fast mal eller et fast verktøy, og en stikkprøve viser at alle personer i behandling har en skriftlig, oppdatert vurdering av behovene som er brukt til å planlegge oppfølgingen.",
                            nn: "Det blir brukt ein fast mal eller eit fast verktøy, og ei stikkprøve viser at alle personar i behandling har ei skriftleg, oppdatert vurdering av behova som er brukt til å planleggje oppfølginga.",
                            en: "A standard template or tool is used, and a sample shows that everyone in treatment has a written, current assessment of needs that has been used to plan follow-up.",
                        },
                        partly: l! {
                            nb: "Behovene blir vurdert, men uten fast mal, vurderingen er ikke oppdatert, eller den dekker ikke alle områdene.",
                            nn: "Behova blir vurderte, men utan fast mal, vurderinga er ikkje oppdatert, eller ho dekkjer ikkje alle områda.",
                            en: "Needs are assessed, but without a standard template, the assessment is out of date, or it does not cover all areas.",
                        },
                        evidence: l! {
                            nb: "Malen eller verktøyet; stikkprøve av journaler med dato for siste vurdering; sammenhengen mellom vurderingen og tiltakene i planen.",
                            nn: "Malen eller verktøyet; stikkprøve av journalar med dato for siste vurdering; samanhengen mellom vurderinga og tiltaka i planen.",
                            en: "The template or tool; a sample of case files with the date of the last assessment; the link between the assessment and the measures in the plan.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis { then: "sotjl. 1991 § 6-1", today: &["hol. § 3-1", "hol. § 3-2"], supports: &[], guidance: &[ROP], certainty: Indicative },
                    sources: &[Seed2004, Audit2018],
                    areas: &[Knowledge, Content],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Når institusjonsoppholdet slutter", nn: "Når institusjonsopphaldet sluttar", en: "When the institutional stay ends" },
            questions: &[
                Question {
                    id: "t4.discharge-health",
                    text: l! {
                        nb: "Blir kommunale helse- og omsorgstjenester etter utskrivning (oppfølging, praktisk bistand, støttekontakt, aktivitet) planlagt i god tid før oppholdet slutter, for dem som ønsker det?",
                        nn: "Blir kommunale helse- og omsorgstenester etter utskrivinga (oppfølging, praktisk bistand, støttekontakt, aktivitet) planlagde i god tid før opphaldet sluttar, for dei som ønskjer det?",
                        en: "Are the municipal health and care services needed after discharge (follow-up, practical help, a support contact, activity) planned well before the stay ends, for those who want it?",
                    },
                    help: l! {
                        nb: "Tilsynet i 2004 fant at tiltak ikke ble forberedt før institusjonsoppholdet sluttet, og Helsetilsynet kalte svikt i denne overgangen uakseptabel. Samarbeidsavtalen med helseforetaket skal ha retningslinjer for utskrivning (helse- og omsorgstjenesteloven § 6-2).",
                        nn: "Tilsynet i 2004 fann at tiltak ikkje vart førebudde før institusjonsopphaldet slutta, og Helsetilsynet kalla svikt i denne overgangen uakseptabel. Samarbeidsavtalen med helseføretaket skal ha retningsliner for utskriving (helse- og omsorgstenestelova § 6-2).",
                        en: "The 2004 audit found measures were not prepared before the institutional stay ended, and Helsetilsynet called failure at this transition unacceptable. The cooperation agreement with the health trust must contain guidelines for discharge (section 6-2 of the Health and Care Services Act).",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En stikkprøve av nylige utskrivninger viser at kommunen var med i planleggingen før utskrivningsdatoen, at søknader om tjenester var behandlet og vedtak fattet før personen kom hjem, og at første avtale etter utskrivning var satt opp.",
                            nn: "Ei stikkprøve av nylege utskrivingar viser at kommunen var med i planlegginga før utskrivingsdatoen, at søknader om tenester var handsama og vedtak gjorde før personen kom heim, og at første avtale etter utskrivinga var sett opp.",
                            en: "A sample of recent discharges shows that the municipality took part in planning before the discharge date, that applications for services had been decided before the person came home, and that the first appointment after discharge had been booked.",
                        },
                        partly: l! {
                            nb: "Planlegging skjer, men ofte først rett før eller etter utskrivning; eller vedtak om tjenester kommer først etter at personen er kommet hjem.",
                            nn: "Planlegging skjer, men ofte først rett før eller etter utskrivinga; eller vedtak om tenester kjem først etter at personen er komen heim.",
                            en: "Planning happens, but often only just before or after discharge; or decisions on services come only after the person is home.",
                        },
                        evidence: l! {
                            nb: "Stikkprøve av saker med utskrivning det siste halvåret: møtereferater, søknader og vedtak med dato, første avtale etter utskrivning; meldinger fra behandlingsstedet.",
                            nn: "Stikkprøve av saker med utskriving det siste halvåret: møtereferat, søknader og vedtak med dato, første avtale etter utskrivinga; meldingar frå behandlingsstaden.",
                            en: "A sample of cases discharged in the last six months: minutes of meetings, applications and decisions with dates, the first appointment after discharge; notices from the treatment provider.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis { then: THEN, today: &["hol. § 3-1", "hol. § 3-2"], supports: &[], guidance: &[PATHWAY, ROP], certainty: Indicative },
                    sources: &[Seed2004, Bill1998, HealthDirectorate],
                    areas: &[Coherence, Requirements],
                },
                Question {
                    id: "t4.discharge-nav",
                    text: l! {
                        nb: "Sørger Nav for at personer som ikke har bolig å komme tilbake til, har et sted å bo fra dagen institusjonsoppholdet slutter?",
                        nn: "Sørgjer Nav for at personar som ikkje har bustad å kome tilbake til, har ein stad å bu frå dagen institusjonsopphaldet sluttar?",
                        en: "Does Nav make sure that people with no home to return to have somewhere to live from the day the institutional stay ends?",
                    },
                    help: l! {
                        nb: "Enkelte som er i institusjon, har ikke bolig og sosialt nettverk å komme tilbake til. Derfor hadde sosialtjenesten i 2004 et særskilt ansvar for å forberede tiltak når oppholdet sluttet. I dag er Nav-kontoret i kommunen der personen oppholdt seg før innleggelsen, fortsatt ansvarlig for de sosiale tjenestene (sosialtjenesteloven § 3 andre ledd). Nav skal finne midlertidig botilbud når det trengs (§ 27) og medvirke i kommunens boligsosiale arbeid (§ 15); hjelp til å skaffe eller beholde en bolig gis etter boligsosialloven § 6.",
                        nn: "Nokre som er i institusjon, har ikkje bustad og sosialt nettverk å kome tilbake til. Difor hadde sosialtenesta i 2004 eit særskilt ansvar for å førebu tiltak når opphaldet slutta. I dag er Nav-kontoret i kommunen der personen oppheldt seg før innlegginga, framleis ansvarleg for dei sosiale tenestene (sosialtenestelova § 3 andre ledd). Nav skal finne mellombels butilbod når det trengst (§ 27) og medverke i det bustadsosiale arbeidet i kommunen (§ 15); hjelp til å skaffe eller halde på ein bustad blir gjeven etter boligsosialloven § 6.",
                        en: "Some people in institutions have no home or social network to return to. That is why in 2004 the social service had a particular duty to prepare measures for when the stay ended. Today the Nav office of the municipality where the person was staying before admission remains responsible for the social services (section 3, second paragraph, of sosialtjenesteloven). Nav must find temporary accommodation when needed (section 27) and take part in the municipality's social housing work (section 15); help to obtain or keep a home is given under section 6 of boligsosialloven.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "For alle på oversikten uten egen bolig er boligsituasjonen avklart før utskrivningsdatoen, og ingen er skrevet ut uten et sted å bo. Har personen bolig, er det sørget for at den ikke går tapt under oppholdet (for eksempel husleie og kontakt med utleier).",
                            nn: "For alle på oversikta utan eigen bustad er busituasjonen avklart før utskrivingsdatoen, og ingen er skrivne ut utan ein stad å bu. Har personen bustad, er det sørgt for at han ikkje går tapt under opphaldet (til dømes husleige og kontakt med utleigar).",
                            en: "For everyone on the overview without a home of their own, housing is settled before the discharge date, and nobody has been discharged with nowhere to live. Where the person has a home, steps have been taken so that it is not lost during the stay (for example rent and contact with the landlord).",
                        },
                        partly: l! {
                            nb: "Bolig blir avklart for de fleste, men det har skjedd at noen ble skrevet ut til midlertidig botilbud uten plan, eller mistet boligen under oppholdet.",
                            nn: "Bustad blir avklart for dei fleste, men det har hendt at nokon vart skrivne ut til mellombels butilbod utan plan, eller mista bustaden under opphaldet.",
                            en: "Housing is settled for most, but some have been discharged to temporary accommodation without a plan, or lost their home during the stay.",
                        },
                        evidence: l! {
                            nb: "Stikkprøve av utskrivninger det siste året for personer uten egen bolig: vedtak og journalnotater med datoer; oversikt over hvem som ble skrevet ut til midlertidig botilbud.",
                            nn: "Stikkprøve av utskrivingar det siste året for personar utan eigen bustad: vedtak og journalnotat med datoar; oversikt over kven som vart skrivne ut til mellombels butilbod.",
                            en: "A sample of discharges in the last year of people without a home of their own: decisions and case notes with dates; a record of who was discharged to temporary accommodation.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis { then: THEN, today: &["sotjl. § 3 andre ledd", "sotjl. § 27", "sotjl. § 15"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004, Bill1998, CurrentLaw],
                    areas: &[Coherence, Accessibility],
                },
                Question {
                    id: "t4.cooperation-agreement",
                    text: l! {
                        nb: "Har samarbeidsavtalen med helseforetaket retningslinjer for innleggelse og utskrivning som også gjelder rusbehandling og psykisk helsevern, og blir de brukt?",
                        nn: "Har samarbeidsavtalen med helseføretaket retningsliner for innlegging og utskriving som også gjeld rusbehandling og psykisk helsevern, og blir dei brukte?",
                        en: "Does the cooperation agreement with the health trust contain guidelines for admission and discharge that also cover substance-use treatment and mental health care, and are they used?",
                    },
                    help: l! {
                        nb: "Kommunen skal inngå samarbeidsavtale med helseforetaket, og avtalen skal blant annet ha retningslinjer for samarbeid ved innleggelse og utskrivning (helse- og omsorgstjenesteloven §§ 6-1 og 6-2). 2007-oppsummeringen pekte på fragmenterte tjenester og svak samordning mellom sosialtjenesten og helsetjenesten.",
                        nn: "Kommunen skal inngå samarbeidsavtale med helseføretaket, og avtalen skal mellom anna ha retningsliner for samarbeid ved innlegging og utskriving (helse- og omsorgstenestelova §§ 6-1 og 6-2). 2007-oppsummeringa peika på fragmenterte tenester og svak samordning mellom sosialtenesta og helsetenesta.",
                        en: "The municipality must enter into a cooperation agreement with the health trust, and the agreement must include guidelines for cooperation on admission and discharge (sections 6-1 and 6-2 of the Health and Care Services Act). The 2007 summary pointed to fragmented services and weak coordination between social and health services.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Avtalen er vedtatt og gjeldende. Retningslinjene for innleggelse og utskrivning omfatter tverrfaglig spesialisert rusbehandling og psykisk helsevern, og de som følger opp personer i behandling, kjenner og bruker dem (for eksempel ved at kommunen blir varslet før utskrivning).",
                            nn: "Avtalen er vedteken og gjeldande. Retningslinene for innlegging og utskriving omfattar tverrfagleg spesialisert rusbehandling og psykisk helsevern, og dei som følgjer opp personar i behandling, kjenner og brukar dei (til dømes ved at kommunen blir varsla før utskriving).",
                            en: "The agreement is adopted and current. Its guidelines for admission and discharge cover specialised substance-use treatment and mental health care, and those who follow up people in treatment know and use them (for example, the municipality is notified before discharge).",
                        },
                        partly: l! {
                            nb: "Avtalen finnes, men retningslinjene er skrevet for somatikk og passer dårlig for rusbehandling; eller de som følger opp, kjenner dem ikke.",
                            nn: "Avtalen finst, men retningslinene er skrivne for somatikk og passar dårleg for rusbehandling; eller dei som følgjer opp, kjenner dei ikkje.",
                            en: "The agreement exists, but its guidelines are written for physical health care and fit substance-use treatment poorly; or those who follow up do not know them.",
                        },
                        evidence: l! {
                            nb: "Samarbeidsavtalen og delavtalen om innleggelse og utskrivning med dato; kommunens vedtak om avtalen; avviksmeldinger etter avtalen; eksempler på varsel om utskrivning fra helseforetaket.",
                            nn: "Samarbeidsavtalen og delavtalen om innlegging og utskriving med dato; vedtaket kommunen gjorde om avtalen; avviksmeldingar etter avtalen; døme på varsel om utskriving frå helseføretaket.",
                            en: "The cooperation agreement and the sub-agreement on admission and discharge, with dates; the municipality's decision adopting the agreement; incident reports under the agreement; examples of discharge notices from the health trust.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Municipality, HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 6-1 fjerde ledd (ingen plikt til samarbeidsavtale i 2004)",
                        today: &["hol. § 6-1", "hol. § 6-2"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2007, HealthDirectorate, CurrentLaw],
                    areas: &[Coherence, Requirements],
                },
                Question {
                    id: "t4.private-institutions",
                    text: l! {
                        nb: "Finnes det skriftlige samarbeidsrutiner med private behandlingssteder som ikke er en del av spesialisthelsetjenesten, om kontakt under oppholdet og varsel før utskrivning?",
                        nn: "Finst det skriftlege samarbeidsrutinar med private behandlingsstader som ikkje er ein del av spesialisthelsetenesta, om kontakt under opphaldet og varsel før utskriving?",
                        en: "Are there written cooperation procedures with private treatment providers that are not part of the specialist health service, covering contact during the stay and notice before discharge?",
                    },
                    help: l! {
                        nb: "I 2004 gjaldt svikten ved utskrivning særlig personer i private tiltak utenfor spesialisthelsetjenesten. Samarbeidsavtalen med helseforetaket dekker ikke slike steder, så kommunen må avtale samarbeidet selv.",
                        nn: "I 2004 galdt svikten ved utskriving særleg personar i private tiltak utanfor spesialisthelsetenesta. Samarbeidsavtalen med helseføretaket dekkjer ikkje slike stader, så kommunen må avtale samarbeidet sjølv.",
                        en: "In 2004 the failures at discharge particularly affected people in private services outside the specialist health service. The cooperation agreement with the health trust does not cover such places, so the municipality must agree the cooperation itself.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "For hvert privat behandlingssted kommunen bruker, finnes det en skriftlig avtale eller rutine om hvem som er kontaktpunkt, hvordan kommunen blir holdt orientert under oppholdet, og hvor lang tid i forveien kommunen blir varslet før utskrivning.",
                            nn: "For kvar privat behandlingsstad kommunen brukar, finst det ein skriftleg avtale eller rutine om kven som er kontaktpunkt, korleis kommunen blir halden orientert under opphaldet, og kor lang tid i førevegen kommunen blir varsla før utskriving.",
                            en: "For each private treatment provider the municipality uses, there is a written agreement or procedure setting out the contact point, how the municipality is kept informed during the stay and how much notice it gets before discharge.",
                        },
                        partly: l! {
                            nb: "Det finnes avtaler med noen av stedene, eller samarbeidet fungerer muntlig uten skriftlig rutine.",
                            nn: "Det finst avtalar med nokre av stadene, eller samarbeidet fungerer munnleg utan skriftleg rutine.",
                            en: "There are agreements with some providers, or the cooperation works orally without a written procedure.",
                        },
                        evidence: l! {
                            nb: "Liste over private behandlingssteder som er brukt de siste to årene; avtalene eller rutinene med hvert av dem; eksempler på varsel før utskrivning.",
                            nn: "Liste over private behandlingsstader som er brukte dei siste to åra; avtalane eller rutinane med kvar av dei; døme på varsel før utskriving.",
                            en: "A list of private treatment providers used in the last two years; the agreements or procedures with each; examples of notice before discharge.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[HealthCare],
                    basis: LegalBasis { then: THEN, today: &[], supports: &["hol. § 3-1"], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004, CountyReports],
                    areas: &[Coherence],
                },
                Question {
                    id: "t4.plan-in-transition",
                    text: l! {
                        nb: "Blir den individuelle planen oppdatert med tiltakene for tiden etter utskrivning før institusjonsoppholdet slutter, for dem som har en plan?",
                        nn: "Blir den individuelle planen oppdatert med tiltaka for tida etter utskrivinga før institusjonsopphaldet sluttar, for dei som har ein plan?",
                        en: "For people who have an individual plan, is it updated with the measures for the time after discharge before the institutional stay ends?",
                    },
                    help: l! {
                        nb: "Retten til individuell plan og koordinator hører til tema 2. Her gjelder det bruken av planen i overgangen: koordinatoren skal sikre nødvendig oppfølging, samordning og framdrift i arbeidet med planen. Det skal bare være én plan, også når både helse- og omsorgstjenesten og Nav gir tjenester.",
                        nn: "Retten til individuell plan og koordinator høyrer til tema 2. Her gjeld det bruken av planen i overgangen: koordinatoren skal sikre naudsynt oppfølging, samordning og framdrift i arbeidet med planen. Det skal berre vere éin plan, også når både helse- og omsorgstenesta og Nav gjev tenester.",
                        en: "The right to an individual plan and a coordinator belongs to theme 2. This question is about how the plan is used at the transition: the coordinator must ensure the necessary follow-up, coordination and progress in the work on the plan. There must be only one plan, even when both the health and care service and Nav provide services.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En stikkprøve av personer med individuell plan som er skrevet ut det siste året, viser at planen ble oppdatert før utskrivning med mål, tiltak, ansvarlige og datoer for tiden etter oppholdet, og at koordinatoren deltok i planleggingen sammen med personen, behandlingsstedet og Nav der Nav gir tjenester.",
                            nn: "Ei stikkprøve av personar med individuell plan som er skrivne ut det siste året, viser at planen vart oppdatert før utskrivinga med mål, tiltak, ansvarlege og datoar for tida etter opphaldet, og at koordinatoren var med i planlegginga saman med personen, behandlingsstaden og Nav der Nav gjev tenester.",
                            en: "A sample of people with an individual plan discharged in the last year shows that the plan was updated before discharge with goals, measures, responsible persons and dates for the time after the stay, and that the coordinator took part in the planning with the person, the treatment provider and Nav where Nav provides services.",
                        },
                        partly: l! {
                            nb: "Planen finnes, men ble oppdatert først etter utskrivning, mangler ansvarlige eller datoer, eller Nav var ikke med selv om personen får tjenester derfra.",
                            nn: "Planen finst, men vart oppdatert først etter utskrivinga, manglar ansvarlege eller datoar, eller Nav var ikkje med sjølv om personen får tenester derifrå.",
                            en: "The plan exists but was updated only after discharge, lacks responsible persons or dates, or Nav was not involved although the person receives services from Nav.",
                        },
                        evidence: l! {
                            nb: "Stikkprøve av individuelle planer for personer skrevet ut det siste året, med dato for siste oppdatering; referater fra ansvarsgruppemøter; koordinerende enhets oversikt over planer og koordinatorer.",
                            nn: "Stikkprøve av individuelle planar for personar skrivne ut det siste året, med dato for siste oppdatering; referat frå ansvarsgruppemøte; oversikta til den koordinerande eininga over planar og koordinatorar.",
                            en: "A sample of individual plans for people discharged in the last year, with the date of the last update; minutes of care team meetings; the coordinating unit's list of plans and coordinators.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare, Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3a og § 6-1 fjerde ledd",
                        today: &["hol. § 7-1", "hol. § 7-2", "sotjl. § 28"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[CountyReports, HealthDirectorate, CurrentLaw],
                    areas: &[Coherence, Requirements],
                },
                Question {
                    id: "t4.learning",
                    text: l! {
                        nb: "Blir brudd i oppfølgingen (for eksempel en utskrivning kommunen ikke visste om) meldt som avvik og fulgt opp med tiltak?",
                        nn: "Blir brot i oppfølginga (til dømes ei utskriving kommunen ikkje visste om) melde som avvik og følgde opp med tiltak?",
                        en: "Are breaks in follow-up (for example a discharge the municipality did not know about) reported as incidents and followed up with action?",
                    },
                    help: l! {
                        nb: "2007-oppsummeringen fant at virksomhetene manglet systemer for lærings- og forbedringsarbeid. Ledelsen i helse- og omsorgstjenesten skal evaluere og korrigere virksomheten, blant annet ved å følge opp avvik (forskrift om ledelse og kvalitetsforbedring).",
                        nn: "2007-oppsummeringa fann at verksemdene mangla system for lærings- og forbetringsarbeid. Leiinga i helse- og omsorgstenesta skal evaluere og korrigere verksemda, mellom anna ved å følgje opp avvik (forskrift om leiing og kvalitetsforbetring).",
                        en: "The 2007 summary found that services lacked systems for learning and improvement. The management of the health and care service must evaluate and correct the service, including by following up incidents (the Regulation on Management and Quality Improvement).",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "De ansatte vet hva som skal meldes, og det finnes avviksmeldinger om brudd i oppfølgingen fra det siste året. Meldingene er behandlet, tiltak er satt i verk, og ledelsen har gått gjennom dem samlet minst én gang i året.",
                            nn: "Dei tilsette veit kva som skal meldast, og det finst avviksmeldingar om brot i oppfølginga frå det siste året. Meldingane er handsama, tiltak er sette i verk, og leiinga har gått gjennom dei samla minst éin gong i året.",
                            en: "Staff know what to report, and there are incident reports on breaks in follow-up from the last year. The reports have been handled, action has been taken, and management has reviewed them together at least once a year.",
                        },
                        partly: l! {
                            nb: "Avvik blir meldt av og til, men ikke fulgt opp med tiltak, eller ledelsen går ikke gjennom dem samlet; eller ingen avvik er meldt selv om brudd har skjedd.",
                            nn: "Avvik blir melde av og til, men ikkje følgde opp med tiltak, eller leiinga går ikkje gjennom dei samla; eller ingen avvik er melde sjølv om brot har skjedd.",
                            en: "Incidents are reported now and then but not followed up with action, or management does not review them together; or no incidents are reported although breaks have occurred.",
                        },
                        evidence: l! {
                            nb: "Avviksmeldinger om oppfølging fra det siste året med tiltakene; referat fra ledelsens gjennomgang; rutinen for avvikshåndtering.",
                            nn: "Avviksmeldingar om oppfølging frå det siste året med tiltaka; referat frå gjennomgangen til leiinga; rutinen for avvikshandtering.",
                            en: "Incident reports on follow-up from the last year, with the action taken; minutes of the management review; the incident-handling procedure.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 2-1 annet ledd",
                        today: &["ledelsesforskriften (plikten til å evaluere og korrigere virksomheten, med oppfølging av avvik)"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2007, CurrentLaw],
                    areas: &[Knowledge],
                },
            ],
        },
    ],
};
