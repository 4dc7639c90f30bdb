//! Theme 1: Opplysning, råd og veiledning (the 2004 guide's area 1A).

use super::{Certainty::*, Criteria, CrossArea::*, DutyHolder::*, LegalBasis, NationalFinding, Question, Requirement::*, Source::*, SubArea, Theme, ThemeId};
use crate::model::lang::L;

// Placeholder while the content is rewritten; check.rs reports every empty criterion.
const TODO: L = L { nb: "", nn: "", en: "" };

pub static THEME: Theme = Theme {
    id: ThemeId::Guidance,
    title: L { nb: "Opplysning, råd og veiledning", nn: "Opplysning, råd og rettleiing", en: "Information, advice and guidance" },
    short: L { nb: "Veiledning", nn: "Rettleiing", en: "Guidance" },
    intro: L {
        nb: "Sosialtjenesten skal gi opplysning, råd og veiledning som kan bidra til å løse eller forebygge sosiale problemer, uansett hvilke tjenester personen trenger.",
        nn: "Sosialtenesta skal gje opplysning, råd og rettleiing som kan bidra til å løyse eller førebyggje sosiale problem, same kva tenester personen treng.",
        en: "The social service must give information, advice and guidance that can help solve or prevent social problems, whatever services the person needs.",
    },
    national: NationalFinding {
        summary: L {
            nb: "Fylkesmennene fant mangler i en firedel av de undersøkte kommunene.",
            nn: "Fylkesmennene fann manglar i ein firedel av dei undersøkte kommunane.",
            en: "The county governors found shortcomings in a quarter of the municipalities audited.",
        },
        source: Seed2004,
    },
    later: &[],
    areas: &[
        SubArea {
            title: L { nb: "Ansvar og tilgjengelighet", nn: "Ansvar og tilgjenge", en: "Responsibility and access" },
            questions: &[
                Question {
                    id: "t1.responsibility",
                    text: L {
                        nb: "Er det skriftlig fastsatt hvem som har ansvaret for opplysning, råd og veiledning til personer med rusmiddelproblemer?",
                        nn: "Er det skriftleg fastsett kven som har ansvaret for opplysning, råd og rettleiing til personar med rusmiddelproblem?",
                        en: "Is it set down in writing who is responsible for information, advice and guidance to people with substance-use problems?",
                    },
                    help: L {
                        nb: "Tilsynet fant uklar ansvarsplassering og oppgavefordeling. Dokumentasjon: delegeringsvedtak, organisasjonskart, stillingsbeskrivelser eller en rutine som navngir ansvarlig enhet eller rolle.",
                        nn: "Tilsynet fann uklar ansvarsplassering og oppgåvefordeling. Dokumentasjon: delegeringsvedtak, organisasjonskart, stillingsskildringar eller ein rutine som namngjev ansvarleg eining eller rolle.",
                        en: "The audit found unclear responsibility and division of tasks. Evidence: delegation decisions, organisation chart, job descriptions or a routine naming the responsible unit or role.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1 og § 2-1 annet ledd", today: &["sotjl. 2009 § 17 og § 5, jf. kommuneloven § 25-1"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, Guide2004],
                    areas: &[Requirements, Coherence],
                },
                Question {
                    id: "t1.opening-hours",
                    text: L {
                        nb: "Gjør åpningstid, telefontid og drop-in det mulig å få råd og veiledning, også samme dag ved akutt behov?",
                        nn: "Gjer opningstid, telefontid og drop-in det mogleg å få råd og rettleiing, også same dag ved akutt behov?",
                        en: "Do opening hours, phone hours and drop-in make it possible to get advice and guidance, including the same day when the need is urgent?",
                    },
                    help: L {
                        nb: "Tilsynet fant at begrenset åpningstid ga redusert tilgjengelighet. Se på åpningstider, telefontid, drop-in og hvordan henvendelser utenom åpningstid blir tatt imot.",
                        nn: "Tilsynet fann at avgrensa opningstid gav redusert tilgjenge. Sjå på opningstider, telefontid, drop-in og korleis førespurnader utanom opningstida blir tekne imot.",
                        en: "The audit found that limited opening hours reduced access. Look at opening hours, phone hours, drop-in and how enquiries outside opening hours are received.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1", today: &["sotjl. 2009 § 17"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004],
                    areas: &[Accessibility],
                },
            ],
        },
        SubArea {
            title: L { nb: "Informasjon om tjenestene", nn: "Informasjon om tenestene", en: "Information about the services" },
            questions: &[
                Question {
                    id: "t1.info-correct",
                    text: L {
                        nb: "Er informasjonen kommunen gir om tjenestene korrekt, fullstendig og oppdatert?",
                        nn: "Er informasjonen kommunen gjev om tenestene korrekt, fullstendig og oppdatert?",
                        en: "Is the information the municipality gives about its services correct, complete and up to date?",
                    },
                    help: L {
                        nb: "Tilsynet fant ufullstendig eller feilaktig informasjon om tjenesten. Gå gjennom nettsider, brosjyrer og det som sies i skranken: stemmer det med loven og med dagens tilbud?",
                        nn: "Tilsynet fann ufullstendig eller feil informasjon om tenesta. Gå gjennom nettsider, brosjyrar og det som blir sagt i skranken: stemmer det med lova og med dagens tilbod?",
                        en: "The audit found incomplete or wrong information about the service. Review web pages, leaflets and what is said at the front desk: does it match the law and today's services?",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1; forvaltningsloven § 11", today: &["sotjl. 2009 § 17; forvaltningsloven § 11"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, AdminAct],
                    areas: &[Accessibility, Content],
                },
                Question {
                    id: "t1.info-written",
                    text: L {
                        nb: "Finnes det skriftlig informasjon, på papir og nett, om tjenestene for personer med rusmiddelproblemer?",
                        nn: "Finst det skriftleg informasjon, på papir og nett, om tenestene for personar med rusmiddelproblem?",
                        en: "Is there written information, on paper and online, about the services for people with substance-use problems?",
                    },
                    help: L {
                        nb: "Senere tilsyn etter samme mal ga merknad når slikt materiell manglet. Dokumentasjon: brosjyre, nettside, informasjonsskriv, dato for siste oppdatering.",
                        nn: "Seinare tilsyn etter same malen gav merknad når slikt materiell mangla. Dokumentasjon: brosjyre, nettside, informasjonsskriv, dato for siste oppdatering.",
                        en: "Later audits using the same template gave a remark where such material was missing. Evidence: leaflet, web page, information letter, date of the last update.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1", today: &["sotjl. 2009 § 17"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[CountyReports, Seed2004],
                    areas: &[Accessibility],
                },
                Question {
                    id: "t1.info-how-to-apply",
                    text: L {
                        nb: "Forklarer informasjonen hvordan man søker, at en muntlig søknad også er en søknad, og at man kan klage på vedtak?",
                        nn: "Forklarer informasjonen korleis ein søkjer, at ein munnleg søknad også er ein søknad, og at ein kan klage på vedtak?",
                        en: "Does the information explain how to apply, that an oral application is an application too, and that decisions can be appealed?",
                    },
                    help: L {
                        nb: "Veiledningsplikten omfatter hjelp til å søke og klage. Se etter dette i informasjonsmateriellet og i rutinen for mottak av henvendelser.",
                        nn: "Rettleiingsplikta omfattar hjelp til å søkje og klage. Sjå etter dette i informasjonsmateriellet og i rutinen for mottak av førespurnader.",
                        en: "The duty to guide includes help to apply and to appeal. Look for this in the information material and in the routine for receiving enquiries.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "forvaltningsloven § 11 og forvaltningslovforskriften kap. 2", today: &["forvaltningsloven § 11 og forvaltningslovforskriften kap. 2"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[AdminAct, Guide2004],
                    areas: &[Accessibility, Requirements],
                },
            ],
        },
        SubArea {
            title: L { nb: "Veiledning i praksis", nn: "Rettleiing i praksis", en: "Guidance in practice" },
            questions: &[
                Question {
                    id: "t1.beyond-financial",
                    text: L {
                        nb: "Får de som kommer for å søke økonomisk sosialhjelp også råd og veiledning om andre tjenester de kan trenge, som praktisk bistand, støttekontakt, bolig og behandling?",
                        nn: "Får dei som kjem for å søkje økonomisk sosialhjelp også råd og rettleiing om andre tenester dei kan trenge, som praktisk bistand, støttekontakt, bustad og behandling?",
                        en: "Do people who come to apply for financial assistance also get advice and guidance on other services they may need, such as practical help, a support contact, housing and treatment?",
                    },
                    help: L {
                        nb: "Tilsynet fant at de som søkte økonomisk hjelp vanligvis fikk veiledning, mens de som trengte praktisk bistand eller støttekontakt risikerte å ikke få det. Se etter rutine eller sjekkliste for kartleggingssamtalen.",
                        nn: "Tilsynet fann at dei som søkte økonomisk hjelp vanlegvis fekk rettleiing, medan dei som trong praktisk bistand eller støttekontakt risikerte å ikkje få det. Sjå etter rutine eller sjekkliste for kartleggingssamtalen.",
                        en: "The audit found that those applying for financial help usually got guidance, while those needing practical help or a support contact risked not getting it. Look for a routine or checklist for the assessment interview.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1", today: &["sotjl. 2009 § 17"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004],
                    areas: &[Accessibility, Coherence],
                },
                Question {
                    id: "t1.refer-on",
                    text: L {
                        nb: "Er det en rutine for å sørge for at andre gir hjelpen når kontoret ikke kan gi den selv, også ved henvisning til helsetjenesten?",
                        nn: "Er det ein rutine for å syte for at andre gjev hjelpa når kontoret ikkje kan gje henne sjølv, også ved tilvising til helsetenesta?",
                        en: "Is there a routine for making sure others give the help when the office cannot give it itself, including referral to health services?",
                    },
                    help: L {
                        nb: "Loven krever at tjenesten så langt mulig sørger for at andre gir hjelpen den ikke kan gi selv. Dokumentasjon: rutine, oversikt over samarbeidspartnere, eksempler på henvisninger.",
                        nn: "Lova krev at tenesta så langt det er mogleg syter for at andre gjev hjelpa ho ikkje kan gje sjølv. Dokumentasjon: rutine, oversikt over samarbeidspartnarar, døme på tilvisingar.",
                        en: "The law requires the service, as far as possible, to make sure others give help it cannot give itself. Evidence: routine, list of partners, examples of referrals.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-1", today: &["sotjl. 2009 § 17"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Guide2004, Seed2007],
                    areas: &[Coherence],
                },
                Question {
                    id: "t1.training",
                    text: L {
                        nb: "Har de ansatte fått opplæring i veiledningsplikten og i hvilke tjenester personer med rusmiddelproblemer har rett til?",
                        nn: "Har dei tilsette fått opplæring i rettleiingsplikta og i kva tenester personar med rusmiddelproblem har rett til?",
                        en: "Have staff been trained in the duty to guide and in the services people with substance-use problems are entitled to?",
                    },
                    help: L {
                        nb: "Se etter opplæringsplan, gjennomført opplæring og introduksjon for nyansatte. 2007-oppsummeringen pekte på manglende kunnskap om lovbestemmelsene som en årsak til svikt.",
                        nn: "Sjå etter opplæringsplan, gjennomført opplæring og introduksjon for nytilsette. 2007-oppsummeringa peika på manglande kunnskap om lovføresegnene som ei årsak til svikt.",
                        en: "Look for a training plan, training given and induction for new staff. The 2007 summary named lack of knowledge of the law as one cause of failures.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 2-3",
                        today: &["sotjl. 2009 § 5, jf. kommuneloven § 25-1; forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten"], supports: &[], guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[Seed2007, Guide2004],
                    areas: &[Content, Knowledge],
                },
                Question {
                    id: "t1.monitoring",
                    text: L {
                        nb: "Følger ledelsen med på om veiledningen fungerer, for eksempel med stikkprøver, avviksmeldinger eller tilbakemeldinger fra brukere?",
                        nn: "Følgjer leiinga med på om rettleiinga fungerer, til dømes med stikkprøver, avviksmeldingar eller tilbakemeldingar frå brukarar?",
                        en: "Does management check that guidance works, for example through case sampling, deviation reports or feedback from users?",
                    },
                    help: L {
                        nb: "Tilsynet var en systemrevisjon: det spør om kommunen selv oppdager, retter og forebygger svikt. Dokumentasjon: internkontroll, avvikssystem, referater fra ledermøter.",
                        nn: "Tilsynet var ein systemrevisjon: det spør om kommunen sjølv oppdagar, rettar og førebyggjer svikt. Dokumentasjon: internkontroll, avvikssystem, referat frå leiarmøte.",
                        en: "The audit was a system audit: it asks whether the municipality itself detects, corrects and prevents failures. Evidence: internal control, deviation system, minutes of management meetings.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 2-1 annet ledd", today: &["sotjl. 2009 § 5, jf. kommuneloven § 25-1"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Guide2004, Seed2007],
                    areas: &[Knowledge, Requirements],
                },
            ],
        },
    ],
};
