//! Theme 3: Midlertidig husvære (the 2004 guide's area 1D).

use super::{Certainty::*, Criteria, CrossArea::*, DutyHolder::*, LegalBasis, NationalFinding, Question, Requirement::*, Source::*, SubArea, Theme, ThemeId};
use crate::model::lang::L;

// Placeholder while the content is rewritten; check.rs reports every empty criterion.
const TODO: L = L { nb: "", nn: "", en: "" };

pub static THEME: Theme = Theme {
    id: ThemeId::Housing,
    title: L { nb: "Midlertidig husvære", nn: "Mellombels husvære", en: "Temporary accommodation" },
    short: L { nb: "Midlertidig husvære", nn: "Mellombels husvære", en: "Temporary housing" },
    intro: L {
        nb: "Kommunen skal finne midlertidig husvære for dem som ikke klarer det selv, og husværet skal holde forsvarlig kvalitet.",
        nn: "Kommunen skal finne mellombels husvære for dei som ikkje klarer det sjølve, og husværet skal halde forsvarleg kvalitet.",
        en: "The municipality must find temporary accommodation for those who cannot find it themselves, and it must be of acceptable quality.",
    },
    national: NationalFinding {
        summary: L {
            nb: "Svikt i litt under halvparten av de 58 kommunene.",
            nn: "Svikt i litt under halvparten av dei 58 kommunane.",
            en: "Failures in just under half of the 58 municipalities.",
        },
        source: Seed2004,
    },
    later: &[],
    areas: &[
        SubArea {
            title: L { nb: "Rutiner og beredskap", nn: "Rutinar og beredskap", en: "Routines and preparedness" },
            questions: &[
                Question {
                    id: "t3.same-day-routine",
                    text: L {
                        nb: "Finnes det en skriftlig rutine som sikrer at midlertidig husvære kan tildeles samme dag, også utenom kontortid?",
                        nn: "Finst det ein skriftleg rutine som sikrar at mellombels husvære kan tildelast same dag, også utanom kontortid?",
                        en: "Is there a written routine making sure temporary accommodation can be allocated the same day, also outside office hours?",
                    },
                    help: L {
                        nb: "Tilsynet fant at en del små kommuner ikke hadde rutiner som sikrer tildeling når behovet oppstår. Dokumentasjon: rutinen, hvem som har vakt, hvordan legevakt eller politi når tjenesten.",
                        nn: "Tilsynet fann at ein del små kommunar ikkje hadde rutinar som sikrar tildeling når behovet oppstår. Dokumentasjon: rutinen, kven som har vakt, korleis legevakt eller politi når tenesta.",
                        en: "The audit found some small municipalities had no routine ensuring allocation when a need arose. Evidence: the routine, who is on call, how the emergency clinic or police reach the service.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5", today: &["sotjl. 2009 § 27"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, Guide2004],
                    areas: &[Accessibility, Requirements],
                },
                Question {
                    id: "t3.places-overview",
                    text: L {
                        nb: "Har rutinen en navngitt eier og en oppdatert oversikt over tilgjengelige plasser?",
                        nn: "Har rutinen ein namngjeven eigar og ei oppdatert oversikt over tilgjengelege plassar?",
                        en: "Does the routine have a named owner and an up-to-date list of available places?",
                    },
                    help: L {
                        nb: "Sivilombudet har kritisert at brukere selv måtte sjekke om hospitser hadde ledig plass. Dokumentasjon: oversikten og datoen den sist ble oppdatert.",
                        nn: "Sivilombodet har kritisert at brukarar sjølve måtte sjekke om hospits hadde ledig plass. Dokumentasjon: oversikta og datoen ho sist vart oppdatert.",
                        en: "The Parliamentary Ombud has criticised users having to check for themselves whether hostels had free places. Evidence: the list and the date it was last updated.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5", today: &["sotjl. 2009 § 27"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Ombud, Guide2004],
                    areas: &[Knowledge],
                },
                Question {
                    id: "t3.preparedness",
                    text: L {
                        nb: "Finnes det en beredskapsplan for topper, brann, stengte tilbud eller fulle leverandører, slik at man slipper å improvisere?",
                        nn: "Finst det ein beredskapsplan for toppar, brann, stengde tilbod eller fulle leverandørar, slik at ein slepp å improvisere?",
                        en: "Is there a preparedness plan for peaks, fire, closed providers or full providers, so that nobody has to improvise?",
                    },
                    help: L {
                        nb: "Tilsynet fant svak beredskap og improviserte løsninger, som ga tilfeldige tilbud med utilstrekkelig kvalitet.",
                        nn: "Tilsynet fann svak beredskap og improviserte løysingar, som gav tilfeldige tilbod med utilstrekkeleg kvalitet.",
                        en: "The audit found weak preparedness and improvised solutions, giving random offers of inadequate quality.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5", today: &["sotjl. 2009 § 27 og § 16 (beredskapsplan)"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004],
                    areas: &[Accessibility],
                },
                Question {
                    id: "t3.municipality-finds",
                    text: L {
                        nb: "Skaffer kommunen selv husværet, i stedet for å overlate til brukeren å finne et sted?",
                        nn: "Skaffar kommunen sjølv husværet, i staden for å overlate til brukaren å finne ein stad?",
                        en: "Does the municipality itself find the accommodation, instead of leaving it to the user to find a place?",
                    },
                    help: L {
                        nb: "I enkelttilfeller måtte personer med rusmiddelproblemer selv finne bosted fordi sosialtjenesten ikke skaffet husvære. Ta stikkprøver i saker der husvære ble søkt.",
                        nn: "I enkelttilfelle måtte personar med rusmiddelproblem sjølve finne bustad fordi sosialtenesta ikkje skaffa husvære. Ta stikkprøver i saker der husvære vart søkt.",
                        en: "In some cases people with substance-use problems had to find somewhere to stay themselves because the social service did not. Sample cases where accommodation was requested.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5", today: &["sotjl. 2009 § 27"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, CircularR35],
                    areas: &[Accessibility, Requirements],
                },
            ],
        },
        SubArea {
            title: L { nb: "Kvalitet", nn: "Kvalitet", en: "Quality" },
            questions: &[
                Question {
                    id: "t3.capacity",
                    text: L {
                        nb: "Har kommunen nok plasser hos tilbydere som tar imot personer med rusmiddelproblemer, uten å være avhengig av campingplasser, pensjonater og hoteller som kan avvise dem?",
                        nn: "Har kommunen nok plassar hos tilbydarar som tek imot personar med rusmiddelproblem, utan å vere avhengig av campingplassar, pensjonat og hotell som kan avvise dei?",
                        en: "Does the municipality have enough places with providers who accept people with substance-use problems, without depending on campsites, guesthouses and hotels that may turn them away?",
                    },
                    help: L {
                        nb: "Større kommuner manglet husvære og hadde gjort seg avhengige av campingplasser, pensjonater og hoteller som til tider ikke hadde plass eller nektet denne gruppen adgang.",
                        nn: "Større kommunar mangla husvære og hadde gjort seg avhengige av campingplassar, pensjonat og hotell som til tider ikkje hadde plass eller nekta denne gruppa tilgang.",
                        en: "Larger municipalities lacked accommodation and depended on campsites, guesthouses and hotels that sometimes had no room or refused this group.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5", today: &["sotjl. 2009 § 27"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004],
                    areas: &[Accessibility],
                },
                Question {
                    id: "t3.acceptable-quality",
                    text: L {
                        nb: "Holder husværet som brukes i dag en forsvarlig minstestandard for dem som bor der, også for barn og unge?",
                        nn: "Held husværet som blir brukt i dag ein forsvarleg minstestandard for dei som bur der, også for barn og unge?",
                        en: "Does the accommodation in use today meet an acceptable minimum standard for those who live there, including children and young people?",
                    },
                    help: L {
                        nb: "Husværet skal holde forsvarlig kvalitet ut fra den enkeltes behov. Senere tilsyn ga avvik der husværet ikke holdt minstestandard. Besøk stedene og snakk med beboere.",
                        nn: "Husværet skal halde forsvarleg kvalitet ut frå behova til den enkelte. Seinare tilsyn gav avvik der husværet ikkje heldt minstestandard. Besøk stadene og snakk med bebuarar.",
                        en: "The accommodation must be of acceptable quality for the individual's needs. Later audits found a breach where it did not meet a minimum standard. Visit the places and talk to residents.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5; rundskriv U-5/2003", today: &["sotjl. 2009 § 27; rundskriv R35 pkt. 4.27.1–4.27.2"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[CircularU5, CircularR35, CountyReports],
                    areas: &[Content],
                },
                Question {
                    id: "t3.quality-criteria",
                    text: L {
                        nb: "Finnes det skriftlige kvalitetskrav, som eget låsbart rom, bad og WC, mulighet til å lage mat, rent sengetøy, tilsyn og brannsikkerhet?",
                        nn: "Finst det skriftlege kvalitetskrav, som eige låsbart rom, bad og WC, høve til å lage mat, rein sengeklede, tilsyn og brannsikring?",
                        en: "Are there written quality requirements, such as a lockable room of one's own, bath and toilet, cooking facilities, clean bedding, supervision and fire safety?",
                    },
                    help: L {
                        nb: "Rundskriv U-5/2003 ga kvalitetskrav og en modellavtale for døgnovernatting. Dokumentasjon: kravene, avtaler med tilbydere.",
                        nn: "Rundskriv U-5/2003 gav kvalitetskrav og ein modellavtale for døgnovernatting. Dokumentasjon: krava, avtalar med tilbydarar.",
                        en: "Circular U-5/2003 set quality requirements and a model contract for overnight accommodation. Evidence: the requirements, contracts with providers.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5; rundskriv U-5/2003", today: &["sotjl. 2009 § 27; rundskriv R35 pkt. 4.27.1–4.27.2"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[CircularU5, CircularR35],
                    areas: &[Content, Requirements],
                },
                Question {
                    id: "t3.inspection",
                    text: L {
                        nb: "Blir stedene kontrollert før de tas i bruk og deretter jevnlig, for eksempel gjennom kvalitetsavtaler?",
                        nn: "Blir stadene kontrollerte før dei blir tekne i bruk og deretter jamleg, til dømes gjennom kvalitetsavtalar?",
                        en: "Are the places inspected before they are used and regularly afterwards, for example through quality agreements?",
                    },
                    help: L {
                        nb: "Dokumentasjon: kvalitetsavtaler, rapporter fra befaringer, avvik som er fulgt opp.",
                        nn: "Dokumentasjon: kvalitetsavtalar, rapportar frå synfaringar, avvik som er følgde opp.",
                        en: "Evidence: quality agreements, inspection reports, deviations followed up.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5; rundskriv U-5/2003", today: &["sotjl. 2009 § 27; rundskriv R35 pkt. 4.27.1–4.27.2"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[CircularU5],
                    areas: &[Content, Knowledge],
                },
            ],
        },
        SubArea {
            title: L { nb: "Vedtak og veien videre", nn: "Vedtak og vegen vidare", en: "Decisions and the way on" },
            questions: &[
                Question {
                    id: "t3.decisions",
                    text: L {
                        nb: "Blir tildeling og avslag på midlertidig husvære gjort som enkeltvedtak med klageopplysninger?",
                        nn: "Blir tildeling og avslag på mellombels husvære gjorde som enkeltvedtak med klageopplysningar?",
                        en: "Are grants and refusals of temporary accommodation made as individual decisions with information on how to appeal?",
                    },
                    help: L {
                        nb: "Også hastevedtak skal kunne påklages. Ta stikkprøver av vedtak om midlertidig husvære.",
                        nn: "Også hastevedtak skal kunne klagast på. Ta stikkprøver av vedtak om mellombels husvære.",
                        en: "Urgent decisions can be appealed too. Sample decisions on temporary accommodation.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-5; forvaltningsloven §§ 2, 23–25 og 27",
                        today: &["sotjl. 2009 §§ 27 og 41; forvaltningsloven §§ 2, 23–25 og 27"], supports: &[], guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[AdminAct, CircularR35],
                    areas: &[Requirements],
                },
                Question {
                    id: "t3.towards-permanent",
                    text: L {
                        nb: "Blir brukeren fulgt opp mot varig bolig så snart som mulig, og følger kommunen med på hvor lenge folk blir boende midlertidig?",
                        nn: "Blir brukaren følgd opp mot varig bustad så snart som mogleg, og følgjer kommunen med på kor lenge folk blir buande mellombels?",
                        en: "Is the user followed up towards permanent housing as soon as possible, and does the municipality track how long people stay in temporary accommodation?",
                    },
                    help: L {
                        nb: "Midlertidig husvære er for akutte situasjoner og ikke for lang tid. Dokumentasjon: oversikt over botid, plan for overgang til varig bolig.",
                        nn: "Mellombels husvære er for akutte situasjonar og ikkje for lang tid. Dokumentasjon: oversikt over butid, plan for overgang til varig bustad.",
                        en: "Temporary accommodation is for acute situations, not for long. Evidence: length-of-stay overview, plan for moving to permanent housing.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 3-4; rundskriv U-5/2003", today: &["sotjl. 2009 § 15; helse- og omsorgstjenesteloven § 3-7"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[CircularU5, Seed2007],
                    areas: &[Coherence, Content],
                },
            ],
        },
    ],
};
