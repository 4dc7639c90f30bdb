//! Action deadlines as an iCalendar file (RFC 5545) for Outlook, Google and Apple calendars: one all-day event per
//! action with a deadline, so the deadlines live where the owners plan their weeks.

use super::actions::ActionRow;
use super::dates;
use super::lang::{Lang, L};

const PRODID: &str = "-//Egenvurdering rus//Tiltaksplan//NO";
/// Deadlines are days in Norway; all-day DATE values are the same day in every zone, and the calendar names its
/// zone so clients that show times use Norwegian time.
const TZID: &str = "Europe/Oslo";

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash first, so the escapes added after it are not doubled.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character; continuation lines start
/// with a space, which counts towards their 75.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let w = c.len_utf8();
        if used + w > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += w;
    }
    out.push_str("\r\n");
    out
}

/// 2026-12-01T05:30:00.000Z → 20261201T053000Z; None for anything that is not a UTC timestamp.
fn utc_stamp(iso: &str) -> Option<String> {
    let date = iso.get(..10)?;
    dates::parse(date)?;
    let time = iso.get(11..19)?;
    let ok = iso.as_bytes().get(10) == Some(&b'T') && iso.ends_with('Z') && time.bytes().filter(|b| b.is_ascii_digit()).count() == 6;
    ok.then(|| format!("{}T{}Z", date.replace('-', ""), time.replace(':', "")))
}

const SUMMARY_PREFIX: L = l! { nb: "Frist for tiltak", nn: "Frist for tiltak", en: "Action deadline" };
const QUESTION: L = l! { nb: "Funn (spørsmål)", nn: "Funn (spørsmål)", en: "Finding (question)" };
const OWNER: L = l! { nb: "Ansvarlig", nn: "Ansvarleg", en: "Owner" };
const STATUS: L = l! { nb: "Status", nn: "Status", en: "Status" };
const CHECK: L = l! { nb: "Slik kontrollerer ledelsen effekten", nn: "Slik kontrollerer leiinga effekten", en: "How management checks the effect" };

/// The calendar. `assessment_id` makes each UID stable, so a second download updates the events instead of
/// doubling them; `now` (ISO 8601 UTC) is the DTSTAMP.
pub fn calendar(rows: &[ActionRow], assessment_id: &str, municipality: &str, now: &str, lang: Lang) -> String {
    let stamp = utc_stamp(now).unwrap_or_else(|| "19700101T000000Z".into());
    let mut out = String::new();
    let mut line = |s: String| out.push_str(&fold(&s));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line(format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(&format!("{} – {}", SUMMARY_PREFIX.get(lang), municipality))));
    line(format!("X-WR-TIMEZONE:{TZID}"));
    for r in rows {
        let Some(_) = dates::parse(&r.action.due) else { continue };
        let what = r.action.what.trim();
        let what = if what.is_empty() { r.question.text.get(lang) } else { what };
        let mut desc = format!("{}: {} {}", QUESTION.get(lang), r.question.id, r.question.text.get(lang));
        if !r.action.who.trim().is_empty() {
            desc.push_str(&format!("\n{}: {}", OWNER.get(lang), r.action.who.trim()));
        }
        desc.push_str(&format!("\n{}: {}", STATUS.get(lang), r.action.status.label().get(lang)));
        if !r.action.check.trim().is_empty() {
            desc.push_str(&format!("\n{}: {}", CHECK.get(lang), r.action.check.trim()));
        }
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}-{}@egenvurdering-rus.invalid", uid_part(assessment_id), uid_part(r.question.id)));
        line(format!("DTSTAMP:{stamp}"));
        line(format!("DTSTART;VALUE=DATE:{}", r.action.due.replace('-', "")));
        line(format!("SUMMARY:{}", escape(&format!("{}: {what}", SUMMARY_PREFIX.get(lang)))));
        line(format!("DESCRIPTION:{}", escape(&desc)));
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// Ids are ASCII already; anything else is dropped so a UID never needs escaping.
fn uid_part(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')).collect()
}
