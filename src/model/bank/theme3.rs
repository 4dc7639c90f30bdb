//! Theme 3: Midlertidig husvære (the 2004 guide's area 1D). Today: temporary accommodation is Nav's duty under
//! sosialtjenesteloven § 27; help towards a permanent home is the municipality's duty under boligsosialloven §§ 5–6,
//! with Nav taking part (sotjl. § 15). Helse- og omsorgstjenesteloven § 3-7 was repealed on 1 July 2023.
//! Every citation is recorded in docs/law-check-themes-3-4.md.

use super::{Certainty::*, Criteria, CrossArea::*, DutyHolder::*, LegalBasis, NationalFinding, LaterFinding, Question, Requirement::*, Source::*, SubArea, Theme, ThemeId};

/// The circular's comments on § 27: guidance, never law.
const R35: &str = "Rundskriv R35 til sosialtjenesteloven, pkt. 4.27.1–4.27.2 (Arbeids- og velferdsdirektoratet)";

pub static THEME: Theme = Theme {
    id: ThemeId::Housing,
    title: l! { nb: "Midlertidig husvære", nn: "Mellombels husvære", en: "Temporary accommodation" },
    short: l! { nb: "Midlertidig husvære", nn: "Mellombels husvære", en: "Temporary housing" },
    intro: l! {
        nb: "Kommunen skal finne midlertidig botilbud for dem som ikke klarer det selv, og tilbudet skal holde forsvarlig kvalitet. I dag er dette Nav-kontorets plikt etter sosialtjenesteloven § 27. Hjelp til å skaffe eller beholde en varig bolig er kommunens plikt etter boligsosialloven, og Nav skal medvirke.",
        nn: "Kommunen skal finne mellombels butilbod for dei som ikkje klarer det sjølve, og tilbodet skal halde forsvarleg kvalitet. I dag er dette plikta til Nav-kontoret etter sosialtenestelova § 27. Hjelp til å skaffe eller halde på ein varig bustad er plikta til kommunen etter boligsosialloven, og Nav skal medverke.",
        en: "The municipality must find temporary accommodation for those who cannot find it themselves, and it must be of acceptable quality. Today this is the Nav office's duty under section 27 of sosialtjenesteloven (the Social Services Act). Help to obtain or keep a permanent home is the municipality's duty under boligsosialloven (the Social Housing Act), and Nav must take part.",
    },
    national: NationalFinding {
        summary: l! {
            nb: "Fylkesmennene avdekket svikt på dette området i litt under halvparten av kommunene.",
            nn: "Fylkesmennene avdekte svikt på dette området i litt under halvparten av kommunane.",
            en: "The county governors found failures in this area in just under half of the municipalities.",
        },
        source: Seed2004,
    },
    later: &[LaterFinding {
        period: "2024–2025",
        summary: l! {
            nb: "Riksrevisjonens undersøkelse av helse- og velferdstjenester til personer med samtidige rusmiddellidelser og psykiske lidelser (perioden 2019–2024) ble startet blant annet fordi tidligere rapporter viste at kommunene ikke har nok egnede boliger, og at personer med slike lidelser ofte er bostedsløse. Riksrevisjonen fant at verken helsetjenestene, de boligsosiale tjenestene, arbeidsrettet oppfølging eller andre aktivitetstilbud fungerer tilfredsstillende, og at tjenesteyterne ikke samarbeider godt nok. Riksrevisjonen mente det er sterkt kritikkverdig at Helse- og omsorgsdepartementet og Arbeids- og inkluderingsdepartementet ikke har sørget for tilstrekkelig behandling, aktivitet og oppfølging.",
            nn: "Undersøkinga Riksrevisjonen gjorde av helse- og velferdstenester til personar med samtidige rusmiddellidingar og psykiske lidingar (perioden 2019–2024), vart mellom anna sett i gang fordi tidlegare rapportar viste at kommunane ikkje har nok eigna bustader, og at personar med slike lidingar ofte er bustadlause. Riksrevisjonen fann at verken helsetenestene, dei bustadsosiale tenestene, arbeidsretta oppfølging eller andre aktivitetstilbod fungerer tilfredsstillande, og at tenesteytarane ikkje samarbeider godt nok. Riksrevisjonen meinte det er sterkt kritikkverdig at Helse- og omsorgsdepartementet og Arbeids- og inkluderingsdepartementet ikkje har sørgt for tilstrekkeleg behandling, aktivitet og oppfølging.",
            en: "The Office of the Auditor General's investigation of health and welfare services to people with both substance-use disorders and mental disorders (covering 2019–2024) was started partly because earlier reports showed that municipalities do not have enough suitable housing and that people with such disorders are often homeless. It found that neither the health services, the social housing services, work-related follow-up nor other activities work satisfactorily, and that service providers do not cooperate well enough. It found it strongly open to criticism that the Ministry of Health and Care Services and the Ministry of Labour and Social Inclusion had not ensured adequate treatment, activity and follow-up.",
        },
        source: AuditorGeneral2025,
    }],
    areas: &[
        SubArea {
            title: l! { nb: "Rutiner og beredskap", nn: "Rutinar og beredskap", en: "Procedures and preparedness" },
            questions: &[
                Question {
                    id: "t3.same-day-routine",
                    text: l! {
                        nb: "Finnes det en skriftlig rutine som sikrer at Nav kan skaffe midlertidig botilbud samme dag, også utenom kontortid?",
                        nn: "Finst det ein skriftleg rutine som sikrar at Nav kan skaffe mellombels butilbod same dag, også utanom kontortid?",
                        en: "Is there a written procedure making sure that Nav can find temporary accommodation the same day, including outside office hours?",
                    },
                    help: l! {
                        nb: "Tilsynet i 2004 fant at en del små kommuner ikke hadde rutiner som sikret at midlertidig husvære kunne tildeles når behovet oppsto. Behovet oppstår ofte utenom kontortid, og plikten faller ikke bort fordi kontoret er stengt.",
                        nn: "Tilsynet i 2004 fann at ein del små kommunar ikkje hadde rutinar som sikra at mellombels husvære kunne tildelast når behovet oppstod. Behovet oppstår ofte utanom kontortid, og plikta fell ikkje bort fordi kontoret er stengt.",
                        en: "The 2004 audit found that some small municipalities had no procedure ensuring that temporary accommodation could be allocated when the need arose. The need often arises outside office hours, and the duty does not lapse because the office is closed.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "En skriftlig, gjeldende rutine beskriver hvem som tar imot henvendelser hele døgnet (for eksempel vakttelefon eller avtale med legevakten), hvem som kan tildele et sted, og hvilke steder som kan brukes. De som har vakt, kjenner rutinen, og den blir brukt i praksis.",
                            nn: "Ein skriftleg, gjeldande rutine skildrar kven som tek imot førespurnader heile døgnet (til dømes vakttelefon eller avtale med legevakta), kven som kan tildele ein stad, og kva stader som kan brukast. Dei som har vakt, kjenner rutinen, og han blir brukt i praksis.",
                            en: "A written, current procedure states who receives requests around the clock (for example an on-call phone or an agreement with the out-of-hours medical service), who can allocate a place, and which places can be used. Those on call know it, and it is used in practice.",
                        },
                        partly: l! {
                            nb: "Rutinen finnes, men dekker bare kontortid, er utdatert eller er ukjent for dem som har vakt; eller praksisen fungerer uten at den er skrevet ned.",
                            nn: "Rutinen finst, men dekkjer berre kontortid, er utdatert eller er ukjend for dei som har vakt; eller praksisen fungerer utan at han er skriven ned.",
                            en: "The procedure exists but covers office hours only, is out of date or is unknown to those on call; or the practice works without being written down.",
                        },
                        evidence: l! {
                            nb: "Rutinen med dato for siste revisjon; vaktplan eller avtale med legevakten eller en annen vaktordning; logg eller saker der noen fikk et sted utenom kontortid.",
                            nn: "Rutinen med dato for siste revisjon; vaktplan eller avtale med legevakta eller ei anna vaktordning; logg eller saker der nokon fekk ein stad utanom kontortid.",
                            en: "The procedure with the date of its last review; the on-call rota or agreement with the out-of-hours medical service or another on-call arrangement; a log or cases where someone was given a place outside office hours.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-5 og § 2-1 annet ledd",
                        today: &["sotjl. § 27", "sotjl. § 5", "koml. § 25-1"],
                        supports: &[],
                        guidance: &[R35],
                        certainty: Verified,
                    },
                    sources: &[Seed2004, Guide2004, CurrentLaw],
                    areas: &[Accessibility, Requirements],
                },
                Question {
                    id: "t3.places-overview",
                    text: l! {
                        nb: "Har Nav en oppdatert oversikt over steder som kan tas i bruk, slik at verken den som har vakt eller brukeren selv må lete etter ledig plass?",
                        nn: "Har Nav ei oppdatert oversikt over stader som kan takast i bruk, slik at verken den som har vakt eller brukaren sjølv må leite etter ledig plass?",
                        en: "Does Nav keep an up-to-date list of places that can be used, so that neither the person on call nor the service user has to search for a free place?",
                    },
                    help: l! {
                        nb: "Sivilombudet har kritisert at brukere selv måtte undersøke om døgnovernattingssteder hadde ledig plass. Plikten til å finne et sted ligger hos kommunen.",
                        nn: "Sivilombodet har kritisert at brukarar sjølve måtte undersøkje om døgnovernattingsstader hadde ledig plass. Plikta til å finne ein stad ligg hos kommunen.",
                        en: "The Parliamentary Ombud has criticised users being left to find out for themselves whether overnight hostels had free places. The duty to find a place lies with the municipality.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Oversikten viser steder, kontaktinformasjon, hvem de tar imot og vanlig kapasitet. En navngitt person eller rolle holder den oppdatert, og den er tilgjengelig for dem som har vakt.",
                            nn: "Oversikta viser stader, kontaktinformasjon, kven dei tek imot og vanleg kapasitet. Ein namngjeven person eller rolle held ho oppdatert, og ho er tilgjengeleg for dei som har vakt.",
                            en: "The list shows places, contact details, whom they accept and usual capacity. A named person or role keeps it up to date, and it is available to those on call.",
                        },
                        partly: l! {
                            nb: "Oversikten finnes, men er ikke oppdatert det siste året, mangler eier eller er ikke tilgjengelig for dem som har vakt.",
                            nn: "Oversikta finst, men er ikkje oppdatert det siste året, manglar eigar eller er ikkje tilgjengeleg for dei som har vakt.",
                            en: "The list exists but has not been updated in the last year, has no owner, or is not available to those on call.",
                        },
                        evidence: l! {
                            nb: "Oversikten med dato for siste oppdatering og navnet på den som har ansvaret; stikkprøve: ring to av stedene og sjekk at opplysningene stemmer.",
                            nn: "Oversikta med dato for siste oppdatering og namnet på den som har ansvaret; stikkprøve: ring to av stadene og sjekk at opplysningane stemmer.",
                            en: "The list with the date of its last update and the name of the person responsible; spot check: call two of the places and check that the details are right.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5", today: &[], supports: &["sotjl. § 27"], guidance: &[R35], certainty: Verified },
                    sources: &[Ombud, Guide2004],
                    areas: &[Knowledge, Accessibility],
                },
                Question {
                    id: "t3.preparedness",
                    text: l! {
                        nb: "Har Nav en reserveplan for når de vanlige stedene er fulle eller stengt, eller når mange trenger et sted samtidig (for eksempel etter en brann), slik at ingen må improvisere?",
                        nn: "Har Nav ein reserveplan for når dei vanlege stadene er fulle eller stengde, eller når mange treng ein stad samtidig (til dømes etter ein brann), slik at ingen må improvisere?",
                        en: "Does Nav have a fallback plan for when the usual places are full or closed, or when many people need somewhere at once (for example after a fire), so that nobody has to improvise?",
                    },
                    help: l! {
                        nb: "Tilsynet i 2004 fant at en del kommuner hadde svak beredskap og måtte improvisere når det oppsto akutte behov, slik at tilbudene ble tilfeldige og ofte av utilstrekkelig kvalitet. Ingen lov krever en egen plan for dette, men plikten etter sosialtjenesteloven § 27 gjelder også når de vanlige stedene er fulle. Hendelser der mange mister bostedet samtidig, bør også være dekket av beredskapsplanen for de sosiale tjenestene (sosialtjenesteloven § 16).",
                        nn: "Tilsynet i 2004 fann at ein del kommunar hadde svak beredskap og måtte improvisere når det oppstod akutte behov, slik at tilboda vart tilfeldige og ofte av utilstrekkeleg kvalitet. Inga lov krev ein eigen plan for dette, men plikta etter sosialtenestelova § 27 gjeld også når dei vanlege stadene er fulle. Hendingar der mange mistar bustaden samtidig, bør også vere dekte av beredskapsplanen for dei sosiale tenestene (sosialtenestelova § 16).",
                        en: "The 2004 audit found that some municipalities had weak preparedness and had to improvise when an urgent need arose, so what was offered was haphazard and often of poor quality. No law requires a separate plan for this, but the duty under section 27 of sosialtjenesteloven still applies when the usual places are full. Events in which many people lose their homes at once should also be covered by the social services' emergency plan (section 16 of sosialtjenesteloven).",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det er skriftlig avklart hva som gjøres når de vanlige stedene er fulle eller stengt: reserveplasser eller avtaler (for eksempel med hotell eller nabokommune), hvem som kan godkjenne ekstra kostnader, og hvordan en hendelse med mange berørte håndteres i beredskapsplanen etter § 16.",
                            nn: "Det er skriftleg avklart kva som blir gjort når dei vanlege stadene er fulle eller stengde: reserveplassar eller avtalar (til dømes med hotell eller nabokommune), kven som kan godkjenne ekstra kostnader, og korleis ei hending med mange råka blir handtert i beredskapsplanen etter § 16.",
                            en: "It is set out in writing what happens when the usual places are full or closed: reserve places or agreements (for example with a hotel or a neighbouring municipality), who can approve extra costs, and how an event affecting many people is handled in the emergency plan under section 16.",
                        },
                        partly: l! {
                            nb: "Det finnes avtaler eller reserver, men de er ikke skrevet ned; eller planen dekker enkelttilfeller, men ikke hendelser med mange berørte (eller omvendt).",
                            nn: "Det finst avtalar eller reservar, men dei er ikkje skrivne ned; eller planen dekkjer enkelttilfelle, men ikkje hendingar med mange råka (eller omvendt).",
                            en: "Agreements or reserves exist but are not written down; or the plan covers single cases but not events affecting many people (or the other way round).",
                        },
                        evidence: l! {
                            nb: "Beredskapsplanen for de sosiale tjenestene (§ 16) og en eventuell reserveplan; avtaler om reserveplasser; saker fra det siste året der de vanlige stedene var fulle, og hva som ble gjort.",
                            nn: "Beredskapsplanen for dei sosiale tenestene (§ 16) og ein eventuell reserveplan; avtalar om reserveplassar; saker frå det siste året der dei vanlege stadene var fulle, og kva som vart gjort.",
                            en: "The social services' emergency plan (section 16) and any fallback plan; agreements on reserve places; cases from the last year when the usual places were full, and what was done.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-5",
                        today: &[],
                        supports: &["sotjl. § 27", "sotjl. § 16 første ledd"],
                        guidance: &[R35],
                        certainty: Indicative,
                    },
                    sources: &[Seed2004, CurrentLaw],
                    areas: &[Accessibility],
                },
                Question {
                    id: "t3.municipality-finds",
                    text: l! {
                        nb: "Skaffer Nav selv et konkret sted å bo, i stedet for å overlate til brukeren å finne et sted?",
                        nn: "Skaffar Nav sjølv ein konkret stad å bu, i staden for å overlate til brukaren å finne ein stad?",
                        en: "Does Nav itself find a specific place to stay, rather than leaving it to the service user to find somewhere?",
                    },
                    help: l! {
                        nb: "I enkelttilfeller måtte personer med rusmiddelproblemer selv finne bosted fordi sosialtjenesten ikke skaffet husvære. Etter rundskrivet til loven kan det ikke kreves at personen først har prøvd selv, og årsaken til at personen står uten bosted, er uten betydning.",
                        nn: "I enkelttilfelle måtte personar med rusmiddelproblem sjølve finne bustad fordi sosialtenesta ikkje skaffa husvære. Etter rundskrivet til lova kan det ikkje krevjast at personen først har prøvd sjølv, og årsaka til at personen står utan bustad, har ikkje noko å seie.",
                        en: "In some cases people with substance-use problems had to find somewhere to live themselves because the social service did not. According to the circular on the Act, a person cannot be required to have tried first, and the reason why the person has nowhere to live is irrelevant.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "I sakene der noen ba om midlertidig botilbud, skaffet Nav et konkret sted (navngitt adresse og dato). Ingen ble avvist med beskjed om å finne noe selv.",
                            nn: "I sakene der nokon bad om mellombels butilbod, skaffa Nav ein konkret stad (namngjeven adresse og dato). Ingen vart avviste med beskjed om å finne noko sjølve.",
                            en: "In the cases where someone asked for temporary accommodation, Nav found a specific place (named address and date). Nobody was turned away and told to find something themselves.",
                        },
                        partly: l! {
                            nb: "Nav skaffer som regel et sted, men det finnes saker der brukeren fikk en liste over steder å ringe til, eller der et avslag ble begrunnet med at brukeren burde ha prøvd selv først.",
                            nn: "Nav skaffar som regel ein stad, men det finst saker der brukaren fekk ei liste over stader å ringje til, eller der eit avslag vart grunngjeve med at brukaren burde ha prøvd sjølv først.",
                            en: "Nav usually finds a place, but there are cases where the user was given a list of places to call, or where a refusal was justified by saying the user should have tried first.",
                        },
                        evidence: l! {
                            nb: "Stikkprøve av saker fra det siste året der midlertidig botilbud ble søkt: vedtaket eller journalnotatet skal vise hvilket sted som ble skaffet; avslagene og begrunnelsene for dem.",
                            nn: "Stikkprøve av saker frå det siste året der mellombels butilbod vart søkt: vedtaket eller journalnotatet skal vise kva stad som vart skaffa; avslaga og grunngivinga for dei.",
                            en: "A sample of cases from the last year where temporary accommodation was requested: the decision or case note should show which place was found; the refusals and the reasons given.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5", today: &["sotjl. § 27"], supports: &[], guidance: &[R35], certainty: Verified },
                    sources: &[Seed2004, CircularR35, Ombud],
                    areas: &[Accessibility, Requirements],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Kapasitet og kvalitet", nn: "Kapasitet og kvalitet", en: "Capacity and quality" },
            questions: &[
                Question {
                    id: "t3.capacity",
                    text: l! {
                        nb: "Har Nav nok plasser hos tilbydere som tar imot personer med rusmiddelproblemer, uten å være avhengig av campingplasser, pensjonater og hoteller som kan avvise dem?",
                        nn: "Har Nav nok plassar hos tilbydarar som tek imot personar med rusmiddelproblem, utan å vere avhengig av campingplassar, pensjonat og hotell som kan avvise dei?",
                        en: "Does Nav have enough places with providers who accept people with substance-use problems, without depending on campsites, guesthouses and hotels that may turn them away?",
                    },
                    help: l! {
                        nb: "Større kommuner manglet husvære og hadde gjort seg avhengige av campingplasser, pensjonater og hoteller som til tider ikke hadde plass eller nektet denne gruppen adgang.",
                        nn: "Større kommunar mangla husvære og hadde gjort seg avhengige av campingplassar, pensjonat og hotell som til tider ikkje hadde plass eller nekta denne gruppa tilgang.",
                        en: "Larger municipalities lacked accommodation and depended on campsites, guesthouses and hotels that sometimes had no room or refused this group.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det siste året har alle som hadde krav på midlertidig botilbud, fått et sted samme dag, også personer med rusmiddelproblemer. Nav har avtaler med tilbydere som tar imot denne gruppen, og er ikke avhengig av steder som kan avvise dem.",
                            nn: "Det siste året har alle som hadde krav på mellombels butilbod, fått ein stad same dag, også personar med rusmiddelproblem. Nav har avtalar med tilbydarar som tek imot denne gruppa, og er ikkje avhengig av stader som kan avvise dei.",
                            en: "In the last year everyone entitled to temporary accommodation was given a place the same day, including people with substance-use problems. Nav has agreements with providers who accept this group and does not depend on places that may turn them away.",
                        },
                        partly: l! {
                            nb: "De fleste får et sted, men det har skjedd at noen ble stående uten plass eller ble avvist av tilbyderen på grunn av rusmiddelbruk; eller Nav bruker jevnlig steder uten avtale.",
                            nn: "Dei fleste får ein stad, men det har hendt at nokon vart ståande utan plass eller vart avviste av tilbydaren på grunn av rusmiddelbruk; eller Nav brukar jamleg stader utan avtale.",
                            en: "Most people get a place, but some have been left without one or turned away by a provider because of substance use; or Nav regularly uses places without an agreement.",
                        },
                        evidence: l! {
                            nb: "Tall for forespørsler og tildelinger det siste året (antall, ventetid, avvisninger fra tilbydere); avtaler med tilbydere; meldinger om brukere som ble avvist.",
                            nn: "Tal for førespurnader og tildelingar det siste året (kor mange, ventetid, avvisingar frå tilbydarar); avtalar med tilbydarar; meldingar om brukarar som vart avviste.",
                            en: "Figures for requests and allocations in the last year (numbers, waiting time, refusals by providers); agreements with providers; reports of users who were turned away.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5", today: &["sotjl. § 27"], supports: &[], guidance: &[R35], certainty: Verified },
                    sources: &[Seed2004],
                    areas: &[Accessibility],
                },
                Question {
                    id: "t3.acceptable-quality",
                    text: l! {
                        nb: "Holder stedene som brukes i dag, forsvarlig kvalitet ut fra behovene til dem som bor der, også for barn og unge?",
                        nn: "Held stadene som blir brukte i dag, forsvarleg kvalitet ut frå behova til dei som bur der, også for barn og unge?",
                        en: "Are the places in use today of acceptable quality for the needs of those who live there, including children and young people?",
                    },
                    help: l! {
                        nb: "Tilbudet skal være forsvarlig ut fra den enkeltes behov. Etter rundskrivet til loven skal det gi mulighet til en selvstendig tilværelse, til å holde kontakt med nettverket og til å være i arbeid. Senere tilsyn ga avvik der husværet ikke holdt minstestandard.",
                        nn: "Tilbodet skal vere forsvarleg ut frå behova til den einskilde. Etter rundskrivet til lova skal det gje høve til eit sjølvstendig liv, til å halde kontakt med nettverket og til å vere i arbeid. Seinare tilsyn gav avvik der husværet ikkje heldt minstestandard.",
                        en: "The accommodation must be acceptable for the individual's needs. According to the circular on the Act, it must allow an independent life, keeping in touch with one's network and staying in work. Later audits found breaches where the accommodation did not meet a minimum standard.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Alle steder som brukes, er besøkt det siste året og vurdert som forsvarlige for dem som bor der: trygge, rene og med tilgang til bad og WC. Barnefamilier og unge blir ikke plassert på steder med aktiv rusmiddelbruk eller uten tilsyn.",
                            nn: "Alle stader som blir brukte, er besøkte det siste året og vurderte som forsvarlege for dei som bur der: trygge, reine og med tilgang til bad og WC. Barnefamiliar og unge blir ikkje plasserte på stader med aktiv rusmiddelbruk eller utan tilsyn.",
                            en: "Every place in use has been visited in the last year and judged acceptable for those who live there: safe, clean and with access to a bathroom and toilet. Families with children and young people are not placed where there is active substance use or no supervision.",
                        },
                        partly: l! {
                            nb: "De fleste stedene holder mål, men minst ett sted som fortsatt brukes, har kjente mangler; eller kvaliteten for barn og unge er ikke vurdert særskilt.",
                            nn: "Dei fleste stadene held mål, men minst éin stad som framleis blir brukt, har kjende manglar; eller kvaliteten for barn og unge er ikkje vurdert særskilt.",
                            en: "Most places are acceptable, but at least one place still in use has known shortcomings; or quality for children and young people has not been assessed separately.",
                        },
                        evidence: l! {
                            nb: "Rapporter fra besøk på stedene; klager og avviksmeldinger fra beboere; oversikt over hvor barnefamilier og unge har bodd det siste året; samtaler med beboere.",
                            nn: "Rapportar frå besøk på stadene; klager og avviksmeldingar frå bebuarar; oversikt over kvar barnefamiliar og unge har budd det siste året; samtalar med bebuarar.",
                            en: "Reports of visits to the places; complaints and incident reports from residents; a record of where families with children and young people have stayed in the last year; conversations with residents.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5; rundskriv U-5/2003", today: &["sotjl. § 27"], supports: &[], guidance: &[R35], certainty: Verified },
                    sources: &[CircularR35, CircularU5, CountyReports],
                    areas: &[Content],
                },
                Question {
                    id: "t3.quality-criteria",
                    text: l! {
                        nb: "Finnes det skriftlige kvalitetskrav til stedene, for eksempel eget låsbart rom, bad og WC, mulighet til å lage mat, rent sengetøy, tilsyn og brannsikkerhet?",
                        nn: "Finst det skriftlege kvalitetskrav til stadene, til dømes eige låsbart rom, bad og WC, høve til å lage mat, reine sengeklede, tilsyn og brannsikring?",
                        en: "Are there written quality requirements for the places, such as a lockable room of one's own, a bathroom and toilet, cooking facilities, clean bedding, supervision and fire safety?",
                    },
                    help: l! {
                        nb: "Sosialtjenesteloven § 27 fastsetter ingen minstestandard. Rundskriv U-5/2003 til den gamle loven ga kvalitetskrav og en modellavtale for døgnovernatting. Skriftlige krav gjør det mulig å vurdere og følge opp kvaliteten.",
                        nn: "Sosialtenestelova § 27 fastset ingen minstestandard. Rundskriv U-5/2003 til den gamle lova gav kvalitetskrav og ein modellavtale for døgnovernatting. Skriftlege krav gjer det mogleg å vurdere og følgje opp kvaliteten.",
                        en: "Section 27 of sosialtjenesteloven sets no minimum standard. Circular U-5/2003 to the former Act set quality requirements and a model contract for overnight accommodation. Written requirements make it possible to assess and follow up quality.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Kommunen har skriftlige kvalitetskrav som dekker minst rom, sanitærforhold, mat, sengetøy, tilsyn, brannsikkerhet og om stedet egner seg for barn og unge, og kravene er tatt inn i avtalene med tilbyderne.",
                            nn: "Kommunen har skriftlege kvalitetskrav som dekkjer minst rom, sanitærtilhøve, mat, sengeklede, tilsyn, brannsikring og om staden passar for barn og unge, og krava er tekne inn i avtalane med tilbydarane.",
                            en: "The municipality has written quality requirements covering at least rooms, sanitation, food, bedding, supervision, fire safety and suitability for children and young people, and they are written into the agreements with providers.",
                        },
                        partly: l! {
                            nb: "Kravene finnes, men er ufullstendige (for eksempel uten brannsikkerhet eller tilsyn), eller de er ikke tatt inn i avtalene.",
                            nn: "Krava finst, men er ufullstendige (til dømes utan brannsikring eller tilsyn), eller dei er ikkje tekne inn i avtalane.",
                            en: "Requirements exist but are incomplete (for example no fire safety or supervision), or they are not written into the agreements.",
                        },
                        evidence: l! {
                            nb: "Dokumentet med kvalitetskravene og datoen det ble vedtatt; avtalene med tilbyderne.",
                            nn: "Dokumentet med kvalitetskrava og datoen det vart vedteke; avtalane med tilbydarane.",
                            en: "The document setting out the quality requirements and the date it was adopted; the agreements with providers.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5; rundskriv U-5/2003", today: &[], supports: &["sotjl. § 27"], guidance: &[R35], certainty: Verified },
                    sources: &[CircularU5, CircularR35],
                    areas: &[Content, Requirements],
                },
                Question {
                    id: "t3.inspection",
                    text: l! {
                        nb: "Blir stedene kontrollert før de tas i bruk og deretter jevnlig, for eksempel gjennom kvalitetsavtaler?",
                        nn: "Blir stadene kontrollerte før dei blir tekne i bruk og deretter jamleg, til dømes gjennom kvalitetsavtalar?",
                        en: "Are the places inspected before they are used and regularly afterwards, for example through quality agreements?",
                    },
                    help: l! {
                        nb: "Rundskriv U-5/2003 pekte på at mange av tilbudene kommunene brukte, var dyre og dårlige og hadde svak kontroll. Uten kontroll vet ikke kommunen om kravene blir holdt.",
                        nn: "Rundskriv U-5/2003 peika på at mange av tilboda kommunane brukte, var dyre og dårlege og hadde svak kontroll. Utan kontroll veit ikkje kommunen om krava blir haldne.",
                        en: "Circular U-5/2003 pointed out that many of the places municipalities used were expensive and poor, with weak control. Without inspection the municipality does not know whether its requirements are met.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Alle steder som brukes, ble befart før de ble tatt i bruk og befares etter en fast plan (for eksempel årlig). Funn blir fulgt opp skriftlig med frist, og steder som ikke retter mangler, blir ikke brukt.",
                            nn: "Alle stader som blir brukte, vart synfarne før dei vart tekne i bruk og blir synfarne etter ein fast plan (til dømes kvart år). Funn blir følgde opp skriftleg med frist, og stader som ikkje rettar manglar, blir ikkje brukte.",
                            en: "Every place in use was inspected before first use and is inspected on a set schedule (for example yearly). Findings are followed up in writing with a deadline, and places that do not put shortcomings right are no longer used.",
                        },
                        partly: l! {
                            nb: "Stedene befares, men ikke etter fast plan, eller funn blir ikke fulgt opp skriftlig.",
                            nn: "Stadene blir synfarne, men ikkje etter fast plan, eller funn blir ikkje følgde opp skriftleg.",
                            en: "Places are inspected, but not on a set schedule, or findings are not followed up in writing.",
                        },
                        evidence: l! {
                            nb: "Kvalitetsavtaler; befaringsrapporter med dato; oppfølging av funn (brev, frister, eventuelt avsluttede avtaler).",
                            nn: "Kvalitetsavtalar; synfaringsrapportar med dato; oppfølging av funn (brev, fristar, eventuelt avslutta avtalar).",
                            en: "Quality agreements; dated inspection reports; follow-up of findings (letters, deadlines, any agreements ended).",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[Nav],
                    basis: LegalBasis { then: "sotjl. 1991 § 4-5; rundskriv U-5/2003", today: &[], supports: &["sotjl. § 27"], guidance: &[R35], certainty: Verified },
                    sources: &[CircularU5],
                    areas: &[Content, Knowledge],
                },
            ],
        },
        SubArea {
            title: l! { nb: "Vedtak og veien videre", nn: "Vedtak og vegen vidare", en: "Decisions and the next step" },
            questions: &[
                Question {
                    id: "t3.decisions",
                    text: l! {
                        nb: "Blir tildeling og avslag på midlertidig botilbud gjort som skriftlige enkeltvedtak med begrunnelse og klageopplysninger?",
                        nn: "Blir tildeling og avslag på mellombels butilbod gjorde som skriftlege enkeltvedtak med grunngiving og klageopplysningar?",
                        en: "Are grants and refusals of temporary accommodation made as written individual decisions with reasons and information on how to appeal?",
                    },
                    help: l! {
                        nb: "Nav-kontorets vedtak etter sosialtjenesteloven følger forvaltningsloven (sosialtjenesteloven § 41). Vedtaket skal være skriftlig og begrunnet og opplyse om klageretten, klagefristen på tre uker, at klagen sendes til Nav-kontoret, og at statsforvalteren er klageinstans. Også hastevedtak og vedtak om å stanse et tilbud kan påklages. Sivilombudet kritiserte i 2025 en kommune for mangelfull saksbehandling da en beboer ble utestengt fra et midlertidig botilbud.",
                        nn: "Vedtaka Nav-kontoret gjer etter sosialtenestelova, følgjer forvaltningslova (sosialtenestelova § 41). Vedtaket skal vere skriftleg og grunngjeve og opplyse om klageretten, klagefristen på tre veker, at klaga skal sendast til Nav-kontoret, og at statsforvaltaren er klageinstans. Også hastevedtak og vedtak om å stanse eit tilbod kan klagast på. Sivilombodet kritiserte i 2025 ein kommune for mangelfull sakshandsaming då ein bebuar vart utestengd frå eit mellombels butilbod.",
                        en: "Nav office decisions under sosialtjenesteloven follow forvaltningsloven (the Public Administration Act), under section 41 of sosialtjenesteloven. A decision must be in writing, give reasons and state the right of appeal, the three-week time limit, that the appeal is sent to the Nav office, and that the County Governor decides it. Urgent decisions and decisions to stop a placement can be appealed too. In 2025 the Parliamentary Ombud criticised a municipality for poor case handling when a resident was excluded from temporary accommodation.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "I en stikkprøve av vedtak om midlertidig botilbud (tildeling, avslag og stans) er alle skriftlige, viser til sosialtjenesteloven § 27, er begrunnet og opplyser om klagerett, klagefrist (tre uker), hvor klagen sendes, og at statsforvalteren er klageinstans. Muntlige hastevedtak blir skrevet ned og sendt brukeren i etterkant.",
                            nn: "I ei stikkprøve av vedtak om mellombels butilbod (tildeling, avslag og stans) er alle skriftlege, viser til sosialtenestelova § 27, er grunngjevne og opplyser om klagerett, klagefrist (tre veker), kvar klaga skal sendast, og at statsforvaltaren er klageinstans. Munnlege hastevedtak blir skrivne ned og sende til brukaren i etterkant.",
                            en: "In a sample of decisions on temporary accommodation (grants, refusals and stops), all are in writing, refer to section 27 of sosialtjenesteloven, give reasons, and state the right of appeal, the time limit (three weeks), where to send the appeal and that the County Governor decides it. Urgent oral decisions are written down and sent to the user afterwards.",
                        },
                        partly: l! {
                            nb: "De fleste vedtakene holder kravene, men noen mangler begrunnelse eller klageopplysninger; eller stans og utestenging skjer uten vedtak.",
                            nn: "Dei fleste vedtaka held krava, men nokre manglar grunngiving eller klageopplysningar; eller stans og utestenging skjer utan vedtak.",
                            en: "Most decisions meet the requirements, but some lack reasons or appeal information; or placements are stopped or residents excluded without a decision.",
                        },
                        evidence: l! {
                            nb: "Stikkprøve av 10 nylige vedtak (tildeling, avslag og stans); vedtaksmalen; rutinen for hastevedtak utenom kontortid.",
                            nn: "Stikkprøve av 10 nye vedtak (tildeling, avslag og stans); vedtaksmalen; rutinen for hastevedtak utanom kontortid.",
                            en: "A sample of 10 recent decisions (grants, refusals and stops); the decision template; the procedure for urgent decisions outside office hours.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-5; forvaltningsloven §§ 2, 23–25 og 27",
                        today: &["sotjl. § 27", "sotjl. § 41", "fvl. §§ 23–25 og 27", "fvl. § 29"],
                        supports: &[],
                        guidance: &[R35],
                        certainty: Verified,
                    },
                    sources: &[AdminAct, CircularR35, Ombud2025],
                    areas: &[Requirements],
                },
                Question {
                    id: "t3.towards-permanent",
                    text: l! {
                        nb: "Starter arbeidet med å skaffe en varig bolig mens personen ennå bor i midlertidig botilbud?",
                        nn: "Byrjar arbeidet med å skaffe ein varig bustad medan personen framleis bur i mellombels butilbod?",
                        en: "Does work to find a permanent home start while the person is still in temporary accommodation?",
                    },
                    help: l! {
                        nb: "Midlertidig botilbud er for akutte situasjoner, ikke for lang tid. Siden 1. juli 2023 har den som er vanskeligstilt på boligmarkedet, rett til individuelt tilpasset hjelp til å skaffe eller beholde en bolig etter boligsosialloven § 6, og kommunen skal samordne tjenestene sine (§ 5). Nav skal medvirke i kommunens boligsosiale arbeid (sosialtjenesteloven § 15). Helse- og omsorgstjenesteloven § 3-7 er opphevet.",
                        nn: "Mellombels butilbod er for akutte situasjonar, ikkje for lang tid. Sidan 1. juli 2023 har den som er vanskelegstilt på bustadmarknaden, rett til individuelt tilpassa hjelp til å skaffe eller halde på ein bustad etter boligsosialloven § 6, og kommunen skal samordne tenestene sine (§ 5). Nav skal medverke i det bustadsosiale arbeidet i kommunen (sosialtenestelova § 15). Helse- og omsorgstenestelova § 3-7 er oppheva.",
                        en: "Temporary accommodation is for acute situations, not for long. Since 1 July 2023 anyone disadvantaged in the housing market has had a right to individually adapted help to obtain or keep a home under section 6 of boligsosialloven, and the municipality must coordinate its services (section 5). Nav must take part in the municipality's social housing work (section 15 of sosialtjenesteloven). Section 3-7 of helse- og omsorgstjenesteloven (the Health and Care Services Act) has been repealed.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "For hver person i midlertidig botilbud er det innen kort tid vurdert og skrevet ned hvilken hjelp til varig bolig personen trenger, og hjelpen er satt i gang (for eksempel søknad om kommunal bolig, startlån, bostøtte eller visninger). Ansvaret mellom Nav og enheten som har ansvaret etter boligsosialloven, er avklart skriftlig.",
                            nn: "For kvar person i mellombels butilbod er det innan kort tid vurdert og skrive ned kva hjelp til varig bustad personen treng, og hjelpa er sett i gang (til dømes søknad om kommunal bustad, startlån, bustøtte eller visingar). Ansvaret mellom Nav og eininga som har ansvaret etter boligsosialloven, er avklart skriftleg.",
                            en: "For each person in temporary accommodation, the help they need to find a permanent home is assessed and recorded within a short time, and that help has started (for example an application for municipal housing, a start-up loan, housing benefit or viewings). Responsibilities between Nav and the unit responsible under boligsosialloven are agreed in writing.",
                        },
                        partly: l! {
                            nb: "Hjelp til varig bolig blir gitt, men ofte først etter lang tid i midlertidig botilbud; eller ansvarsdelingen mellom Nav og boligtjenesten er uklar.",
                            nn: "Hjelp til varig bustad blir gjeven, men ofte først etter lang tid i mellombels butilbod; eller ansvarsdelinga mellom Nav og bustadtenesta er uklar.",
                            en: "Help towards a permanent home is given, but often only after a long time in temporary accommodation; or the division of responsibility between Nav and the housing service is unclear.",
                        },
                        evidence: l! {
                            nb: "Stikkprøve av sakene med lengst botid: journalnotater om boligplan og tiltak; kommunens delegering og rutine etter boligsosialloven; avtale eller rutine mellom Nav og boligtjenesten.",
                            nn: "Stikkprøve av sakene med lengst butid: journalnotat om bustadplan og tiltak; delegeringa og rutinen i kommunen etter boligsosialloven; avtale eller rutine mellom Nav og bustadtenesta.",
                            en: "A sample of the cases with the longest stays: case notes on the housing plan and measures; the municipality's delegation and procedure under boligsosialloven; an agreement or procedure between Nav and the housing service.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Municipality, Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 3-4; rundskriv U-5/2003",
                        today: &["boligsosialloven § 6", "boligsosialloven § 5", "sotjl. § 15"],
                        supports: &[],
                        guidance: &[R35],
                        certainty: Verified,
                    },
                    sources: &[CircularU5, CurrentLaw, Seed2007],
                    areas: &[Coherence, Content],
                },
                Question {
                    id: "t3.length-of-stay",
                    text: l! {
                        nb: "Har Nav en løpende oversikt over hvor lenge hver person har bodd i midlertidig botilbud?",
                        nn: "Har Nav ei løpande oversikt over kor lenge kvar person har budd i mellombels butilbod?",
                        en: "Does Nav keep a running record of how long each person has stayed in temporary accommodation?",
                    },
                    help: l! {
                        nb: "Midlertidig botilbud er ment for kort tid. Uten oversikt over botiden blir lange opphold ikke oppdaget. Tallene er også nyttige for kommunens oversikt over boligbehovet etter boligsosialloven § 5.",
                        nn: "Mellombels butilbod er meint for kort tid. Utan oversikt over butida blir lange opphald ikkje oppdaga. Tala er også nyttige for oversikta kommunen skal ha over bustadbehovet etter boligsosialloven § 5.",
                        en: "Temporary accommodation is meant for a short time. Without a record of the length of stay, long stays go unnoticed. The figures also help the municipality's overview of housing needs under section 5 of boligsosialloven.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Oversikten viser innflyttingsdato for alle som bor midlertidig, blir gått gjennom jevnlig (for eksempel hver måned), og lange opphold (for eksempel over tre måneder) fører til en ny vurdering av boligplanen.",
                            nn: "Oversikta viser innflyttingsdato for alle som bur mellombels, blir gått gjennom jamleg (til dømes kvar månad), og lange opphald (til dømes over tre månader) fører til ei ny vurdering av bustadplanen.",
                            en: "The record shows the move-in date of everyone in temporary accommodation, is reviewed regularly (for example monthly), and long stays (for example over three months) lead to a new review of the housing plan.",
                        },
                        partly: l! {
                            nb: "Botiden kan finnes i sakene, men det finnes ingen samlet oversikt, eller oversikten blir ikke brukt til å følge opp lange opphold.",
                            nn: "Butida kan finnast i sakene, men det finst inga samla oversikt, eller oversikta blir ikkje brukt til å følgje opp lange opphald.",
                            en: "The length of stay can be found in the case files, but there is no overall record, or the record is not used to follow up long stays.",
                        },
                        evidence: l! {
                            nb: "Oversikten over botid med dato; referater fra gjennomgangene; tall som er brukt i kommunens oversikt over boligbehovet.",
                            nn: "Oversikta over butid med dato; referat frå gjennomgangane; tal som er brukte i oversikta kommunen har over bustadbehovet.",
                            en: "The length-of-stay record with its date; notes of the reviews; figures used in the municipality's overview of housing needs.",
                        },
                    },
                    requirement: GoodPractice,
                    duty: &[Nav],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 4-5; rundskriv U-5/2003",
                        today: &[],
                        supports: &["sotjl. § 27", "boligsosialloven § 5"],
                        guidance: &[R35],
                        certainty: Verified,
                    },
                    sources: &[CircularU5, CircularR35],
                    areas: &[Knowledge],
                },
                Question {
                    id: "t3.housing-help-decision",
                    text: l! {
                        nb: "Blir søknader om hjelp til å skaffe eller beholde en bolig behandlet som enkeltvedtak etter boligsosialloven § 6, med klagerett til statsforvalteren?",
                        nn: "Blir søknader om hjelp til å skaffe eller halde på ein bustad handsama som enkeltvedtak etter boligsosialloven § 6, med klagerett til statsforvaltaren?",
                        en: "Are applications for help to obtain or keep a home decided as individual decisions under section 6 of boligsosialloven, with a right of appeal to the County Governor?",
                    },
                    help: l! {
                        nb: "Denne retten kom med boligsosialloven 1. juli 2023, og 2004-tilsynet kunne ikke spørre om den. Kommunen velger selv hvilken enhet som har ansvaret, men må kunne si hvem som behandler søknadene. Alle i kommunen og på Nav-kontoret må kjenne loven, slik at de kan fange opp behovet og vise videre til rett sted.",
                        nn: "Denne retten kom med boligsosialloven 1. juli 2023, og 2004-tilsynet kunne ikkje spørje om han. Kommunen vel sjølv kva eining som har ansvaret, men må kunne seie kven som handsamar søknadene. Alle i kommunen og på Nav-kontoret må kjenne lova, slik at dei kan fange opp behovet og vise vidare til rett stad.",
                        en: "This right came with boligsosialloven on 1 July 2023, so the 2004 audit could not ask about it. The municipality decides which unit is responsible, but must be able to say who decides the applications. Everyone in the municipality and the Nav office must know the Act, so that they can spot the need and refer people to the right place.",
                    },
                    criteria: Criteria {
                        yes: l! {
                            nb: "Det er skriftlig bestemt hvilken enhet som behandler søknader etter boligsosialloven § 6, og det står i informasjonen til innbyggerne. En stikkprøve viser at søknadene ender i skriftlige, begrunnede vedtak som beskriver hvilken hjelp som gis, med klageopplysninger.",
                            nn: "Det er skriftleg fastsett kva eining som handsamar søknader etter boligsosialloven § 6, og det står i informasjonen til innbyggjarane. Ei stikkprøve viser at søknadene endar i skriftlege, grunngjevne vedtak som skildrar kva hjelp som blir gjeven, med klageopplysningar.",
                            en: "It is decided in writing which unit handles applications under section 6 of boligsosialloven, and this is stated in the information to residents. A sample shows that applications end in written decisions with reasons that describe the help given, with information on how to appeal.",
                        },
                        partly: l! {
                            nb: "Ansvaret er plassert, men hjelpen blir ofte gitt uten vedtak; eller vedtakene beskriver ikke hjelpen eller mangler klageopplysninger; eller Nav og helse- og omsorgstjenesten vet ikke hvor de skal vise folk.",
                            nn: "Ansvaret er plassert, men hjelpa blir ofte gjeven utan vedtak; eller vedtaka skildrar ikkje hjelpa eller manglar klageopplysningar; eller Nav og helse- og omsorgstenesta veit ikkje kvar dei skal vise folk.",
                            en: "Responsibility is assigned, but help is often given without a decision; or decisions do not describe the help or lack appeal information; or Nav and the health and care service do not know where to refer people.",
                        },
                        evidence: l! {
                            nb: "Delegeringsvedtak eller organisasjonskart for boligsosialloven; informasjonen på kommunens nettsider; stikkprøve av vedtak etter § 6; eventuelle klagesaker hos statsforvalteren.",
                            nn: "Delegeringsvedtak eller organisasjonskart for boligsosialloven; informasjonen på nettsidene til kommunen; stikkprøve av vedtak etter § 6; eventuelle klagesaker hos statsforvaltaren.",
                            en: "The delegation decision or organisation chart for boligsosialloven; the information on the municipality's website; a sample of decisions under section 6; any appeal cases at the County Governor.",
                        },
                    },
                    requirement: Legal,
                    duty: &[Municipality],
                    basis: LegalBasis {
                        then: "sotjl. 1991 § 3-4 (medvirkning til å skaffe bolig; ingen rett til vedtak om boligsosial bistand)",
                        today: &["boligsosialloven § 6", "fvl. §§ 23–25 og 27"],
                        supports: &[],
                        guidance: &[],
                        certainty: Verified,
                    },
                    sources: &[CurrentLaw],
                    areas: &[Requirements, Accessibility],
                },
            ],
        },
    ],
};
