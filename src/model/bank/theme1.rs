//! Theme 1: Opplysning, råd og veiledning (the 2004 guide's area 1A).
//!
//! In 2004 one social service held all of it. Today the duty in sosialtjenesteloven § 17 lies with the Nav office;
//! the municipal health and care service must guide people on the services it gives (praktisk bistand, støttekontakt).
//! Every citation was checked on bank::LAW_CHECKED; docs/law-check-themes-1-2.md lists what was checked where.

use super::{Certainty::*, Criteria, CrossArea::*, DutyHolder::*, LegalBasis, NationalFinding, Question, Requirement::*, Source::*, SubArea, Theme, ThemeId};

pub static THEME: Theme = Theme {
    id: ThemeId::Guidance,
    title: l! { nb: "Opplysning, råd og veiledning", nn: "Opplysning, råd og rettleiing", en: "Information, advice and guidance" },
    short: l! { nb: "Veiledning", nn: "Rettleiing", en: "Guidance" },
    intro: l! {
        nb: "Nav-kontoret skal gi opplysning, råd og veiledning som kan bidra til å løse eller forebygge sosiale problemer, uansett hvilke tjenester personen trenger. Helse- og omsorgstjenesten skal veilede om de tjenestene den selv gir.",
        nn: "Nav-kontoret skal gje opplysning, råd og rettleiing som kan bidra til å løyse eller førebyggje sosiale problem, same kva tenester personen treng. Helse- og omsorgstenesta skal rettleie om dei tenestene ho sjølv gjev.",
        en: "The Nav office must give information, advice and guidance that can help solve or prevent social problems, whatever services the person needs. The health and care service must give guidance on the services it provides itself.",
    },
    national: NationalFinding {
        summary: l! {
            nb: "Fylkesmennene fant mangler i en firedel av de undersøkte kommunene.",
            nn: "Fylkesmennene fann manglar i ein firedel av dei undersøkte kommunane.",
            en: "The county governors found failures in a quarter of the municipalities audited.",
        },
        source: Seed2004,
    },
    later: &[],
    areas: &[
        SubArea {
            title: l! { nb: "Ansvar og tilgjengelighet", nn: "Ansvar og tilgjenge", en: "Responsibility and access" },
            questions: &[
                Question {
                    id: "t1.responsibility",
                    text: l! {
                        nb: "Er det skriftlig fastsatt hvem i Nav-kontoret som har ansvaret for opplysning, råd og veiledning til personer med rusmiddelproblemer?",
                        nn: "Er det skriftleg fastsett kven i Nav-kontoret som har ansvaret for opplysning, råd og rettleiing til personar med rusmiddelproblem?",
                        en: "Is it set down in writing who in the Nav office is responsible for information, advice and guidance to people with substance-use problems?",
                    },
                    help: l! {
                        nb: "Tilsynet fant uklar ansvarsplassering og oppgavefordeling. I dag ligger plikten hos Nav-kontoret, og kommunedirektørens internkontroll skal beskrive hvordan ansvar og oppgaver er fordelt.",
                        nn: "Tilsynet fann uklar ansvarsplassering og oppgåvefordeling. I dag ligg plikta hos Nav-kontoret, og internkontrollen som kommunedirektøren har ansvaret for, skal skildre korleis ansvar og oppgåver er fordelte.",
                        en: "The audit found unclear responsibility and division of tasks. Today the duty lies with the Nav office, and the chief executive's internal control must describe how responsibility and tasks are divided.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Et gjeldende, skriftlig dokument navngir enheten eller rollen som har ansvaret, også ved fravær, og de ansatte du spør, kjenner det.",
                            nn: "Eit gjeldande, skriftleg dokument namngjev eininga eller rolla som har ansvaret, også ved fråvær, og dei tilsette du spør, kjenner det.",
                            en: "A current written document names the unit or role responsible, including during absence, and the staff you ask know it.",
                        },
                        partly: l! {
                            nb: "Ansvaret er skrevet ned, men dokumentet er utdatert, ukjent for de ansatte eller dekker bare en del av veiledningen (for eksempel bare søknader om økonomisk stønad).",
                            nn: "Ansvaret er skrive ned, men dokumentet er utdatert, ukjent for dei tilsette eller dekkjer berre ein del av rettleiinga (til dømes berre søknader om økonomisk stønad).",
                            en: "Responsibility is written down, but the document is out of date, unknown to staff, or covers only part of the guidance (for example only applications for financial assistance).",
                        },
                        evidence: l! {
                            nb: "Delegeringsvedtak, organisasjonskart, stillingsbeskrivelser, rutine som navngir ansvarlig enhet eller rolle, kommunedirektørens beskrivelse av hovedoppgaver og organisering.",
                            nn: "Delegeringsvedtak, organisasjonskart, stillingsskildringar, rutine som namngjev ansvarleg eining eller rolle, skildringa av hovudoppgåver og organisering som kommunedirektøren har laga.",
                            en: "Delegation decisions, organisation chart, job descriptions, a procedure naming the responsible unit or role, the chief executive's description of main tasks and organisation.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-1 og § 2-1 annet ledd",
                        today: &["sotjl. § 17", "sotjl. § 5", "koml. § 25-1"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, Guide2004, CurrentLaw],
                    areas: &[Requirements, Coherence],
                },
                Question {
                    id: "t1.opening-hours",
                    text: l! {
                        nb: "Gjør åpningstid, telefontid og drop-in det mulig å få råd og veiledning, også samme dag ved akutt behov?",
                        nn: "Gjer opningstid, telefontid og drop-in det mogleg å få råd og rettleiing, også same dag ved akutt behov?",
                        en: "Do opening hours, phone hours and drop-in make it possible to get advice and guidance, including the same day when the need is urgent?",
                    },
                    help: l! {
                        nb: "Tilsynet fant at begrenset åpningstid ga redusert tilgjengelighet. Tjenestene etter sosialtjenesteloven skal være forsvarlige, og det gjelder også hvor lett de er å nå.",
                        nn: "Tilsynet fann at avgrensa opningstid gav redusert tilgjenge. Tenestene etter sosialtjenesteloven skal vere forsvarlege, og det gjeld også kor lett dei er å nå.",
                        en: "The audit found that limited opening hours reduced access. Services under sosialtjenesteloven (Social Services Act) must be adequate and safe, and that includes how easy they are to reach.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Åpnings- og telefontider er publisert og blir holdt, den som trenger råd samme dag får det, og det er skriftlig avtalt hva som skjer med akutte henvendelser utenom åpningstid.",
                            nn: "Opnings- og telefontider er publiserte og blir haldne, den som treng råd same dag får det, og det er skriftleg avtalt kva som skjer med akutte førespurnader utanom opningstida.",
                            en: "Opening and phone hours are published and kept, anyone who needs advice the same day gets it, and there is a written arrangement for urgent enquiries outside opening hours.",
                        },
                        partly: l! {
                            nb: "Det er lett å nå kontoret noen dager eller i noen kanaler, men ikke i andre, eller akutte henvendelser blir løst tilfeldig uten avtale.",
                            nn: "Det er lett å nå kontoret nokre dagar eller i nokre kanalar, men ikkje i andre, eller akutte førespurnader blir løyste tilfeldig utan avtale.",
                            en: "The office is easy to reach on some days or through some channels but not others, or urgent enquiries are handled case by case with no arrangement.",
                        },
                        evidence: l! {
                            nb: "Publiserte åpnings- og telefontider, rutine for akutte henvendelser og for henvendelser utenom åpningstid, avtale med legevakt eller andre, telling av henvendelser og ventetid.",
                            nn: "Publiserte opnings- og telefontider, rutine for akutte førespurnader og for førespurnader utanom opningstida, avtale med legevakt eller andre, teljing av førespurnader og ventetid.",
                            en: "Published opening and phone hours, the procedure for urgent enquiries and for enquiries outside opening hours, any arrangement with the out-of-hours medical service or others, counts of enquiries and waiting times.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1", today: &["sotjl. § 17", "sotjl. § 4"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, CurrentLaw],
                    areas: &[Accessibility],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Informasjon om tjenestene", nn: "Informasjon om tenestene", en: "Information about the services" },
            questions: &[
                Question {
                    id: "t1.info-correct",
                    text: l! {
                        nb: "Er informasjonen Nav-kontoret gir om tjenestene korrekt, fullstendig og oppdatert?",
                        nn: "Er informasjonen Nav-kontoret gjev om tenestene korrekt, fullstendig og oppdatert?",
                        en: "Is the information the Nav office gives about the services correct, complete and up to date?",
                    },
                    help: l! {
                        nb: "Tilsynet fant ufullstendig eller feilaktig informasjon om tjenesten. Det gjelder både det som står på nett og i brosjyrer, og det som blir sagt i skranken og på telefon.",
                        nn: "Tilsynet fann ufullstendig eller feil informasjon om tenesta. Det gjeld både det som står på nett og i brosjyrar, og det som blir sagt i skranken og på telefon.",
                        en: "The audit found incomplete or wrong information about the service. This covers what is on the web and in leaflets as well as what is said at the front desk and on the phone.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En gjennomgang det siste året viser at nettside, brosjyrer og svar i skranken stemmer med loven og med dagens tilbud, og noen har ansvar for å oppdatere dem.",
                            nn: "Ein gjennomgang det siste året viser at nettside, brosjyrar og svar i skranken stemmer med lova og med dagens tilbod, og nokon har ansvar for å oppdatere dei.",
                            en: "A review in the past year shows that the web page, leaflets and answers at the front desk match the law and today's services, and someone is responsible for keeping them up to date.",
                        },
                        partly: l! {
                            nb: "Det meste stemmer, men noe er utdatert eller mangler, eller ingen har sjekket det det siste året.",
                            nn: "Det meste stemmer, men noko er utdatert eller manglar, eller ingen har sjekka det det siste året.",
                            en: "Most of it is correct, but some is out of date or missing, or nobody has checked it in the past year.",
                        },
                        evidence: l! {
                            nb: "Nettside og brosjyrer med dato for siste oppdatering, notat fra gjennomgangen, hvem som har ansvar for oppdatering, eventuelle klager på feil informasjon.",
                            nn: "Nettside og brosjyrar med dato for siste oppdatering, notat frå gjennomgangen, kven som har ansvar for oppdatering, eventuelle klager på feil informasjon.",
                            en: "Web page and leaflets with the date of the last update, a note of the review, who is responsible for updates, any complaints about wrong information.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1; forvaltningsloven § 11", today: &["sotjl. § 17"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, CurrentLaw],
                    areas: &[Accessibility, Content],
                },
                Question {
                    id: "t1.info-written",
                    text: l! {
                        nb: "Finnes det skriftlig informasjon, på papir og nett, om tjenestene for personer med rusmiddelproblemer?",
                        nn: "Finst det skriftleg informasjon, på papir og nett, om tenestene for personar med rusmiddelproblem?",
                        en: "Is there written information, on paper and online, about the services for people with substance-use problems?",
                    },
                    help: l! {
                        nb: "Senere tilsyn etter samme mal ga merknad, ikke avvik, når slikt materiell manglet. Loven krever veiledning, ikke en bestemt brosjyre; skriftlig materiell er en god måte å nå flere på.",
                        nn: "Seinare tilsyn etter same malen gav merknad, ikkje avvik, når slikt materiell mangla. Lova krev rettleiing, ikkje ein bestemd brosjyre; skriftleg materiell er ein god måte å nå fleire på.",
                        en: "Later audits using the same template gave a remark, not a finding of breach, where such material was missing. The law requires guidance, not a particular leaflet; written material is a good way to reach more people.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det finnes en oppdatert nettside og en brosjyre eller et informasjonsskriv som nevner alle tjenestene, også de som ikke gjelder penger, og materiellet ligger der folk kommer.",
                            nn: "Det finst ei oppdatert nettside og ein brosjyre eller eit informasjonsskriv som nemner alle tenestene, også dei som ikkje gjeld pengar, og materiellet ligg der folk kjem.",
                            en: "There is an up-to-date web page and a leaflet or information letter that mentions all the services, including those that are not about money, and the material is where people come.",
                        },
                        partly: l! {
                            nb: "Det finnes skriftlig informasjon, men bare på nett eller bare på papir, eller den nevner bare økonomisk stønad.",
                            nn: "Det finst skriftleg informasjon, men berre på nett eller berre på papir, eller han nemner berre økonomisk stønad.",
                            en: "There is written information, but only online or only on paper, or it mentions financial assistance only.",
                        },
                        evidence: l! {
                            nb: "Brosjyre, nettside, informasjonsskriv, dato for siste oppdatering, hvor materiellet er lagt ut.",
                            nn: "Brosjyre, nettside, informasjonsskriv, dato for siste oppdatering, kvar materiellet er lagt ut.",
                            en: "Leaflet, web page, information letter, date of the last update, where the material is made available.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1", today: &[], supports: &["sotjl. § 17"], guidance: &[], certainty: Verified },
                    sources: &[CountyReports, Seed2004],
                    areas: &[Accessibility],
                },
                Question {
                    id: "t1.info-how-to-apply",
                    text: l! {
                        nb: "Forklarer informasjonen hvordan man søker, at en muntlig søknad også er en søknad, og at man kan klage på vedtak?",
                        nn: "Forklarer informasjonen korleis ein søkjer, at ein munnleg søknad også er ein søknad, og at ein kan klage på vedtak?",
                        en: "Does the information explain how to apply, that an oral application is an application too, and that decisions can be appealed?",
                    },
                    help: l! {
                        nb: "Både Nav-kontoret og helse- og omsorgstjenesten har veiledningsplikt etter forvaltningsloven, også om hvordan man søker og klager. Loven krever veiledning til den enkelte, ikke at dette står i informasjonsmateriellet; men står det der, når det flere.",
                        nn: "Både Nav-kontoret og helse- og omsorgstenesta har rettleiingsplikt etter forvaltningsloven, også om korleis ein søkjer og klagar. Lova krev rettleiing til den enkelte, ikkje at dette står i informasjonsmateriellet; men står det der, når det fleire.",
                        en: "Both the Nav office and the health and care service have a duty to guide under forvaltningsloven (Public Administration Act), including on how to apply and appeal. The law requires guidance to each person, not that this is in the information material; but if it is there, it reaches more people.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Informasjonen fra begge tjenestene sier hvordan man søker, at man kan søke muntlig, hvor lang klagefristen er og hvem som hjelper med å skrive klage.",
                            nn: "Informasjonen frå begge tenestene seier korleis ein søkjer, at ein kan søkje munnleg, kor lang klagefristen er og kven som hjelper med å skrive klage.",
                            en: "The information from both services says how to apply, that one can apply orally, how long the appeal deadline is and who helps with writing an appeal.",
                        },
                        partly: l! {
                            nb: "Noe av dette står der, eller det står i informasjonen fra den ene tjenesten, men ikke fra den andre.",
                            nn: "Noko av dette står der, eller det står i informasjonen frå den eine tenesta, men ikkje frå den andre.",
                            en: "Some of this is there, or it is in one service's information but not the other's.",
                        },
                        evidence: l! {
                            nb: "Nettsider og brosjyrer fra Nav-kontoret og helse- og omsorgstjenesten, søknadsskjema, rutine for mottak av henvendelser.",
                            nn: "Nettsider og brosjyrar frå Nav-kontoret og helse- og omsorgstenesta, søknadsskjema, rutine for mottak av førespurnader.",
                            en: "Web pages and leaflets from the Nav office and the health and care service, application forms, the procedure for receiving enquiries.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[Nav, HealthCare],
                    basis: LegalBasis {
                        then: "forvaltningsloven § 11 og forvaltningslovforskriften kap. 2",
                        today: &[],
                        supports: &["fvl. § 11", "sotjl. § 17"],
                        guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[AdminAct, Guide2004],
                    areas: &[Accessibility, Requirements],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Veiledning i praksis", nn: "Rettleiing i praksis", en: "Guidance in practice" },
            questions: &[
                Question {
                    id: "t1.beyond-financial",
                    text: l! {
                        nb: "Får de som kommer til Nav-kontoret for å søke økonomisk stønad, også råd og veiledning om andre tjenester de kan trenge, som praktisk bistand, støttekontakt, bolig og behandling?",
                        nn: "Får dei som kjem til Nav-kontoret for å søkje økonomisk stønad, også råd og rettleiing om andre tenester dei kan trenge, som praktisk bistand, støttekontakt, bustad og behandling?",
                        en: "Do people who come to the Nav office to apply for financial assistance also get advice and guidance on other services they may need, such as practical help, a support contact, housing and treatment?",
                    },
                    help: l! {
                        nb: "Rapportene fra tilsynet kunne tyde på at de som henvendte seg for å få økonomisk sosialhjelp, vanligvis også fikk råd og veiledning, mens de som trengte praktisk bistand eller støttekontakt, risikerte at veiledningen om slike tjenester ikke var godt nok tilrettelagt.",
                        nn: "Rapportane frå tilsynet kunne tyde på at dei som vende seg til kontoret for å få økonomisk sosialhjelp, vanlegvis også fekk råd og rettleiing, medan dei som trong praktisk bistand eller støttekontakt, risikerte at rettleiinga om slike tenester ikkje var godt nok lagd til rette.",
                        en: "The audit reports suggested that people who came for financial assistance usually also got advice and guidance, while those who needed practical help or a support contact risked that guidance on such services was not properly arranged.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Kartleggingen ved søknad om økonomisk stønad spør etter andre behov, og i et utvalg på minst 10 nylige saker er det notert hvilke andre tjenester som ble tatt opp, og hva som skjedde videre.",
                            nn: "Kartlegginga ved søknad om økonomisk stønad spør etter andre behov, og i eit utval på minst 10 nyare saker er det notert kva andre tenester som vart tekne opp, og kva som skjedde vidare.",
                            en: "The assessment when someone applies for financial assistance asks about other needs, and in a sample of at least 10 recent cases there is a note of which other services were discussed and what happened next.",
                        },
                        partly: l! {
                            nb: "Andre behov blir tatt opp av noen saksbehandlere, men det står ikke i rutinen eller sjekklisten, eller det er sjelden notert i sakene.",
                            nn: "Andre behov blir tekne opp av nokre sakshandsamarar, men det står ikkje i rutinen eller sjekklista, eller det er sjeldan notert i sakene.",
                            en: "Other needs are raised by some caseworkers, but this is not in the procedure or checklist, or it is seldom recorded in the cases.",
                        },
                        evidence: l! {
                            nb: "Rutine eller sjekkliste for kartleggingssamtalen, journalnotater i et utvalg saker, oversikt over henvisninger til helse- og omsorgstjenesten.",
                            nn: "Rutine eller sjekkliste for kartleggingssamtalen, journalnotat i eit utval saker, oversikt over tilvisingar til helse- og omsorgstenesta.",
                            en: "The procedure or checklist for the assessment interview, case notes in a sample of cases, a list of referrals to the health and care service.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1", today: &["sotjl. § 17"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, CurrentLaw],
                    areas: &[Accessibility, Coherence],
                },
                Question {
                    id: "t1.refer-on",
                    text: l! {
                        nb: "Har Nav-kontoret en rutine for å sørge for at andre gir hjelpen når kontoret ikke kan gi den selv, også ved henvisning til helse- og omsorgstjenesten?",
                        nn: "Har Nav-kontoret ein rutine for å syte for at andre gjev hjelpa når kontoret ikkje kan gje henne sjølv, også ved tilvising til helse- og omsorgstenesta?",
                        en: "Does the Nav office have a procedure for making sure others give the help when the office cannot give it itself, including referral to the health and care service?",
                    },
                    help: l! {
                        nb: "Loven krever at Nav-kontoret så langt mulig sørger for at andre gir hjelpen det ikke kan gi selv. Etter 2004 ble praktisk bistand og støttekontakt flyttet til helse- og omsorgstjenesten, så overgangen mellom de to tjenestene er blitt viktigere.",
                        nn: "Lova krev at Nav-kontoret så langt det er mogleg syter for at andre gjev hjelpa det ikkje kan gje sjølv. Etter 2004 vart praktisk bistand og støttekontakt flytta til helse- og omsorgstenesta, så overgangen mellom dei to tenestene har vorte viktigare.",
                        en: "The law requires the Nav office, as far as possible, to make sure others give help it cannot give itself. After 2004 practical help and support contacts moved to the health and care service, so the handover between the two services matters more.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En skriftlig, kjent rutine sier hvordan og til hvem kontoret henviser, og et utvalg saker viser at henvisningen ble fulgt opp til den andre tjenesten tok over.",
                            nn: "Ein skriftleg, kjend rutine seier korleis og til kven kontoret viser vidare, og eit utval saker viser at tilvisinga vart følgd opp til den andre tenesta tok over.",
                            en: "A written procedure known to staff says how and to whom the office refers, and a sample of cases shows the referral was followed up until the other service took over.",
                        },
                        partly: l! {
                            nb: "Henvisning skjer, men uten skriftlig rutine, eller uten at noen følger med på om den andre tjenesten faktisk tok over.",
                            nn: "Tilvising skjer, men utan skriftleg rutine, eller utan at nokon følgjer med på om den andre tenesta faktisk tok over.",
                            en: "Referrals happen, but with no written procedure, or nobody checks that the other service actually took over.",
                        },
                        evidence: l! {
                            nb: "Rutine for henvisning, oversikt over samarbeidspartnere med kontaktpersoner, eksempler på henvisninger og svar, samarbeidsavtale mellom Nav-kontoret og helse- og omsorgstjenesten.",
                            nn: "Rutine for tilvising, oversikt over samarbeidspartnarar med kontaktpersonar, døme på tilvisingar og svar, samarbeidsavtale mellom Nav-kontoret og helse- og omsorgstenesta.",
                            en: "The referral procedure, a list of partners with contact persons, examples of referrals and replies, any cooperation agreement between the Nav office and the health and care service.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-1",
                        today: &["sotjl. § 17", "sotjl. § 5", "koml. § 25-1"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Guide2004, Seed2007, CurrentLaw],
                    areas: &[Coherence],
                },
                Question {
                    id: "t1.health-care-guidance",
                    text: l! {
                        nb: "Gir helse- og omsorgstjenesten personer med rusmiddelproblemer veiledning om praktisk bistand, opplæring og støttekontakt, også om hvordan de søker?",
                        nn: "Gjev helse- og omsorgstenesta personar med rusmiddelproblem rettleiing om praktisk bistand, opplæring og støttekontakt, også om korleis dei søkjer?",
                        en: "Does the health and care service give people with substance-use problems guidance on practical help, training and support contacts, including on how to apply?",
                    },
                    help: l! {
                        nb: "Tilsynet pekte på at de som trengte praktisk bistand eller støttekontakt, risikerte at råd og veiledning om slike tjenester ikke var godt nok tilrettelagt. I dag gir helse- og omsorgstjenesten disse tjenestene, og den har veiledningsplikt etter forvaltningsloven om dem.",
                        nn: "Tilsynet peika på at dei som trong praktisk bistand eller støttekontakt, risikerte at råd og rettleiing om slike tenester ikkje var godt nok lagd til rette. I dag gjev helse- og omsorgstenesta desse tenestene, og ho har rettleiingsplikt etter forvaltningsloven om dei.",
                        en: "The audit pointed out that those who needed practical help or a support contact risked that advice and guidance on such services was not properly arranged. Today the health and care service provides these services and has a duty to guide on them under forvaltningsloven (Public Administration Act).",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Tildelingskontoret eller tjenesten har en kjent rutine for å veilede om disse tjenestene og hjelpe med søknaden, og et utvalg henvendelser fra personer med rusmiddelproblemer viser at de fikk slik veiledning.",
                            nn: "Tildelingskontoret eller tenesta har ein kjend rutine for å rettleie om desse tenestene og hjelpe med søknaden, og eit utval førespurnader frå personar med rusmiddelproblem viser at dei fekk slik rettleiing.",
                            en: "The allocation office or the service has a procedure known to staff for guiding on these services and helping with the application, and a sample of enquiries from people with substance-use problems shows they got such guidance.",
                        },
                        partly: l! {
                            nb: "Veiledning blir gitt når noen spør, men uten rutine, eller personer med rusmiddelproblemer blir sendt videre til Nav-kontoret uten å få svar om disse tjenestene.",
                            nn: "Rettleiing blir gjeven når nokon spør, men utan rutine, eller personar med rusmiddelproblem blir sende vidare til Nav-kontoret utan å få svar om desse tenestene.",
                            en: "Guidance is given when someone asks, but with no procedure, or people with substance-use problems are sent on to the Nav office without an answer about these services.",
                        },
                        evidence: l! {
                            nb: "Rutine for mottak og veiledning i tildelingskontoret, søknadsskjema, notater fra veiledningssamtaler, søknader fra personer med rusmiddelproblemer.",
                            nn: "Rutine for mottak og rettleiing i tildelingskontoret, søknadsskjema, notat frå rettleiingssamtalar, søknader frå personar med rusmiddelproblem.",
                            en: "The allocation office's procedure for receiving and guiding people, application forms, notes of guidance conversations, applications from people with substance-use problems.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1", today: &["fvl. § 11"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004, AdminAct, CurrentLaw],
                    areas: &[Accessibility, Coherence],
                },
                Question {
                    id: "t1.guidance-decision",
                    text: l! {
                        nb: "Når Nav-kontoret gir råd og veiledning som en individuell tjeneste over tid, for eksempel økonomisk rådgivning, fatter det da et skriftlig enkeltvedtak med begrunnelse og opplysning om klageretten?",
                        nn: "Når Nav-kontoret gjev råd og rettleiing som ei individuell teneste over tid, til dømes økonomisk rådgjeving, gjer det då eit skriftleg enkeltvedtak med grunngiving og opplysning om klageretten?",
                        en: "When the Nav office gives advice and guidance as an individual service over time, such as financial counselling, does it make a written individual decision with reasons and information on the right of appeal?",
                    },
                    help: l! {
                        nb: "Sosialtjenesteloven sier at forvaltningsloven gjelder, og at avgjørelser om tildeling av sosiale tjenester er enkeltvedtak. I Helsetilsynets landsomfattende tilsyn 2024–2025 ga flere Nav-kontor økonomisk rådgivning uten vedtak, slik miljøarbeid ble gitt uten vedtak i 2004. Klagefristen er tre uker, og klagen går til statsforvalteren.",
                        nn: "Sosialtjenesteloven seier at forvaltningsloven gjeld, og at avgjerder om tildeling av sosiale tenester er enkeltvedtak. I det landsomfattande tilsynet til Helsetilsynet 2024–2025 gav fleire Nav-kontor økonomisk rådgjeving utan vedtak, slik miljøarbeid vart gjeve utan vedtak i 2004. Klagefristen er tre veker, og klaga går til statsforvaltaren.",
                        en: "Under sosialtjenesteloven (Social Services Act), forvaltningsloven (Public Administration Act) applies and decisions allocating social services are individual decisions. In the nationwide audit of 2024–2025 by the Norwegian Board of Health Supervision several Nav offices gave financial counselling without a decision, just as support work was given without a decision in 2004. The appeal deadline is three weeks, and appeals go to the county governor.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Rutinen sier når veiledning er en tjeneste som krever vedtak, og i et utvalg på minst 10 nylige saker finnes et skriftlig vedtak med hjemmel, innhold, oppstart, begrunnelse og klageopplysning (tre uker, statsforvalteren, sendes via Nav-kontoret).",
                            nn: "Rutinen seier når rettleiing er ei teneste som krev vedtak, og i eit utval på minst 10 nyare saker finst eit skriftleg vedtak med heimel, innhald, oppstart, grunngiving og klageopplysning (tre veker, statsforvaltaren, blir send via Nav-kontoret).",
                            en: "The procedure says when guidance is a service that needs a decision, and in a sample of at least 10 recent cases there is a written decision with legal basis, content, start date, reasons and appeal information (three weeks, the county governor, sent through the Nav office).",
                        },
                        partly: l! {
                            nb: "Det blir fattet vedtak i noen saker, eller vedtakene mangler begrunnelse, oppstartsdato eller klageopplysning.",
                            nn: "Det blir gjort vedtak i nokre saker, eller vedtaka manglar grunngiving, oppstartsdato eller klageopplysning.",
                            en: "Decisions are made in some cases, or the decisions lack reasons, a start date or appeal information.",
                        },
                        evidence: l! {
                            nb: "Rutine for når det skal fattes vedtak, vedtaksmal, et utvalg vedtak om økonomisk rådgivning eller annen oppfølging, journalnotater, oversikt over klager.",
                            nn: "Rutine for når det skal gjerast vedtak, vedtaksmal, eit utval vedtak om økonomisk rådgjeving eller anna oppfølging, journalnotat, oversikt over klager.",
                            en: "The procedure for when a decision is needed, the decision template, a sample of decisions on financial counselling or other follow-up, case notes, a list of appeals.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-1 og kap. 8; forvaltningsloven §§ 2, 23–25 og 27",
                        today: &["sotjl. § 17", "sotjl. § 41", "sotjl. § 47"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[NavAudit2025, Seed2004, CurrentLaw],
                    areas: &[Requirements],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Kompetanse og styring", nn: "Kompetanse og styring", en: "Competence and management" },
            questions: &[
                Question {
                    id: "t1.training",
                    text: l! {
                        nb: "Har de ansatte fått opplæring i veiledningsplikten og i hvilke tjenester personer med rusmiddelproblemer har rett til?",
                        nn: "Har dei tilsette fått opplæring i rettleiingsplikta og i kva tenester personar med rusmiddelproblem har rett til?",
                        en: "Have staff been trained in the duty to guide and in the services people with substance-use problems are entitled to?",
                    },
                    help: l! {
                        nb: "2007-oppsummeringen pekte på manglende kunnskap om lovbestemmelsene som en årsak til svikt. Sosialtjenesteloven av 1991 hadde en egen plikt til opplæring; i dag er opplæring en del av det å gi forsvarlige tjenester og ha god internkontroll.",
                        nn: "2007-oppsummeringa peika på manglande kunnskap om lovføresegnene som ei årsak til svikt. Sosialtjenesteloven frå 1991 hadde ei eiga plikt til opplæring; i dag er opplæring ein del av det å gje forsvarlege tenester og ha god internkontroll.",
                        en: "The 2007 summary named lack of knowledge of the law as one cause of failures. The 1991 social services act had its own duty to train staff; today training is part of providing adequate services and sound internal control.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det finnes en opplæringsplan, nye ansatte får opplæring i veiledningsplikten og i tjenestene til både Nav og helse- og omsorgstjenesten, og det er registrert hvem som har fått den.",
                            nn: "Det finst ein opplæringsplan, nytilsette får opplæring i rettleiingsplikta og i tenestene til både Nav og helse- og omsorgstenesta, og det er registrert kven som har fått henne.",
                            en: "There is a training plan, new staff are trained in the duty to guide and in the services of both Nav and the health and care service, and there is a record of who has been trained.",
                        },
                        partly: l! {
                            nb: "Opplæring blir gitt, men uten plan eller registrering, eller den dekker bare Nav-kontorets egne tjenester.",
                            nn: "Opplæring blir gjeven, men utan plan eller registrering, eller ho dekkjer berre tenestene til Nav-kontoret sjølv.",
                            en: "Training is given, but with no plan or record, or it covers only the Nav office's own services.",
                        },
                        evidence: l! {
                            nb: "Opplæringsplan, program for introduksjon av nyansatte, deltakerlister, kompetanseoversikt.",
                            nn: "Opplæringsplan, program for introduksjon av nytilsette, deltakarlister, kompetanseoversikt.",
                            en: "Training plan, induction programme for new staff, attendance lists, a record of staff competence.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 2-3",
                        today: &[],
                        supports: &["sotjl. § 4", "sotjl. § 5", "koml. § 25-1"],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2007, Guide2004],
                    areas: &[Content, Knowledge],
                },
                Question {
                    id: "t1.monitoring",
                    text: l! {
                        nb: "Følger ledelsen i Nav-kontoret med på om veiledningen fungerer, for eksempel med stikkprøver, avviksmeldinger eller tilbakemeldinger fra brukere?",
                        nn: "Følgjer leiinga i Nav-kontoret med på om rettleiinga fungerer, til dømes med stikkprøver, avviksmeldingar eller tilbakemeldingar frå brukarar?",
                        en: "Does the Nav office's management check that guidance works, for example through case sampling, incident reports or feedback from users?",
                    },
                    help: l! {
                        nb: "Tilsynet var en systemrevisjon: det spør om kommunen selv oppdager, retter og forebygger svikt. For Nav-kontoret følger kravet til internkontroll av sosialtjenesteloven og kommuneloven.",
                        nn: "Tilsynet var ein systemrevisjon: det spør om kommunen sjølv oppdagar, rettar og førebyggjer svikt. For Nav-kontoret følgjer kravet til internkontroll av sosialtjenesteloven og kommuneloven.",
                        en: "The audit was a system audit: it asks whether the municipality itself detects, corrects and prevents failures. For the Nav office, the internal-control duty follows from sosialtjenesteloven (Social Services Act) and kommuneloven (Local Government Act).",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Ledelsen tar stikkprøver eller får rapporter minst en gang i året, avvik blir meldt og fulgt opp, og det finnes eksempler på at noe er endret etter funnene.",
                            nn: "Leiinga tek stikkprøver eller får rapportar minst ein gong i året, avvik blir melde og følgde opp, og det finst døme på at noko er endra etter funna.",
                            en: "Management samples cases or receives reports at least once a year, incidents are reported and followed up, and there are examples of changes made after the findings.",
                        },
                        partly: l! {
                            nb: "Det finnes et avvikssystem, men det er lite brukt for veiledning, eller funnene blir ikke fulgt opp.",
                            nn: "Det finst eit avvikssystem, men det er lite brukt for rettleiing, eller funna blir ikkje følgde opp.",
                            en: "There is an incident-reporting system, but it is seldom used for guidance, or the findings are not followed up.",
                        },
                        evidence: l! {
                            nb: "Internkontrollbeskrivelse, avviksmeldinger og oppfølging, referater fra ledermøter, resultater fra stikkprøver og brukerundersøkelser, kommunedirektørens rapport til kommunestyret om internkontroll.",
                            nn: "Skildring av internkontrollen, avviksmeldingar og oppfølging, referat frå leiarmøte, resultat frå stikkprøver og brukarundersøkingar, rapporten frå kommunedirektøren til kommunestyret om internkontroll.",
                            en: "The description of internal control, incident reports and their follow-up, minutes of management meetings, results of case sampling and user surveys, the chief executive's report to the municipal council on internal control.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 2-1 annet ledd", today: &["sotjl. § 5", "koml. § 25-1"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Guide2004, Seed2007, CurrentLaw],
                    areas: &[Knowledge, Requirements],
                },
            ],
        },
    ],
};
