//! Theme 2: Støttetiltak (the 2004 guide's areas 1B design and access, and 1C legal safeguards).
//!
//! In 2004 the social service gave praktisk bistand og opplæring, støttekontakt and places in institutions. Since 2012
//! they are municipal health and care services (helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6), decided under
//! pasient- og brukerrettighetsloven § 2-7 and appealed under its chapter 7 (four weeks, § 7-5). Nav's decisions and
//! appeals (sosialtjenesteloven § 41, three weeks) are asked in theme 1. Checked on bank::LAW_CHECKED; see
//! docs/law-check-themes-1-2.md.

use super::{Certainty::*, Criteria, CrossArea::*, DutyHolder::*, LegalBasis, NationalFinding, Question, Requirement::*, Source::*, SubArea, Theme, ThemeId};

/// Helsedirektoratet's guide to case handling for these services: guidance, not law.
const CASE_GUIDE: &str = "Helsedirektoratet: Veileder for saksbehandling – tjenester etter helse- og omsorgstjenesteloven §§ 3-2 første ledd nr. 6, 3-6 og 3-8 (IS-2442)";

pub static THEME: Theme = Theme {
    id: ThemeId::Support,
    title: l! { nb: "Støttetiltak", nn: "Støttetiltak", en: "Support measures" },
    short: l! { nb: "Støttetiltak", nn: "Støttetiltak", en: "Support" },
    intro: l! {
        nb: "Praktisk bistand og opplæring, støttekontakt og plass i institusjon er i dag tjenester fra kommunens helse- og omsorgstjeneste. De skal være reelle tilbud også for personer med rusmiddelproblemer, dekke behovet, tildeles med enkeltvedtak og kunne påklages til statsforvalteren.",
        nn: "Praktisk bistand og opplæring, støttekontakt og plass i institusjon er i dag tenester frå helse- og omsorgstenesta i kommunen. Dei skal vere reelle tilbod også for personar med rusmiddelproblem, dekkje behovet og bli tildelte med enkeltvedtak som det går an å klage på til statsforvaltaren.",
        en: "Practical help and training, a support contact and a place in an institution are today services of the municipal health and care service. They must be real options for people with substance-use problems too, meet the need, be granted by individual decision and be open to appeal to the county governor.",
    },
    national: NationalFinding {
        summary: l! {
            nb: "I nesten alle kommunene ble det observert svikt på dette området. I en firedel av de undersøkte kommunene ble det brukt miljøarbeidere eller boveiledere. Disse tjenestene ble tildelt uten at det var fattet vedtak.",
            nn: "I nesten alle kommunane vart det observert svikt på dette området. I ein firedel av dei undersøkte kommunane vart det brukt miljøarbeidarar eller burettleiarar. Desse tenestene vart tildelte utan at det var gjort vedtak.",
            en: "Failures were observed in this area in almost all the municipalities. In a quarter of the municipalities audited, support workers or housing support workers were used. These services were allocated without any decision having been made.",
        },
        source: Seed2004,
    },
    later: &[super::LaterFinding {
        period: "2017–2018",
        summary: l! {
            nb: "Helsetilsynets landsomfattende tilsyn med kommunale tjenester til voksne med samtidig rusmiddelproblem og psykisk lidelse: fylkesmennene fant lovbrudd i to tredeler av kommunene de undersøkte. Brukerne fikk ofte ikke tilstrekkelig hjelp til å mestre dagliglivet, og tjenestene var lite planlagte og dårlig samordnet.",
            nn: "Det landsomfattande tilsynet Helsetilsynet gjorde med kommunale tenester til vaksne med samtidig rusmiddelproblem og psykisk liding: fylkesmennene fann lovbrot i to tredelar av kommunane dei undersøkte. Brukarane fekk ofte ikkje god nok hjelp til å meistre kvardagen, og tenestene var lite planlagde og dårleg samordna.",
            en: "Helsetilsynet's nationwide audit of municipal services to adults with both substance-use problems and mental disorders: the county governors found breaches of the law in two thirds of the municipalities they investigated. Service users were often not given adequate help to manage daily life, and services were poorly planned and not well coordinated.",
        },
        source: Audit2018,
    }],
    areas: &[
        SubArea {
            title: l! { nb: "Praktisk bistand og opplæring", nn: "Praktisk bistand og opplæring", en: "Practical help and training" },
            questions: &[
                Question {
                    id: "t2.practical-help-offered",
                    text: l! {
                        nb: "Går det fram av tildelingskriterier og informasjon at praktisk bistand og opplæring også er for personer med rusmiddelproblemer, og ikke bare hjemmehjelp for eldre og funksjonshemmede?",
                        nn: "Går det fram av tildelingskriterium og informasjon at praktisk bistand og opplæring også er for personar med rusmiddelproblem, og ikkje berre heimehjelp for eldre og funksjonshemma?",
                        en: "Do the allocation criteria and information make clear that practical help and training are also for people with substance-use problems, and not only home help for older and disabled people?",
                    },
                    help: l! {
                        nb: "Tilsynet fant informasjonsmateriell som presenterte praktisk bistand og opplæring som «hjemmehjelp til eldre og funksjonshemmede». Kommunens plikt gjelder alle som oppholder seg i kommunen, også personer med rusmiddelproblemer.",
                        nn: "Tilsynet fann informasjonsmateriell som presenterte praktisk bistand og opplæring som «hjemmehjelp til eldre og funksjonshemmede». Plikta til kommunen gjeld alle som oppheld seg i kommunen, også personar med rusmiddelproblem.",
                        en: "The audit found information material presenting practical help and training as \"home help for the elderly and disabled\". The municipality's duty covers everyone staying in the municipality, people with substance-use problems included.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Tildelingskriteriene og informasjonen på nett og papir nevner uttrykkelig at tjenesten kan gis ved rusmiddelproblemer, og beskriver hva slags hjelp og opplæring det kan være.",
                            nn: "Tildelingskriteria og informasjonen på nett og papir nemner uttrykkeleg at tenesta kan bli gjeven ved rusmiddelproblem, og skildrar kva slags hjelp og opplæring det kan vere.",
                            en: "The allocation criteria and the information online and on paper say expressly that the service can be given for substance-use problems, and describe what kind of help and training it can be.",
                        },
                        partly: l! {
                            nb: "Kriteriene er nøytrale, men informasjonen snakker bare om eldre og funksjonshemmede, eller det motsatte.",
                            nn: "Kriteria er nøytrale, men informasjonen snakkar berre om eldre og funksjonshemma, eller omvendt.",
                            en: "The criteria are neutral, but the information speaks only of older and disabled people, or the other way round.",
                        },
                        evidence: l! {
                            nb: "Tildelingskriterier eller kommunal forskrift, nettside og brosjyre for praktisk bistand og opplæring, eksempler på vedtak til personer med rusmiddelproblemer.",
                            nn: "Tildelingskriterium eller kommunal forskrift, nettside og brosjyre for praktisk bistand og opplæring, døme på vedtak til personar med rusmiddelproblem.",
                            en: "Allocation criteria or local regulations, the web page and leaflet on practical help and training, examples of decisions for people with substance-use problems.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-2 bokstav a, jf. § 4-3",
                        today: &["hol. § 3-1 første ledd", "hol. § 3-2 første ledd nr. 6 bokstav b"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, Guide2004, CurrentLaw],
                    areas: &[Accessibility, Content],
                },
                Question {
                    id: "t2.needs-covered",
                    text: l! {
                        nb: "Får personer med rusmiddelproblemer som trenger praktisk bistand, opplæring eller støttekontakt, hjelp i et omfang som faktisk dekker det kartlagte behovet?",
                        nn: "Får personar med rusmiddelproblem som treng praktisk bistand, opplæring eller støttekontakt, hjelp i eit omfang som faktisk dekkjer det kartlagde behovet?",
                        en: "Do people with substance-use problems who need practical help, training or a support contact get help on a scale that actually meets the assessed need?",
                    },
                    help: l! {
                        nb: "Tilsynet fant eksempler på personer med omfattende hjelpe- og omsorgsbehov som ikke fikk tjenester, selv om de ønsket hjelp. At en tjeneste står i kriterier og informasjon, er ikke nok: kommunen skal sørge for nødvendige og forsvarlige tjenester ut fra en individuell vurdering av behovet.",
                        nn: "Tilsynet fann døme på personar med omfattande hjelpe- og omsorgsbehov som ikkje fekk tenester, sjølv om dei ønskte hjelp. At ei teneste står i kriterium og informasjon, er ikkje nok: kommunen skal syte for naudsynte og forsvarlege tenester ut frå ei individuell vurdering av behovet.",
                        en: "The audit found examples of people with extensive needs for help and care who got no services although they wanted help. A service being listed in criteria and information is not enough: the municipality must provide necessary and adequate services based on an individual assessment of need.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "I et utvalg på minst 10 nylige saker er behovet kartlagt sammen med brukeren, brukerens syn er notert, de tildelte tjenestene svarer til behovet, og der de ikke gjør det, er det begrunnet i vedtaket.",
                            nn: "I eit utval på minst 10 nyare saker er behovet kartlagt saman med brukaren, synet til brukaren er notert, dei tildelte tenestene svarar til behovet, og der dei ikkje gjer det, er det grunngjeve i vedtaket.",
                            en: "In a sample of at least 10 recent cases the need was assessed together with the user, the user's view is recorded, the services granted match the need, and where they do not, the decision gives the reasons.",
                        },
                        partly: l! {
                            nb: "Behovet blir kartlagt, men tildelt hjelp er jevnlig mindre enn kartlagt behov uten begrunnelse, eller brukerens syn er ikke notert.",
                            nn: "Behovet blir kartlagt, men tildelt hjelp er jamleg mindre enn kartlagt behov utan grunngiving, eller synet til brukaren er ikkje notert.",
                            en: "The need is assessed, but the help granted is regularly less than the assessed need with no reasons given, or the user's view is not recorded.",
                        },
                        evidence: l! {
                            nb: "Kartleggingsverktøy og -notater, et utvalg vedtak sammenholdt med kartleggingen, ventelister, klager og statsforvalterens klageavgjørelser.",
                            nn: "Kartleggingsverktøy og -notat, eit utval vedtak halde saman med kartlegginga, ventelister, klager og klageavgjerdene til statsforvaltaren.",
                            en: "Assessment tools and notes, a sample of decisions compared with the assessment, waiting lists, appeals and the county governor's rulings on appeals.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3, jf. § 4-2 bokstav a–d, og § 8-4",
                        today: &["hol. § 3-1 første ledd", "hol. § 4-1"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, CurrentLaw],
                    areas: &[Accessibility, Content],
                },
                Question {
                    id: "t2.housing-support-decision",
                    text: l! {
                        nb: "Blir miljøarbeid, boveiledning og bo-oppfølging i hjemmet tildelt med enkeltvedtak, slik at mottakeren kan klage på innhold og omfang?",
                        nn: "Blir miljøarbeid, burettleiing og bu-oppfølging i heimen tildelte med enkeltvedtak, slik at mottakaren kan klage på innhald og omfang?",
                        en: "Are support work, housing support and tenancy follow-up in the home granted by individual decision, so that the recipient can appeal their content and scope?",
                    },
                    help: l! {
                        nb: "I en firedel av kommunene ble miljøarbeidere eller boveiledere brukt uten at det var fattet vedtak, og tjenestene ble presentert som noe annet enn tjenester personene hadde krav på. Dermed gikk det ikke fram at de kunne klage på innhold og omfang. Slik hjelp i hjemmet er i dag normalt praktisk bistand og opplæring fra helse- og omsorgstjenesten.",
                        nn: "I ein firedel av kommunane vart miljøarbeidarar eller burettleiarar brukte utan at det var gjort vedtak, og tenestene vart presenterte som noko anna enn tenester personane hadde krav på. Dermed gjekk det ikkje fram at dei kunne klage på innhald og omfang. Slik hjelp i heimen er i dag normalt praktisk bistand og opplæring frå helse- og omsorgstenesta.",
                        en: "In a quarter of the municipalities support workers or housing support workers were used without any decision, and the services were presented as something other than services people were entitled to. So it was not clear that they could appeal the content and scope. Such help in the home is today normally practical help and training from the health and care service.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Alle som får slik oppfølging, har et skriftlig vedtak; en liste over mottakere sammenholdt med vedtakene viser ingen uten vedtak, og vedtakene har klageopplysning.",
                            nn: "Alle som får slik oppfølging, har eit skriftleg vedtak; ei liste over mottakarar halden saman med vedtaka viser ingen utan vedtak, og vedtaka har klageopplysning.",
                            en: "Everyone who receives such support has a written decision; a list of recipients compared with the decisions shows nobody without one, and the decisions include appeal information.",
                        },
                        partly: l! {
                            nb: "De fleste har vedtak, men noen får hjelp som «lavterskeltilbud» eller «prosjekt» uten vedtak, eller vedtaket sier ikke noe om innhold og omfang.",
                            nn: "Dei fleste har vedtak, men nokre får hjelp som «lågterskeltilbod» eller «prosjekt» utan vedtak, eller vedtaket seier ikkje noko om innhald og omfang.",
                            en: "Most have a decision, but some get help as a \"low-threshold service\" or a \"project\" with no decision, or the decision says nothing about content and scope.",
                        },
                        evidence: l! {
                            nb: "Liste over alle som får miljøarbeid eller bo-oppfølging, vedtakene deres, beskrivelse av tiltaket, tjenesteavtaler med eventuelle private leverandører.",
                            nn: "Liste over alle som får miljøarbeid eller bu-oppfølging, vedtaka deira, skildring av tiltaket, tenesteavtalar med eventuelle private leverandørar.",
                            en: "A list of everyone receiving support work or tenancy follow-up, their decisions, a description of the service, any contracts with private providers.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-2; forvaltningsloven §§ 2 og 28",
                        today: &["hol. § 3-2 første ledd nr. 6 bokstav b", "pbrl. § 2-7", "pbrl. § 7-2"],
                        supports: &[],
                        guidance: &[CASE_GUIDE],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004, CurrentLaw],
                    areas: &[Requirements],
                },
                Question {
                    id: "t2.decision-scope",
                    text: l! {
                        nb: "Står det i vedtak om praktisk bistand, opplæring og støttekontakt hva tjenesten skal inneholde, hvor mye (timer eller hyppighet) og fra hvilken dato?",
                        nn: "Står det i vedtak om praktisk bistand, opplæring og støttekontakt kva tenesta skal innehalde, kor mykje (timar eller kor ofte) og frå kva dato?",
                        en: "Do decisions on practical help, training and support contacts state what the service will include, how much (hours or frequency) and from what date?",
                    },
                    help: l! {
                        nb: "Senere tilsyn etter samme mal påpekte vedtak uten omfang for praktisk bistand. Uten innhold og omfang vet ikke mottakeren hva hun eller han har krav på, og kan ikke klage på omfanget.",
                        nn: "Seinare tilsyn etter same malen peika på vedtak utan omfang for praktisk bistand. Utan innhald og omfang veit ikkje mottakaren kva ho eller han har krav på, og kan ikkje klage på omfanget.",
                        en: "Later audits using the same template pointed to decisions with no scope for practical help. Without content and scope the recipient does not know what she or he is entitled to, and cannot appeal the scope.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Vedtaksmalen har felt for innhold, omfang og oppstart, og i et utvalg på minst 10 nylige vedtak står alle tre konkret (for eksempel «opplæring i innkjøp og matlaging, 3 timer i uka, fra 1. mars»).",
                            nn: "Vedtaksmalen har felt for innhald, omfang og oppstart, og i eit utval på minst 10 nyare vedtak står alle tre konkret (til dømes «opplæring i innkjøp og matlaging, 3 timar i veka, frå 1. mars»).",
                            en: "The decision template has fields for content, scope and start date, and in a sample of at least 10 recent decisions all three are concrete (for example \"training in shopping and cooking, 3 hours a week, from 1 March\").",
                        },
                        partly: l! {
                            nb: "Noen vedtak har innhold og omfang, andre bare «etter behov» eller «praktisk bistand» uten timer eller oppstartsdato.",
                            nn: "Nokre vedtak har innhald og omfang, andre berre «etter behov» eller «praktisk bistand» utan timar eller oppstartsdato.",
                            en: "Some decisions state content and scope, others only \"as needed\" or \"practical help\" with no hours or start date.",
                        },
                        evidence: l! {
                            nb: "Vedtaksmal, et utvalg vedtak om praktisk bistand, opplæring og støttekontakt, tiltaksplaner eller arbeidslister som viser hva som faktisk gis.",
                            nn: "Vedtaksmal, eit utval vedtak om praktisk bistand, opplæring og støttekontakt, tiltaksplanar eller arbeidslister som viser kva som faktisk blir gjeve.",
                            en: "Decision template, a sample of decisions on practical help, training and support contacts, care plans or rotas showing what is actually given.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "forvaltningsloven §§ 23–25",
                        today: &["pbrl. § 2-7", "fvl. §§ 23–25"],
                        supports: &[],
                        guidance: &[CASE_GUIDE],
                        certainty: Indicative,
                    },
                    sources: &[CountyReports, Report2005, AdminAct],
                    areas: &[Requirements, Content],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Støttekontakt", nn: "Støttekontakt", en: "Support contact" },
            questions: &[
                Question {
                    id: "t2.support-contact-offered",
                    text: l! {
                        nb: "Er støttekontakttjenesten innrettet slik at også personer med rusmiddelproblemer får den, rettet mot meningsfull fritid og sosialt samvær ut fra egne ønsker og behov?",
                        nn: "Er støttekontakttenesta innretta slik at også personar med rusmiddelproblem får henne, retta mot meiningsfull fritid og sosialt samvær ut frå eigne ønske og behov?",
                        en: "Is the support-contact service arranged so that people with substance-use problems get it too, aimed at meaningful leisure and social contact according to their own wishes and needs?",
                    },
                    help: l! {
                        nb: "Tilsynet fant at støttekontakttjenesten heller ikke var innrettet mot denne gruppen. Støttekontakt skal dekke hjelp til en meningsfull fritid og sosialt samvær ut fra den enkeltes ønsker og behov.",
                        nn: "Tilsynet fann at støttekontakttenesta heller ikkje var innretta mot denne gruppa. Støttekontakt skal dekkje hjelp til ei meiningsfull fritid og sosialt samvær ut frå ønska og behova til den enkelte.",
                        en: "The audit found that the support-contact service was not aimed at this group either. A support contact is meant to help with meaningful leisure and social contact according to each person's wishes and needs.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Kriterier og informasjon nevner personer med rusmiddelproblemer, det er fattet vedtak om støttekontakt til personer i gruppen det siste året, og aktivitetene er valgt ut fra deres egne ønsker.",
                            nn: "Kriterium og informasjon nemner personar med rusmiddelproblem, det er gjort vedtak om støttekontakt til personar i gruppa det siste året, og aktivitetane er valde ut frå deira eigne ønske.",
                            en: "Criteria and information mention people with substance-use problems, decisions granting a support contact have been made for people in this group in the past year, and activities are chosen from their own wishes.",
                        },
                        partly: l! {
                            nb: "Tjenesten er i prinsippet åpen for gruppen, men ingen eller nesten ingen personer med rusmiddelproblemer har fått den, eller tilbudet passer bare for andre grupper.",
                            nn: "Tenesta er i prinsippet open for gruppa, men ingen eller nesten ingen personar med rusmiddelproblem har fått henne, eller tilbodet passar berre for andre grupper.",
                            en: "The service is open to the group in principle, but no or almost no people with substance-use problems have had it, or the offer suits only other groups.",
                        },
                        evidence: l! {
                            nb: "Tildelingskriterier, informasjon om støttekontakt, antall vedtak om støttekontakt til personer med rusmiddelproblemer siste år, eksempler på aktivitetsplaner.",
                            nn: "Tildelingskriterium, informasjon om støttekontakt, tal på vedtak om støttekontakt til personar med rusmiddelproblem siste år, døme på aktivitetsplanar.",
                            en: "Allocation criteria, information on support contacts, the number of support-contact decisions for people with substance-use problems in the past year, examples of activity plans.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-2 bokstav c",
                        today: &["hol. § 3-2 første ledd nr. 6 bokstav b"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, CurrentLaw],
                    areas: &[Accessibility, Content],
                },
                Question {
                    id: "t2.support-contact-recruitment",
                    text: l! {
                        nb: "Har kommunen en plan for å rekruttere, lære opp og følge opp støttekontakter som kan arbeide med denne gruppen?",
                        nn: "Har kommunen ein plan for å rekruttere, lære opp og følgje opp støttekontaktar som kan arbeide med denne gruppa?",
                        en: "Does the municipality have a plan to recruit, train and supervise support contacts who can work with this group?",
                    },
                    help: l! {
                        nb: "Kommunene opplyste særlig at det var vanskelig å skaffe støttekontakter. Ingen lov krever en rekrutteringsplan, men uten støttekontakter blir vedtakene ikke oppfylt.",
                        nn: "Kommunane opplyste særleg at det var vanskeleg å skaffe støttekontaktar. Inga lov krev ein rekrutteringsplan, men utan støttekontaktar blir ikkje vedtaka oppfylte.",
                        en: "Municipalities reported in particular that support contacts were hard to find. No law requires a recruitment plan, but without support contacts the decisions are not carried out.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det finnes en skriftlig plan for rekruttering, opplæring og veiledning av støttekontakter, ventetiden blir målt, og støttekontaktene får opplæring i rusmiddelproblemer.",
                            nn: "Det finst ein skriftleg plan for rekruttering, opplæring og rettleiing av støttekontaktar, ventetida blir målt, og støttekontaktane får opplæring i rusmiddelproblem.",
                            en: "There is a written plan for recruiting, training and supervising support contacts, waiting times are measured, and support contacts are trained in substance-use problems.",
                        },
                        partly: l! {
                            nb: "Rekruttering skjer ved behov uten plan, eller støttekontaktene får ingen opplæring eller veiledning.",
                            nn: "Rekruttering skjer ved behov utan plan, eller støttekontaktane får inga opplæring eller rettleiing.",
                            en: "Recruitment happens as needed with no plan, or support contacts get no training or supervision.",
                        },
                        evidence: l! {
                            nb: "Rekrutteringsplan, oversikt over ventetid fra vedtak til oppstart, opplæringstilbud og veiledning for støttekontakter, samarbeid med frivillige organisasjoner.",
                            nn: "Rekrutteringsplan, oversikt over ventetid frå vedtak til oppstart, opplæringstilbod og rettleiing for støttekontaktar, samarbeid med frivillige organisasjonar.",
                            en: "Recruitment plan, waiting times from decision to start, training and supervision offered to support contacts, cooperation with voluntary organisations.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-2 bokstav c",
                        today: &[],
                        supports: &["hol. § 3-1 første ledd", "hol. § 3-2 første ledd nr. 6 bokstav b"],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004],
                    areas: &[Accessibility, Content],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Plass i institusjon", nn: "Plass i institusjon", en: "Place in an institution" },
            questions: &[
                Question {
                    id: "t2.institution-considered",
                    text: l! {
                        nb: "Blir plass i institusjon eller bolig med heldøgns omsorg vurdert også for personer med rusmiddelproblemer som har omfattende hjelpebehov?",
                        nn: "Blir plass i institusjon eller bustad med heildøgns omsorg vurdert også for personar med rusmiddelproblem som har omfattande hjelpebehov?",
                        en: "Is a place in an institution or housing with round-the-clock care considered for people with substance-use problems who have extensive needs?",
                    },
                    help: l! {
                        nb: "Tilsynet fant eksempler på personer med omfattende hjelpe- og omsorgsbehov som ikke fikk tjenester, selv om de ønsket hjelp. Plass i institusjon er en av tjenestene kommunen skal kunne tilby.",
                        nn: "Tilsynet fann døme på personar med omfattande hjelpe- og omsorgsbehov som ikkje fekk tenester, sjølv om dei ønskte hjelp. Plass i institusjon er ei av tenestene kommunen skal kunne tilby.",
                        en: "The audit found examples of people with extensive needs for help and care who got no services although they wanted help. A place in an institution is one of the services the municipality must be able to provide.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Kriteriene for institusjonsplass utelukker ikke rusmiddelproblemer, og i saker med omfattende behov viser journalen at institusjon eller heldøgns omsorg ble vurdert, med begrunnelse for utfallet.",
                            nn: "Kriteria for institusjonsplass utelukkar ikkje rusmiddelproblem, og i saker med omfattande behov viser journalen at institusjon eller heildøgns omsorg vart vurdert, med grunngiving for utfallet.",
                            en: "The criteria for an institutional place do not exclude substance-use problems, and in cases with extensive needs the record shows that an institution or round-the-clock care was considered, with reasons for the outcome.",
                        },
                        partly: l! {
                            nb: "Det blir vurdert i noen saker, men ikke dokumentert, eller institusjonene tar i praksis ikke imot personer med rusmiddelproblemer.",
                            nn: "Det blir vurdert i nokre saker, men ikkje dokumentert, eller institusjonane tek i praksis ikkje imot personar med rusmiddelproblem.",
                            en: "It is considered in some cases but not recorded, or the institutions in practice do not accept people with substance-use problems.",
                        },
                        evidence: l! {
                            nb: "Kommunal forskrift eller kriterier for langtidsopphold, et utvalg saker med omfattende behov, vedtak om og avslag på institusjonsplass, venteliste.",
                            nn: "Kommunal forskrift eller kriterium for langtidsopphald, eit utval saker med omfattande behov, vedtak om og avslag på institusjonsplass, venteliste.",
                            en: "Local regulations or criteria for long-term stays, a sample of cases with extensive needs, decisions granting and refusing institutional places, the waiting list.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-2 bokstav d, jf. § 4-3",
                        today: &["hol. § 3-1 første ledd", "hol. § 3-2 første ledd nr. 6 bokstav c"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, CountyReports, CurrentLaw],
                    areas: &[Accessibility],
                },
                Question {
                    id: "t2.interim-measures",
                    text: l! {
                        nb: "Settes det i verk midlertidige tiltak når en institusjonsplass eller en innvilget tjeneste ikke kan gis med en gang?",
                        nn: "Blir det sett i verk mellombelse tiltak når ein institusjonsplass eller ei innvilga teneste ikkje kan bli gjeven med ein gong?",
                        en: "Are interim measures put in place when an institutional place or a granted service cannot be provided at once?",
                    },
                    help: l! {
                        nb: "Senere tilsyn etter samme mal påpekte at midlertidige tiltak må vurderes når tjenesten ikke iverksettes som vedtatt. Kravet til forsvarlige tjenester gjelder også mens personen venter.",
                        nn: "Seinare tilsyn etter same malen peika på at mellombelse tiltak må vurderast når tenesta ikkje blir sett i verk som vedteke. Kravet til forsvarlege tenester gjeld også medan personen ventar.",
                        en: "Later audits using the same template pointed out that interim measures must be considered when a service is not started as decided. The duty to provide adequate services also applies while the person waits.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En rutine sier at midlertidige tiltak skal vurderes og noteres når tjenesten ikke kan starte som vedtatt, og alle slike saker i utvalget har et slikt notat.",
                            nn: "Ein rutine seier at mellombelse tiltak skal vurderast og noterast når tenesta ikkje kan starte som vedteke, og alle slike saker i utvalet har eit slikt notat.",
                            en: "A procedure says interim measures must be considered and recorded when a service cannot start as decided, and every such case in the sample has that note.",
                        },
                        partly: l! {
                            nb: "Midlertidige tiltak blir satt inn i noen saker, men uten rutine eller uten at vurderingen er notert.",
                            nn: "Mellombelse tiltak blir sette inn i nokre saker, men utan rutine eller utan at vurderinga er notert.",
                            en: "Interim measures are put in place in some cases, but with no procedure or with no record of the assessment.",
                        },
                        evidence: l! {
                            nb: "Rutine for ventetid og midlertidige tiltak, oversikt over vedtak som ikke er iverksatt, notater i saken om vurderte tiltak.",
                            nn: "Rutine for ventetid og mellombelse tiltak, oversikt over vedtak som ikkje er sette i verk, notat i saka om vurderte tiltak.",
                            en: "The procedure for waiting times and interim measures, a list of decisions not yet carried out, case notes on the measures considered.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 6-1 tredje ledd",
                        today: &["hol. § 3-1 første ledd", "hol. § 4-1"],
                        supports: &[],
                        guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[CountyReports, Seed2004],
                    areas: &[Accessibility, Requirements],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Iverksetting og kontinuitet", nn: "Iverksetjing og kontinuitet", en: "Delivery and continuity" },
            questions: &[
                Question {
                    id: "t2.services-started",
                    text: l! {
                        nb: "Følger kommunen med på at innvilgede tjenester faktisk settes i gang innen rimelig tid?",
                        nn: "Følgjer kommunen med på at innvilga tenester faktisk blir sette i gang innan rimeleg tid?",
                        en: "Does the municipality check that granted services are actually started within a reasonable time?",
                    },
                    help: l! {
                        nb: "Et av eksemplene på svikt var at innvilgede tjenester ikke ble iverksatt. Ledelsen i helse- og omsorgstjenesten skal kontrollere at tiltak og planer faktisk blir gjennomført.",
                        nn: "Eitt av døma på svikt var at innvilga tenester ikkje vart sette i verk. Leiinga i helse- og omsorgstenesta skal kontrollere at tiltak og planar faktisk blir gjennomførte.",
                        en: "One of the failures the audit gave as an example was that granted services were not started. The management of the health and care service must check that measures and plans are actually carried out.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det finnes en løpende oversikt over vedtak som ikke er iverksatt, med ventetid, ledelsen går gjennom den jevnlig, og saker som venter for lenge blir fulgt opp.",
                            nn: "Det finst ei løpande oversikt over vedtak som ikkje er sette i verk, med ventetid, leiinga går gjennom henne jamleg, og saker som ventar for lenge blir følgde opp.",
                            en: "There is a running list of decisions not yet carried out, with waiting times, management reviews it regularly, and cases waiting too long are followed up.",
                        },
                        partly: l! {
                            nb: "En slik oversikt kan lages ved behov, men ingen går gjennom den jevnlig, eller den dekker bare noen av tjenestene.",
                            nn: "Ei slik oversikt kan lagast ved behov, men ingen går gjennom henne jamleg, eller ho dekkjer berre nokre av tenestene.",
                            en: "Such a list can be produced on request, but nobody reviews it regularly, or it covers only some of the services.",
                        },
                        evidence: l! {
                            nb: "Oversikt over vedtak som ikke er iverksatt, ventetider, rapportering til ledelsen, avviksmeldinger om tjenester som ikke ble gitt.",
                            nn: "Oversikt over vedtak som ikkje er sette i verk, ventetider, rapportering til leiinga, avviksmeldingar om tenester som ikkje vart gjevne.",
                            en: "A list of decisions not yet carried out, waiting times, reports to management, incident reports on services that were not provided.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3 og § 2-1 annet ledd",
                        today: &["hol. § 3-1 første ledd", "ledelsesforskriften § 8"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, CountyReports, CurrentLaw],
                    areas: &[Accessibility, Knowledge],
                },
                Question {
                    id: "t2.services-continuity",
                    text: l! {
                        nb: "Blir innvilgede tjenester gitt som vedtatt også i ferier, ved sykdom og når ansatte slutter?",
                        nn: "Blir innvilga tenester gjevne som vedteke også i feriar, ved sjukdom og når tilsette sluttar?",
                        en: "Are granted services provided as decided during holidays, sickness absence and when staff leave?",
                    },
                    help: l! {
                        nb: "Funnene i tilsynet tydet på at oppfølgingen av personer under behandling var sårbar og personavhengig; blant eksemplene var glipp i ferier, sykdomsperioder eller ved skifte av ansatte. Den samme risikoen gjelder praktisk bistand og støttekontakt: et vedtak som bare gjelder når en bestemt ansatt er på jobb, er ikke oppfylt.",
                        nn: "Funna i tilsynet tydde på at oppfølginga av personar under behandling var sårbar og personavhengig; mellom døma var glipp i feriar, sjukdomsperiodar eller ved skifte av tilsette. Den same risikoen gjeld praktisk bistand og støttekontakt: eit vedtak som berre gjeld når ein bestemd tilsett er på jobb, er ikkje oppfylt.",
                        en: "The audit's findings suggested that follow-up of people in treatment was fragile and depended on individuals; the examples included lapses during holidays, sickness or staff changes. The same risk applies to practical help and support contacts: a decision honoured only when one particular employee is at work is not being met.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det finnes en skriftlig plan for stedfortreder eller vikar for hver tjeneste, brukerne får beskjed ved endringer, og en sammenligning av vedtatt og utført tjeneste i siste ferie viser ingen uforklarte brudd.",
                            nn: "Det finst ein skriftleg plan for stadfortredar eller vikar for kvar teneste, brukarane får melding ved endringar, og ei samanlikning av vedteken og utført teneste i siste ferie viser ingen uforklarte brot.",
                            en: "There is a written plan for a deputy or cover for each service, users are told about changes, and a comparison of decided and delivered services during the last holiday shows no unexplained gaps.",
                        },
                        partly: l! {
                            nb: "Noen tjenester har stedfortreder, andre (ofte støttekontakt) stopper når den faste personen er borte, eller ingen sjekker om tjenesten faktisk ble gitt.",
                            nn: "Nokre tenester har stadfortredar, andre (ofte støttekontakt) stoppar når den faste personen er borte, eller ingen sjekkar om tenesta faktisk vart gjeven.",
                            en: "Some services have a deputy, others (often support contacts) stop when the regular person is away, or nobody checks whether the service was actually given.",
                        },
                        evidence: l! {
                            nb: "Ferie- og vikarplaner, oversikt over vedtatte og utførte timer, avviksmeldinger om tjenester som ikke ble gitt, klager fra brukere.",
                            nn: "Ferie- og vikarplanar, oversikt over vedtekne og utførte timar, avviksmeldingar om tenester som ikkje vart gjevne, klager frå brukarar.",
                            en: "Holiday and cover plans, a comparison of hours decided and hours delivered, incident reports on services not provided, complaints from users.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3 og § 2-1 annet ledd",
                        today: &["hol. § 4-1", "ledelsesforskriften § 7"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, CurrentLaw],
                    areas: &[Accessibility, Content],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Individuell plan og koordinator", nn: "Individuell plan og koordinator", en: "Individual plan and coordinator" },
            questions: &[
                Question {
                    id: "t2.individual-plan",
                    text: l! {
                        nb: "Får personer med rusmiddelproblemer som trenger langvarige og koordinerte tjenester, individuell plan og koordinator når de ønsker det?",
                        nn: "Får personar med rusmiddelproblem som treng langvarige og koordinerte tenester, individuell plan og koordinator når dei ønskjer det?",
                        en: "Do people with substance-use problems who need long-term, coordinated services get an individual plan and a coordinator when they want them?",
                    },
                    help: l! {
                        nb: "Retten til individuell plan etter sosialtjenesteloven gjaldt fra 1. januar 2004, samme år som tilsynet. I dag har den som trenger langvarige og koordinerte tjenester, rett til individuell plan og koordinator; kommunen sørger for at det blir én plan, også når Nav-kontoret eller spesialisthelsetjenesten er med.",
                        nn: "Retten til individuell plan etter sosialtjenesteloven gjaldt frå 1. januar 2004, same år som tilsynet. I dag har den som treng langvarige og koordinerte tenester, rett til individuell plan og koordinator; kommunen syter for at det blir éin plan, også når Nav-kontoret eller spesialisthelsetenesta er med.",
                        en: "The right to an individual plan under the social services act applied from 1 January 2004, the year of the audit. Today anyone who needs long-term, coordinated services has a right to an individual plan and a coordinator; the municipality makes sure there is one plan, also when the Nav office or specialist health services are involved.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Koordinerende enhet har en kjent rutine, personer med rusmiddelproblemer blir informert om retten, og en oversikt viser hvem som har plan og koordinator, og hvem som har takket nei.",
                            nn: "Koordinerande eining har ein kjend rutine, personar med rusmiddelproblem blir informerte om retten, og ei oversikt viser kven som har plan og koordinator, og kven som har takka nei.",
                            en: "The coordinating unit has a procedure known to staff, people with substance-use problems are told about the right, and a list shows who has a plan and a coordinator and who has declined.",
                        },
                        partly: l! {
                            nb: "Individuell plan finnes for noen, men personer med rusmiddelproblemer blir sjelden informert, eller planene er ikke oppdatert, eller koordinator mangler.",
                            nn: "Individuell plan finst for nokre, men personar med rusmiddelproblem blir sjeldan informerte, eller planane er ikkje oppdaterte, eller koordinator manglar.",
                            en: "Some people have an individual plan, but people with substance-use problems are seldom told about it, or the plans are not up to date, or there is no coordinator.",
                        },
                        evidence: l! {
                            nb: "Rutine for koordinerende enhet, oversikt over individuelle planer og koordinatorer, et utvalg planer med dato for siste oppdatering, informasjonsmateriell om individuell plan.",
                            nn: "Rutine for koordinerande eining, oversikt over individuelle planar og koordinatorar, eit utval planar med dato for siste oppdatering, informasjonsmateriell om individuell plan.",
                            en: "The coordinating unit's procedure, a list of individual plans and coordinators, a sample of plans with the date of the last update, information material on individual plans.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare, Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3a",
                        today: &["pbrl. § 2-5", "pbrl. § 2-5 b", "hol. § 7-1", "hol. § 7-2", "sotjl. § 28"],
                        supports: &[],
                        guidance: &["Helsedirektoratet: veileder om rehabilitering, habilitering, individuell plan og koordinator"],
                        certainty: Verified,
                    },
                    sources: &[Guide2004, CountyReports, CurrentLaw],
                    areas: &[Coherence, Requirements],
                },
                Question {
                    id: "t2.individual-plan-request",
                    text: l! {
                        nb: "Blir en anmodning om individuell plan eller koordinator alltid avgjort og besvart, med begrunnelse og opplysning om klageretten hvis den blir avslått?",
                        nn: "Blir ei oppmoding om individuell plan eller koordinator alltid avgjord og svara på, med grunngiving og opplysning om klageretten dersom ho blir avslegen?",
                        en: "Is every request for an individual plan or a coordinator decided and answered, with reasons and information on the right to complain if it is refused?",
                    },
                    help: l! {
                        nb: "Den som mener retten til individuell plan eller koordinator ikke er oppfylt, kan klage til statsforvalteren innen fire uker. Gjelder planen tjenester fra Nav-kontoret, er avgjørelsen et enkeltvedtak etter sosialtjenesteloven med klagefrist tre uker. En anmodning som blir liggende, tar fra personen klageretten.",
                        nn: "Den som meiner at retten til individuell plan eller koordinator ikkje er oppfylt, kan klage til statsforvaltaren innan fire veker. Gjeld planen tenester frå Nav-kontoret, er avgjerda eit enkeltvedtak etter sosialtjenesteloven med klagefrist tre veker. Ei oppmoding som blir liggjande, tek klageretten frå personen.",
                        en: "Anyone who believes the right to an individual plan or a coordinator has not been met can complain to the county governor within four weeks. Where the plan concerns services from the Nav office, the answer is an individual decision under sosialtjenesteloven (Social Services Act), with an appeal deadline of three weeks. A request left unanswered takes away the right to complain.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Alle anmodninger blir registrert med dato, alle har fått et skriftlig svar, og avslag har begrunnelse og opplysning om klagerett, frist og klageinstans.",
                            nn: "Alle oppmodingar blir registrerte med dato, alle har fått eit skriftleg svar, og avslag har grunngiving og opplysning om klagerett, frist og klageinstans.",
                            en: "All requests are logged with a date, all have had a written answer, and refusals give reasons and information on the right to complain, the deadline and the complaints body.",
                        },
                        partly: l! {
                            nb: "Anmodninger blir besvart, men ikke registrert, eller avslag blir gitt muntlig eller uten klageopplysning.",
                            nn: "Oppmodingar blir svara på, men ikkje registrerte, eller avslag blir gjevne munnleg eller utan klageopplysning.",
                            en: "Requests are answered but not logged, or refusals are given orally or without information on how to complain.",
                        },
                        evidence: l! {
                            nb: "Logg over anmodninger om individuell plan og koordinator, svarbrev og avslag, mal for svar, klager til statsforvalteren.",
                            nn: "Logg over oppmodingar om individuell plan og koordinator, svarbrev og avslag, mal for svar, klager til statsforvaltaren.",
                            en: "A log of requests for individual plans and coordinators, letters of reply and refusal, the reply template, complaints to the county governor.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare, Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3a og kap. 8",
                        today: &["pbrl. § 2-5", "pbrl. § 2-5 b", "pbrl. § 7-2", "pbrl. § 7-5", "sotjl. § 28", "sotjl. § 41"],
                        supports: &[],
                        guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[CurrentLaw, Guide2004],
                    areas: &[Requirements, Coherence],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Vedtak og klagerett", nn: "Vedtak og klagerett", en: "Decisions and right of appeal" },
            questions: &[
                Question {
                    id: "t2.oral-applications",
                    text: l! {
                        nb: "Blir muntlige søknader skrevet ned og behandlet som søknader, i stedet for å bli avslått muntlig?",
                        nn: "Blir munnlege søknader skrivne ned og handsama som søknader, i staden for å bli avslegne munnleg?",
                        en: "Are oral applications written down and processed as applications, instead of being refused orally?",
                    },
                    help: l! {
                        nb: "Et eksempel på svikt i rettssikringen var at muntlige søknader ikke ble nedtegnet og behandlet, men avslått muntlig. Et muntlig avslag er ikke et vedtak man kan klage på. Dette gjelder både Nav-kontoret og helse- og omsorgstjenesten.",
                        nn: "Eit døme på svikt i rettstryggleiken var at munnlege søknader ikkje vart nedteikna og handsama, men avslegne munnleg. Eit munnleg avslag er ikkje eit vedtak ein kan klage på. Dette gjeld både Nav-kontoret og helse- og omsorgstenesta.",
                        en: "One example of failing legal safeguards was that oral applications were not recorded and processed but refused orally. An oral refusal is not a decision that can be appealed. This applies to both the Nav office and the health and care service.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Begge tjenestene har en kjent rutine for å skrive ned muntlige søknader, og et utvalg saker som startet muntlig viser et notat med dato og et skriftlig vedtak.",
                            nn: "Begge tenestene har ein kjend rutine for å skrive ned munnlege søknader, og eit utval saker som starta munnleg, viser eit notat med dato og eit skriftleg vedtak.",
                            en: "Both services have a procedure known to staff for writing down oral applications, and a sample of cases that began orally shows a dated note and a written decision.",
                        },
                        partly: l! {
                            nb: "Den ene tjenesten gjør det, den andre ikke, eller muntlige søknader blir skrevet ned, men noen blir likevel avslått muntlig.",
                            nn: "Den eine tenesta gjer det, den andre ikkje, eller munnlege søknader blir skrivne ned, men nokre blir likevel avslegne munnleg.",
                            en: "One service does this and the other does not, or oral applications are written down but some are still refused orally.",
                        },
                        evidence: l! {
                            nb: "Rutine for mottak av søknader i Nav-kontoret og i tildelingskontoret, journalnotater om muntlige henvendelser, et utvalg saker som startet muntlig.",
                            nn: "Rutine for mottak av søknader i Nav-kontoret og i tildelingskontoret, journalnotat om munnlege førespurnader, eit utval saker som starta munnleg.",
                            en: "The procedure for receiving applications at the Nav office and at the allocation office, case notes on oral enquiries, a sample of cases that began orally.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav, HealthCare],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-3; forvaltningsloven §§ 11 d og 23",
                        today: &["sotjl. § 41", "pbrl. § 2-7", "fvl. § 11 d", "fvl. § 23"],
                        supports: &[],
                        guidance: &[],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004, AdminAct],
                    areas: &[Requirements],
                },
                Question {
                    id: "t2.decisions-health-care",
                    text: l! {
                        nb: "Blir tildeling, avslag, endring og stans av praktisk bistand, opplæring, støttekontakt og institusjonsplass gjort som skriftlige enkeltvedtak med hjemmel og begrunnelse?",
                        nn: "Blir tildeling, avslag, endring og stans av praktisk bistand, opplæring, støttekontakt og institusjonsplass gjorde som skriftlege enkeltvedtak med heimel og grunngiving?",
                        en: "Are grants, refusals, changes and ending of practical help, training, support contacts and institutional places made as written individual decisions with legal basis and reasons?",
                    },
                    help: l! {
                        nb: "Helsetilsynet var bekymret for at en del tjenester ikke ble tildelt som enkeltvedtak, slik at klageretten falt bort. For helse- og omsorgstjenester følger kravene til vedtak av pasient- og brukerrettighetsloven og forvaltningsloven; endring og stans er også vedtak.",
                        nn: "Helsetilsynet var uroa over at ein del tenester ikkje vart tildelte som enkeltvedtak, slik at klageretten fall bort. For helse- og omsorgstenester følgjer krava til vedtak av pasient- og brukerrettighetsloven og forvaltningsloven; endring og stans er også vedtak.",
                        en: "The Norwegian Board of Health Supervision was concerned that some services were not granted by individual decision, so the right of appeal was lost. For health and care services the requirements for decisions follow from pasient- og brukerrettighetsloven (Patients' and Users' Rights Act) and forvaltningsloven (Public Administration Act); changing or ending a service is also a decision.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "I et utvalg på minst 10 nylige saker, også avslag og reduksjoner, finnes et skriftlig vedtak med riktig hjemmel og en begrunnelse som viser hvilke fakta og vurderinger vedtaket bygger på.",
                            nn: "I eit utval på minst 10 nyare saker, også avslag og reduksjonar, finst eit skriftleg vedtak med rett heimel og ei grunngiving som viser kva fakta og vurderingar vedtaket byggjer på.",
                            en: "In a sample of at least 10 recent cases, including refusals and reductions, there is a written decision with the correct legal basis and reasons showing the facts and assessments it rests on.",
                        },
                        partly: l! {
                            nb: "Tildelinger har vedtak, men avslag, endringer eller stans blir gitt muntlig, eller begrunnelsen er en standardtekst uten vurdering av personens situasjon.",
                            nn: "Tildelingar har vedtak, men avslag, endringar eller stans blir gjevne munnleg, eller grunngivinga er ein standardtekst utan vurdering av situasjonen til personen.",
                            en: "Grants have decisions, but refusals, changes or ending of services are given orally, or the reasons are standard text with no assessment of the person's situation.",
                        },
                        evidence: l! {
                            nb: "Vedtaksmal, et utvalg vedtak om tildeling, avslag, endring og stans, delegeringsvedtak for tildelingskontoret.",
                            nn: "Vedtaksmal, eit utval vedtak om tildeling, avslag, endring og stans, delegeringsvedtak for tildelingskontoret.",
                            en: "Decision template, a sample of decisions granting, refusing, changing and ending services, the delegation decision for the allocation office.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "forvaltningsloven §§ 2, 23, 24 og 25",
                        today: &["pbrl. § 2-7", "fvl. §§ 23–25"],
                        supports: &[],
                        guidance: &[CASE_GUIDE],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004, AdminAct, CountyReports],
                    areas: &[Requirements],
                },
                Question {
                    id: "t2.appeal-information-health-care",
                    text: l! {
                        nb: "Opplyser vedtakene om helse- og omsorgstjenester om retten til å klage til statsforvalteren, klagefristen på fire uker og hvor klagen skal sendes?",
                        nn: "Opplyser vedtaka om helse- og omsorgstenester om retten til å klage til statsforvaltaren, klagefristen på fire veker og kvar klaga skal sendast?",
                        en: "Do decisions on health and care services state the right to complain to the county governor, the four-week deadline and where to send the complaint?",
                    },
                    help: l! {
                        nb: "Retten til å klage på kommunale vedtak er et av samfunnets viktige virkemidler for å sikre likhet og rett kvalitet på tjenester. For helse- og omsorgstjenester er fristen fire uker, ikke tre som for Nav-kontorets vedtak; klagen sendes til tjenesten som fattet vedtaket.",
                        nn: "Retten til å klage på kommunale vedtak er eitt av dei viktige verkemidla samfunnet har for å sikre likskap og rett kvalitet på tenester. For helse- og omsorgstenester er fristen fire veker, ikkje tre som for vedtak frå Nav-kontoret; klaga blir send til tenesta som gjorde vedtaket.",
                        en: "The right to appeal municipal decisions is one of society's main safeguards of equal treatment and proper quality of services. For health and care services the deadline is four weeks, not three as for the Nav office's decisions; the complaint is sent to the service that made the decision.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Vedtaksmalen har riktig klageopplysning (fire uker, statsforvalteren, sendes til tjenesten, rett til å se sakens dokumenter), og alle vedtak i et utvalg på minst 10 har den.",
                            nn: "Vedtaksmalen har rett klageopplysning (fire veker, statsforvaltaren, blir send til tenesta, rett til å sjå dokumenta i saka), og alle vedtak i eit utval på minst 10 har henne.",
                            en: "The decision template has correct appeal information (four weeks, the county governor, sent to the service, the right to see the case documents), and every decision in a sample of at least 10 includes it.",
                        },
                        partly: l! {
                            nb: "Klageopplysningen finnes, men med feil frist (for eksempel tre uker) eller feil mottaker, eller den mangler i noen vedtak.",
                            nn: "Klageopplysninga finst, men med feil frist (til dømes tre veker) eller feil mottakar, eller ho manglar i nokre vedtak.",
                            en: "Appeal information is there, but with the wrong deadline (for example three weeks) or the wrong recipient, or it is missing from some decisions.",
                        },
                        evidence: l! {
                            nb: "Vedtaksmal, et utvalg vedtak, oversikt over klager og statsforvalterens avgjørelser det siste året.",
                            nn: "Vedtaksmal, eit utval vedtak, oversikt over klager og avgjerdene til statsforvaltaren det siste året.",
                            en: "Decision template, a sample of decisions, a list of complaints and the county governor's rulings in the past year.",
                        },
                    },
                    requirement: Legal,
                    duty: &[HealthCare],
                    basis: LegalBasis {
                        then: "forvaltningsloven §§ 27 og 28",
                        today: &["pbrl. § 7-2", "pbrl. § 7-5", "pbrl. § 2-7", "fvl. § 27"],
                        supports: &[],
                        guidance: &[CASE_GUIDE],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004, AdminAct, CurrentLaw],
                    areas: &[Requirements],
                },
            ],
        },
    ],
};
