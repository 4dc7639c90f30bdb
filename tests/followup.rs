//! Issue 16: actions with a life, the calendar file, next year's review and change over time.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::actions::{self, ActionFilter};
use egenvurdering_rus::model::answers::{ActionField, ActionStatus, Answer, Assessment};
use egenvurdering_rus::model::bank::{self, DutyHolder, ThemeId};
use egenvurdering_rus::model::compare::closed_actions;
use egenvurdering_rus::model::ics::{calendar, escape, fold};
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::limits::{self, Field, Problem};
use egenvurdering_rus::model::report::action_plan_csv;
use egenvurdering_rus::model::route::Route;
use egenvurdering_rus::model::trend::{municipalities, trend};

fn q(theme: ThemeId, i: usize) -> &'static str {
    bank::theme(theme).questions().nth(i).expect("question").id
}

fn with_action(a: &mut Assessment, id: &str, what: &str, who: &str, due: &str, status: ActionStatus) {
    a.set_answer(id, Some(Answer::No));
    a.set_action(id, ActionField::What, what);
    a.set_action(id, ActionField::Who, who);
    a.set_action(id, ActionField::Due, due);
    a.set_action_status(id, status);
}

fn sample() -> Assessment {
    let mut a = Assessment::new("a1".into(), "Lillevik", "2026-03-01", "2026-03-01T10:00:00.000Z");
    with_action(&mut a, q(ThemeId::Guidance, 0), "Skriv rutine; del den, og lær opp", "Kari Nordmann", "2026-06-30", ActionStatus::InProgress);
    with_action(&mut a, q(ThemeId::Housing, 0), "Boligplan", "kari nordmann ", "2027-02-01", ActionStatus::NotStarted);
    with_action(&mut a, q(ThemeId::Support, 0), "Samarbeidsavtale", "Ola", "2026-01-15", ActionStatus::Done);
    a
}

// ---- the calendar file, parsed back as a calendar client would ----

/// Physical lines, each checked for CRLF and the 75-octet limit, unfolded into logical lines.
fn unfold(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    let body = &ics[..ics.len() - 2];
    let mut out: Vec<String> = Vec::new();
    for line in body.split("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'), "bare line break in {line:?}");
        assert!(line.len() <= 75, "line over 75 octets: {} {line:?}", line.len());
        if let Some(rest) = line.strip_prefix(' ') {
            out.last_mut().expect("continuation after a line").push_str(rest);
        } else {
            out.push(line.to_owned());
        }
    }
    out
}

fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut it = v.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(x @ ('\\' | ';' | ',')) => out.push(x),
                other => panic!("bad escape \\{other:?} in {v:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped {c:?} in {v:?}");
            out.push(c);
        }
    }
    out
}

fn events(lines: &[String]) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut cur: Option<Vec<(String, String)>> = None;
    for l in lines {
        match l.as_str() {
            "BEGIN:VEVENT" => cur = Some(Vec::new()),
            "END:VEVENT" => out.push(cur.take().expect("open event")),
            _ => {
                if let Some(c) = cur.as_mut() {
                    let (k, v) = l.split_once(':').expect("name:value");
                    c.push((k.to_owned(), v.to_owned()));
                }
            }
        }
    }
    out
}

fn prop<'a>(e: &'a [(String, String)], k: &str) -> &'a str {
    e.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str()).unwrap_or_else(|| panic!("no {k}"))
}

#[test]
fn calendar_has_one_all_day_event_per_deadline_with_stable_uids() {
    let mut a = sample();
    // An action without a deadline has no event.
    with_action(&mut a, q(ThemeId::FollowUp, 0), "Uten frist", "Per", "", ActionStatus::NotStarted);
    let ics = calendar(&actions::rows(&a), &a.id, &a.municipality, "2026-12-01T05:30:07.123Z", Lang::Nb);
    let lines = unfold(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.iter().any(|l| l == "VERSION:2.0"));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    assert!(lines.iter().any(|l| l == "X-WR-TIMEZONE:Europe/Oslo"));
    let ev = events(&lines);
    assert_eq!(ev.len(), 3);
    let mut uids: Vec<&str> = ev.iter().map(|e| prop(e, "UID")).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), 3, "UIDs unique");
    for e in &ev {
        assert_eq!(prop(e, "DTSTAMP"), "20261201T053007Z");
        assert!(prop(e, "UID").starts_with("a1-"));
    }
    let first = ev.iter().find(|e| prop(e, "DTSTART;VALUE=DATE") == "20260630").expect("June event");
    assert_eq!(unescape(prop(first, "SUMMARY")), "Frist for tiltak: Skriv rutine; del den, og lær opp");
    let desc = unescape(prop(first, "DESCRIPTION"));
    assert!(desc.contains("\nAnsvarlig: Kari Nordmann\nStatus: Pågår"), "{desc}");
    // The same assessment gives the same UIDs on a second download, so calendars update instead of doubling.
    let again = calendar(&actions::rows(&a), &a.id, &a.municipality, "2026-12-02T00:00:00.000Z", Lang::Nb);
    let uids2: Vec<String> = events(&unfold(&again)).iter().map(|e| prop(e, "UID").to_owned()).collect();
    assert_eq!(ev.iter().map(|e| prop(e, "UID").to_owned()).collect::<Vec<_>>(), uids2);
}

#[test]
fn escaping_covers_backslash_semicolon_comma_and_newlines() {
    assert_eq!(escape(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(escape("line1\r\nline2\nline3\rline4"), r"line1\nline2\nline3\nline4");
    assert_eq!(unescape(&escape("x\\;,\n:y")), "x\\;,\n:y");
}

#[test]
fn folding_never_splits_a_character_and_keeps_75_octets() {
    for text in ["æ".repeat(100), format!("A{}", "ø".repeat(80)), "🙂".repeat(40), "x".repeat(300)] {
        let folded = fold(&format!("SUMMARY:{text}"));
        let lines = unfold(&folded); // asserts ≤ 75 octets per physical line
        assert_eq!(lines, vec![format!("SUMMARY:{text}")]);
        for part in folded.split("\r\n") {
            assert!(std::str::from_utf8(part.as_bytes()).is_ok());
        }
    }
    assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
}

#[test]
fn long_multilingual_actions_fold_and_parse_back() {
    let mut a = Assessment::new("a2".into(), "Æøå, kommune; \\ test", "2026-03-01", "");
    let what = "Øke bemanningen, lage «rutine»; kontrollere\\følge opp — ".repeat(5);
    with_action(&mut a, q(ThemeId::Guidance, 1), &what, "Åse", "2027-01-31", ActionStatus::NotStarted);
    a.set_action(q(ThemeId::Guidance, 1), ActionField::Check, "Stikkprøve\nti saker, juni");
    let ics = calendar(&actions::rows(&a), &a.id, &a.municipality, "2026-12-01T05:30:00.000Z", Lang::En);
    let lines = unfold(&ics);
    let ev = events(&lines);
    assert_eq!(unescape(prop(&ev[0], "SUMMARY")), format!("Action deadline: {}", what.trim()));
    assert!(unescape(prop(&ev[0], "DESCRIPTION")).ends_with("How management checks the effect: Stikkprøve\nti saker, juni"));
    let name = lines.iter().find(|l| l.starts_with("X-WR-CALNAME:")).expect("name");
    assert_eq!(unescape(&name["X-WR-CALNAME:".len()..]), "Action deadline – Æøå, kommune; \\ test");
}

// ---- actions: status, overdue, filters ----

#[test]
fn overdue_is_an_open_action_past_its_deadline() {
    let a = sample();
    let late = actions::overdue(&a, "2026-12-01");
    assert_eq!(late.len(), 1, "the done action is not overdue, the future one neither");
    assert_eq!(late[0].action.what, "Skriv rutine; del den, og lær opp");
    assert!(actions::overdue(&a, "2026-06-30").is_empty(), "due today is not overdue");
    assert!(actions::overdue(&a, "").is_empty(), "unknown today makes nothing overdue");
}

#[test]
fn filters_narrow_by_theme_duty_owner_and_status() {
    let a = sample();
    assert_eq!(actions::rows(&a).len(), 3);
    let by_theme = actions::filtered(&a, &ActionFilter { theme: Some(ThemeId::Housing), ..Default::default() });
    assert_eq!(by_theme.len(), 1);
    assert_eq!(by_theme[0].theme, ThemeId::Housing);
    // Owners are typed by hand: case and spaces do not split one person into two.
    assert_eq!(actions::owners(&a), vec!["Kari Nordmann".to_owned(), "Ola".to_owned()]);
    let kari = actions::filtered(&a, &ActionFilter { owner: Some("KARI NORDMANN".into()), ..Default::default() });
    assert_eq!(kari.len(), 2);
    let done = actions::filtered(&a, &ActionFilter { status: Some(ActionStatus::Done), ..Default::default() });
    assert_eq!(done.len(), 1);
    for d in DutyHolder::ALL {
        let rows = actions::filtered(&a, &ActionFilter { duty: Some(d), ..Default::default() });
        assert!(rows.iter().all(|r| r.question.duty.contains(&d)));
        let expected = actions::rows(&a).iter().filter(|r| r.question.duty.contains(&d)).count();
        assert_eq!(rows.len(), expected);
    }
}

#[test]
fn files_from_before_status_load_with_not_started() {
    let id = q(ThemeId::Guidance, 0);
    let old = format!(r#"{{"id":"x","municipality":"M","responses":{{"{id}":{{"answer":"no","action":{{"what":"W","who":"P","due":"2026-01-01"}}}}}}}}"#);
    let a: Assessment = serde_json::from_str(&old).expect("old file loads");
    assert_eq!(a.response(id).expect("r").action.status, ActionStatus::NotStarted);
    // And an untouched action is written exactly as before, so older copies of the app can still read it.
    assert!(!serde_json::to_string(&a).expect("json").contains("status"));
    let mut b = a.clone();
    b.set_action_status(id, ActionStatus::Verified);
    let back: Assessment = serde_json::from_str(&serde_json::to_string(&b).expect("json")).expect("reload");
    assert_eq!(back.response(id).expect("r").action.status, ActionStatus::Verified);
}

#[test]
fn the_check_field_has_its_own_limit() {
    let mut a = sample();
    let id = q(ThemeId::Guidance, 0);
    a.set_action(id, ActionField::Check, &"k".repeat(limits::CHECK + 50));
    assert_eq!(a.response(id).expect("r").action.check.chars().count(), limits::CHECK);
    assert!(limits::check(&a).is_ok());
    a.responses.get_mut(id).expect("r").action.check = "k".repeat(limits::CHECK + 1);
    assert!(matches!(limits::check(&a), Err(Problem::TooLong { field: Field::ActionCheck, .. })));
}

#[test]
fn csv_keeps_status_check_and_actions_no_longer_gaps() {
    let mut a = sample();
    let yes = q(ThemeId::FollowUp, 1);
    a.set_answer(yes, Some(Answer::Yes));
    a.set_action(yes, ActionField::What, "Ferdig tiltak");
    a.set_action_status(yes, ActionStatus::Verified);
    a.set_action(yes, ActionField::Check, "Revisjon i mai");
    a.to_confirm.insert(q(ThemeId::Guidance, 0).to_owned());
    let csv = action_plan_csv(&a, Lang::Nb);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    let header: Vec<&str> = lines[0].split(';').collect();
    assert_eq!(header.len(), 13);
    assert!(lines[0].contains("\"Status\";\"Slik kontrollerer ledelsen effekten\";\"Overført svar ikke bekreftet\""));
    let row = lines.iter().find(|l| l.contains("Ferdig tiltak")).expect("non-gap action kept");
    assert!(row.contains("\"Kontrollert at det virker\";\"Revisjon i mai\""), "{row}");
    let carried = lines.iter().find(|l| l.contains("Skriv rutine")).expect("row");
    assert!(carried.contains("\"Pågår\";\"\";\"Ja\""), "{carried}");
}

// ---- next year ----

#[test]
fn carry_forward_keeps_actions_with_status_and_confirm_all_confirms_one_theme() {
    let a = sample();
    let mut next = a.carry_forward("a9".into(), "2027-03-01", "");
    assert_eq!(next.response(q(ThemeId::Guidance, 0)).expect("r").action.status, ActionStatus::InProgress);
    let carried = next.unconfirmed_count();
    assert_eq!(carried, 3);
    let ids: Vec<&str> = bank::theme(ThemeId::Guidance).questions().map(|q| q.id).collect();
    assert_eq!(next.confirm_all(ids.iter().copied()), 1);
    assert_eq!(next.unconfirmed_count(), 2);
    assert!(next.to_confirm.contains(q(ThemeId::Housing, 0)), "other themes untouched");
    assert_eq!(next.confirm_all(ids.iter().copied()), 0);
}

#[test]
fn closed_actions_are_those_open_before_and_done_now() {
    let a = sample();
    let mut b = a.carry_forward("b".into(), "2027-03-01", "");
    b.set_action_status(q(ThemeId::Guidance, 0), ActionStatus::Verified);
    let closed = closed_actions(&a, &b);
    // Support's action was done already last year: not closed in between.
    assert_eq!(closed.iter().map(|c| c.question.id).collect::<Vec<_>>(), vec![q(ThemeId::Guidance, 0)]);
    assert_eq!(closed[0].before, Some(ActionStatus::InProgress));
}

#[test]
fn a_trend_needs_three_years_of_the_same_municipality() {
    let y1 = sample();
    let mut y2 = y1.carry_forward("b".into(), "2027-03-01", "");
    y2.set_answer(q(ThemeId::Guidance, 0), Some(Answer::Yes));
    let mut list = vec![y1.clone(), y2.clone()];
    assert!(trend(&list, "Lillevik").is_none());
    let mut y3 = y2.carry_forward("c".into(), "2028-03-01", "");
    for qq in bank::theme(ThemeId::Guidance).questions() {
        y3.set_answer(qq.id, Some(Answer::Yes));
    }
    list.push(y3);
    // Another municipality and a second assessment in 2027 (earlier date) do not disturb the series.
    list.push(Assessment::new("o".into(), "Annen", "2027-01-01", ""));
    let mut early = y1.carry_forward("e".into(), "2027-01-02", "");
    early.set_answer(q(ThemeId::Guidance, 0), Some(Answer::No));
    list.push(early);
    assert_eq!(municipalities(&list), vec!["Lillevik".to_owned()]);
    let t = trend(&list, "lillevik").expect("trend");
    assert_eq!(t.years, vec![2026, 2027, 2028]);
    let guidance = &t.themes.iter().find(|(id, _)| *id == ThemeId::Guidance).expect("theme").1;
    assert_eq!(guidance[2], Some(100));
    assert!(guidance[0] < guidance[1], "2027's latest assessment counts: {guidance:?}");
}

#[test]
fn the_action_list_has_a_deep_link() {
    assert_eq!(Route::parse(&Route::Actions.to_hash()), Route::Actions);
    assert_eq!(Route::Actions.to_hash(), "#/tiltak");
    assert!(Route::Actions.needs_assessment());
}
