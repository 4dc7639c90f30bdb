//! Theme 2: Støttetiltak (the 2004 guide's areas 1B design and access, and 1C legal safeguards).

use super::{Certainty::*, Criteria, CrossArea::*, DutyHolder::*, LegalBasis, NationalFinding, Question, Requirement::*, Source::*, SubArea, Theme, ThemeId};
use crate::model::lang::L;

// Placeholder while the content is rewritten; check.rs reports every empty criterion.
const TODO: L = L { nb: "", nn: "", en: "" };

pub static THEME: Theme = Theme {
    id: ThemeId::Support,
    title: L { nb: "Støttetiltak", nn: "Støttetiltak", en: "Support measures" },
    short: L { nb: "Støttetiltak", nn: "Støttetiltak", en: "Support" },
    intro: L {
        nb: "Praktisk bistand og opplæring, støttekontakt og plass i institusjon skal være reelle tilbud også for personer med rusmiddelproblemer, og tildeles med vedtak og klagerett.",
        nn: "Praktisk bistand og opplæring, støttekontakt og plass i institusjon skal vere reelle tilbod også for personar med rusmiddelproblem, og blir tildelte med vedtak og klagerett.",
        en: "Practical help and training, a support contact and a place in an institution must be real offers for people with substance-use problems too, granted by decision with a right of appeal.",
    },
    national: NationalFinding {
        summary: L {
            nb: "I nesten alle kommunene ble det observert svikt på dette området. I en firedel av de undersøkte kommunene ble det brukt miljøarbeidere eller boveiledere som tilbud til rusmiddelmisbrukere. Disse tjenestene ble tildelt uten at det var fattet vedtak.",
            nn: "I nesten alle kommunane vart det observert svikt på dette området. I ein firedel av dei undersøkte kommunane vart det brukt miljøarbeidarar eller burettleiarar som tilbod til rusmiddelmisbrukarar. Desse tenestene vart tildelte utan at det var gjort vedtak.",
            en: "Failures were observed in this area in almost all the municipalities. In a quarter of the municipalities audited, support workers or housing support workers were used as a service for 'substance misusers' (the audit's term). These services were allocated without a decision being made.",
        },
        source: Seed2004,
    },
    later: &[super::LaterFinding {
        period: "2017–2018",
        summary: L {
            nb: "Helsetilsynets landsomfattende tilsyn med kommunale tjenester til voksne med samtidig rusmiddelproblem og psykisk lidelse: fylkesmennene fant lovbrudd i to tredeler av kommunene de undersøkte. Brukerne fikk ofte ikke tilstrekkelig hjelp til å mestre dagliglivet, og tjenestene var lite planlagte og dårlig samordnet.",
            nn: "Det landsomfattande tilsynet Helsetilsynet gjorde med kommunale tenester til vaksne med samtidig rusmiddelproblem og psykisk liding: fylkesmennene fann lovbrot i to tredelar av kommunane dei undersøkte. Brukarane fekk ofte ikkje god nok hjelp til å meistre kvardagen, og tenestene var lite planlagde og dårleg samordna.",
            en: "Helsetilsynet's nationwide audit of municipal services to adults with both substance-use problems and mental disorders: the county governors found breaches of the law in two thirds of the municipalities they investigated. Service users were often not given adequate help to manage daily life, and services were poorly planned and not well coordinated.",
        },
        source: Audit2018,
    }],
    areas: &[
        SubArea {
            title: L { nb: "Praktisk bistand og opplæring", nn: "Praktisk bistand og opplæring", en: "Practical help and training" },
            questions: &[
                Question {
                    id: "t2.practical-help-offered",
                    text: L {
                        nb: "Er praktisk bistand og opplæring i praksis et tilbud til personer med rusmiddelproblemer, i tildelingskriterier og informasjon, og ikke bare hjemmehjelp for eldre og funksjonshemmede?",
                        nn: "Er praktisk bistand og opplæring i praksis eit tilbod til personar med rusmiddelproblem, i tildelingskriterium og informasjon, og ikkje berre heimehjelp for eldre og funksjonshemma?",
                        en: "Is practical help and training in practice offered to people with substance-use problems, in allocation criteria and information, and not only as home help for the elderly and disabled?",
                    },
                    help: L {
                        nb: "Tilsynet fant informasjonsmateriell som presenterte praktisk bistand som «hjemmehjelp til eldre og funksjonshemmede». Dokumentasjon: tildelingskriterier, informasjon, eksempler på vedtak til personer med rusmiddelproblemer.",
                        nn: "Tilsynet fann informasjonsmateriell som presenterte praktisk bistand som «hjemmehjelp til eldre og funksjonshemmede». Dokumentasjon: tildelingskriterium, informasjon, døme på vedtak til personar med rusmiddelproblem.",
                        en: "The audit found information material presenting practical help as \"home help for the elderly and disabled\". Evidence: allocation criteria, information, examples of decisions for people with substance-use problems.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-2 bokstav a, jf. § 4-3", today: &["helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, Guide2004],
                    areas: &[Accessibility, Content],
                },
                Question {
                    id: "t2.housing-support-decision",
                    text: L {
                        nb: "Blir miljøarbeid, boveiledning og bo-oppfølging tildelt med enkeltvedtak, slik at mottakeren kan klage på innhold og omfang?",
                        nn: "Blir miljøarbeid, buvegleiing og bu-oppfølging tildelt med enkeltvedtak, slik at mottakaren kan klage på innhald og omfang?",
                        en: "Are environmental work, housing supervision and housing follow-up granted by individual decision, so that the recipient can appeal their content and scope?",
                    },
                    help: L {
                        nb: "I om lag en firedel av kommunene ble slike tjenester gitt uten vedtak og presentert som noe annet enn tjenester man har krav på, og klageretten falt bort. Ta stikkprøver i saker med slike tjenester.",
                        nn: "I om lag ein firedel av kommunane vart slike tenester gjevne utan vedtak og presenterte som noko anna enn tenester ein har krav på, og klageretten fall bort. Ta stikkprøver i saker med slike tenester.",
                        en: "In about a quarter of the municipalities such services were given without a decision and presented as something other than services people are entitled to, so the right of appeal was lost. Sample cases with such services.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-2; forvaltningsloven §§ 2 og 28",
                        today: &["helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6; forvaltningsloven §§ 2 og 28; pasient- og brukerrettighetsloven kap. 7"], supports: &[], guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004],
                    areas: &[Requirements],
                },
            ],
        },
        SubArea {
            title: L { nb: "Støttekontakt", nn: "Støttekontakt", en: "Support contact" },
            questions: &[
                Question {
                    id: "t2.support-contact-offered",
                    text: L {
                        nb: "Tilbys støttekontakt til personer med rusmiddelproblemer, innrettet mot meningsfull fritid og sosialt samvær ut fra den enkeltes ønsker og behov?",
                        nn: "Blir støttekontakt tilboden til personar med rusmiddelproblem, innretta mot meiningsfull fritid og sosialt samvær ut frå ønska og behova til den enkelte?",
                        en: "Is a support contact offered to people with substance-use problems, aimed at meaningful leisure and social contact according to each person's wishes and needs?",
                    },
                    help: L {
                        nb: "Tilsynet fant at støttekontakttjenesten ofte ikke var innrettet mot denne gruppen. Dokumentasjon: tildelingskriterier, antall vedtak til personer med rusmiddelproblemer.",
                        nn: "Tilsynet fann at støttekontakttenesta ofte ikkje var innretta mot denne gruppa. Dokumentasjon: tildelingskriterium, tal på vedtak til personar med rusmiddelproblem.",
                        en: "The audit found the support-contact service was often not aimed at this group. Evidence: allocation criteria, number of decisions for people with substance-use problems.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-2 bokstav c", today: &["helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004],
                    areas: &[Accessibility, Content],
                },
                Question {
                    id: "t2.support-contact-recruitment",
                    text: L {
                        nb: "Har kommunen en plan for å rekruttere, lære opp og følge opp støttekontakter som kan arbeide med denne gruppen?",
                        nn: "Har kommunen ein plan for å rekruttere, lære opp og følgje opp støttekontaktar som kan arbeide med denne gruppa?",
                        en: "Does the municipality have a plan to recruit, train and follow up support contacts who can work with this group?",
                    },
                    help: L {
                        nb: "Kommunene opplyste særlig at det var vanskelig å skaffe støttekontakter. Dokumentasjon: rekrutteringsplan, oversikt over ventetid, opplæringstilbud.",
                        nn: "Kommunane opplyste særleg at det var vanskeleg å skaffe støttekontaktar. Dokumentasjon: rekrutteringsplan, oversikt over ventetid, opplæringstilbod.",
                        en: "Municipalities reported in particular that support contacts were hard to find. Evidence: recruitment plan, waiting-time overview, training offered.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: GoodPractice,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-2 bokstav c", today: &["helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004],
                    areas: &[Accessibility, Content],
                },
            ],
        },
        SubArea {
            title: L { nb: "Plass i institusjon", nn: "Plass i institusjon", en: "Place in an institution" },
            questions: &[
                Question {
                    id: "t2.institution-considered",
                    text: L {
                        nb: "Blir plass i institusjon eller bolig med heldøgns omsorg vurdert også for personer med rusmiddelproblemer som har omfattende hjelpebehov?",
                        nn: "Blir plass i institusjon eller bustad med heildøgns omsorg vurdert også for personar med rusmiddelproblem som har omfattande hjelpebehov?",
                        en: "Is a place in an institution or housing with round-the-clock care considered for people with substance-use problems who have extensive needs?",
                    },
                    help: L {
                        nb: "Tilsynet fant personer med omfattende hjelpe- og omsorgsbehov som ikke fikk tjenester, selv om de ønsket hjelp. Ta stikkprøver i saker med store behov.",
                        nn: "Tilsynet fann personar med omfattande hjelpe- og omsorgsbehov som ikkje fekk tenester, sjølv om dei ønskte hjelp. Ta stikkprøver i saker med store behov.",
                        en: "The audit found people with extensive needs for help and care who got no services although they wanted help. Sample cases with extensive needs.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-2 bokstav d, jf. § 4-3", today: &["helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav c"], supports: &[], guidance: &[], certainty: Verified },
                    sources: &[Seed2004, CountyReports],
                    areas: &[Accessibility],
                },
                Question {
                    id: "t2.interim-measures",
                    text: L {
                        nb: "Settes det i verk midlertidige tiltak når en institusjonsplass eller en innvilget tjeneste ikke kan gis med en gang?",
                        nn: "Blir det sett i verk mellombelse tiltak når ein institusjonsplass eller ei innvilga teneste ikkje kan bli gjeven med ein gong?",
                        en: "Are interim measures put in place when an institutional place or a granted service cannot be provided at once?",
                    },
                    help: L {
                        nb: "Senere tilsyn etter samme mal påpekte at midlertidige tiltak må vurderes når tjenesten ikke iverksettes som vedtatt. Dokumentasjon: notater i saken om vurderte tiltak.",
                        nn: "Seinare tilsyn etter same malen peika på at mellombelse tiltak må vurderast når tenesta ikkje blir sett i verk som vedteke. Dokumentasjon: notat i saka om vurderte tiltak.",
                        en: "Later audits using the same template pointed out that interim measures must be considered when a service is not started as decided. Evidence: case notes on the measures considered.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 6-1 tredje ledd", today: &["helse- og omsorgstjenesteloven §§ 3-1 og 3-2"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[CountyReports, Seed2004],
                    areas: &[Accessibility, Requirements],
                },
            ],
        },
        SubArea {
            title: L { nb: "Vedtak og klagerett", nn: "Vedtak og klagerett", en: "Decisions and right of appeal" },
            questions: &[
                Question {
                    id: "t2.oral-applications",
                    text: L {
                        nb: "Blir muntlige søknader skrevet ned og behandlet som søknader, i stedet for å bli avslått muntlig?",
                        nn: "Blir munnlege søknader skrivne ned og handsama som søknader, i staden for å bli avslegne munnleg?",
                        en: "Are oral applications written down and processed as applications, instead of being refused orally?",
                    },
                    help: L {
                        nb: "Tilsynet fant at muntlige søknader ikke ble nedtegnet og behandlet, men avslått muntlig. Dokumentasjon: rutine for mottak av søknader, journalføring av muntlige henvendelser.",
                        nn: "Tilsynet fann at munnlege søknader ikkje vart nedteikna og handsama, men avslegne munnleg. Dokumentasjon: rutine for mottak av søknader, journalføring av munnlege førespurnader.",
                        en: "The audit found oral applications were not recorded and processed but refused orally. Evidence: routine for receiving applications, records of oral enquiries.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-3; forvaltningsloven § 11 d", today: &["forvaltningsloven § 11 d"], supports: &[], guidance: &[], certainty: Indicative },
                    sources: &[Seed2004, AdminAct],
                    areas: &[Requirements],
                },
                Question {
                    id: "t2.written-decisions",
                    text: L {
                        nb: "Blir alle tildelinger, avslag og endringer gjort som skriftlige enkeltvedtak med hjemmel, omfang, oppstart og begrunnelse?",
                        nn: "Blir alle tildelingar, avslag og endringar gjorde som skriftlege enkeltvedtak med heimel, omfang, oppstart og grunngiving?",
                        en: "Is every grant, refusal and change made as a written individual decision stating the legal basis, scope, start date and reasons?",
                    },
                    help: L {
                        nb: "Senere tilsyn påpekte vedtak uten omfang for praktisk bistand. Ta stikkprøver: står hjemmel, timer eller hyppighet, oppstartsdato og begrunnelse i vedtaket?",
                        nn: "Seinare tilsyn peika på vedtak utan omfang for praktisk bistand. Ta stikkprøver: står heimel, timar eller hyppigheit, oppstartsdato og grunngiving i vedtaket?",
                        en: "Later audits pointed to decisions with no scope for practical help. Sample decisions: do they state the legal basis, hours or frequency, start date and reasons?",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "forvaltningsloven §§ 2, 23, 24 og 25",
                        today: &["forvaltningsloven §§ 2, 23, 24 og 25; sotjl. 2009 § 41"], supports: &[], guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[AdminAct, CountyReports, Report2005],
                    areas: &[Requirements],
                },
                Question {
                    id: "t2.appeal-information",
                    text: L {
                        nb: "Opplyser vedtakene om klagerett, klagefrist, klageinstans og fremgangsmåte?",
                        nn: "Opplyser vedtaka om klagerett, klagefrist, klageinstans og framgangsmåte?",
                        en: "Do decisions state the right of appeal, the deadline, the appeal body and the procedure?",
                    },
                    help: L {
                        nb: "Retten til å klage er et av de viktigste virkemidlene for likhet og rett kvalitet. Sjekk vedtaksmalen og noen vedtak. Klageinstans i dag er statsforvalteren.",
                        nn: "Retten til å klage er eitt av dei viktigaste verkemidla for likskap og rett kvalitet. Sjekk vedtaksmalen og nokre vedtak. Klageinstans i dag er statsforvaltaren.",
                        en: "The right to appeal is one of the main safeguards of equal treatment and proper quality. Check the decision template and some decisions. Today the appeal body is the county governor (statsforvalteren).",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "forvaltningsloven §§ 27 og 28",
                        today: &["forvaltningsloven §§ 27 og 28; pasient- og brukerrettighetsloven kap. 7; sotjl. 2009 kap. 5"], supports: &[], guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, AdminAct],
                    areas: &[Requirements],
                },
                Question {
                    id: "t2.services-started",
                    text: L {
                        nb: "Følger kommunen med på at innvilgede tjenester faktisk settes i gang innen rimelig tid?",
                        nn: "Følgjer kommunen med på at innvilga tenester faktisk blir sette i gang innan rimeleg tid?",
                        en: "Does the municipality check that granted services are actually started within a reasonable time?",
                    },
                    help: L {
                        nb: "Tilsynet fant at innvilgede tjenester ikke ble iverksatt. Dokumentasjon: oversikt over vedtak som ikke er iverksatt, ventetider, rapportering til ledelsen.",
                        nn: "Tilsynet fann at innvilga tenester ikkje vart sette i verk. Dokumentasjon: oversikt over vedtak som ikkje er sette i verk, ventetider, rapportering til leiinga.",
                        en: "The audit found granted services were not started. Evidence: list of decisions not yet carried out, waiting times, reports to management.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3 og § 2-1 annet ledd",
                        today: &["helse- og omsorgstjenesteloven § 3-2; forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten"], supports: &[], guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, CountyReports],
                    areas: &[Accessibility, Knowledge],
                },
                Question {
                    id: "t2.user-involvement",
                    text: L {
                        nb: "Blir brukeren hørt når tjenestetilbudet utformes, og tilbys individuell plan ved langvarige og koordinerte behov?",
                        nn: "Blir brukaren høyrd når tenestetilbodet blir utforma, og blir individuell plan tilboden ved langvarige og koordinerte behov?",
                        en: "Is the user consulted when the services are designed, and is an individual plan offered for long-term, coordinated needs?",
                    },
                    help: L {
                        nb: "Dokumentasjon: notat om brukerens syn i saken, oversikt over individuelle planer, rutine for å tilby individuell plan.",
                        nn: "Dokumentasjon: notat om synet til brukaren i saka, oversikt over individuelle planar, rutine for å tilby individuell plan.",
                        en: "Evidence: a note of the user's view in the case file, a list of individual plans, a routine for offering an individual plan.",
                    },
                    criteria: Criteria { yes: TODO, partly: TODO, evidence: TODO },
                    requirement: Legal,
                    duty: &[],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 8-4 og § 4-3a",
                        today: &["pasient- og brukerrettighetsloven § 2-5; helse- og omsorgstjenesteloven § 7-1; sotjl. 2009 §§ 28 og 42"], supports: &[], guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[CountyReports, Guide2004],
                    areas: &[Content, Coherence, Requirements],
                },
            ],
        },
    ],
};
