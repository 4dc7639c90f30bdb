//! Scores per theme and area, the action plan and its CSV, computed from the bank and one assessment.

use super::answers::{ActionItem, ActionStatus, Answer, Assessment};
use super::bank::{self, CrossArea, Question, Requirement, Theme, ThemeId};
use super::findings::{holds, standing, DutyFilter, Standing};
use super::lang::{Lang, L};
use super::scoring::{score, Score};

impl Answer {
    pub fn label(self) -> &'static L {
        match self {
            Answer::Yes => &l! { nb: "Ja", nn: "Ja", en: "Yes" },
            Answer::Partly => &l! { nb: "Delvis", nn: "Delvis", en: "Partly" },
            Answer::No => &l! { nb: "Nei", nn: "Nei", en: "No" },
            Answer::DontKnow => &l! { nb: "Vet ikke", nn: "Veit ikkje", en: "Don't know" },
            Answer::NotRelevant => &l! { nb: "Ikke relevant", nn: "Ikkje relevant", en: "Not relevant" },
        }
    }

    /// Within one standing, a clear Nei before a Delvis.
    fn severity(self) -> u8 {
        match self {
            Answer::No => 0,
            Answer::Partly => 1,
            Answer::DontKnow => 2,
            Answer::Yes | Answer::NotRelevant => 3,
        }
    }
}

impl ActionStatus {
    pub fn label(self) -> &'static L {
        match self {
            ActionStatus::NotStarted => &l! { nb: "Ikke startet", nn: "Ikkje starta", en: "Not started" },
            ActionStatus::InProgress => &l! { nb: "Pågår", nn: "Pågår", en: "In progress" },
            ActionStatus::Done => &l! { nb: "Gjennomført", nn: "Gjennomført", en: "Done" },
            ActionStatus::Verified => &l! { nb: "Kontrollert at det virker", nn: "Kontrollert at det verkar", en: "Checked that it works" },
        }
    }
}

impl Requirement {
    pub fn label(self) -> &'static L {
        match self {
            Requirement::Legal => &l! { nb: "Lovkrav", nn: "Lovkrav", en: "Legal requirement" },
            Requirement::GoodPractice => &l! { nb: "God praksis", nn: "God praksis", en: "Good practice" },
        }
    }
}

pub fn theme_scores(a: &Assessment) -> Vec<(&'static Theme, Score)> {
    bank::themes().iter().map(|t| (*t, score(t.questions(), a))).collect()
}

pub fn area_scores(a: &Assessment) -> Vec<(CrossArea, Score)> {
    CrossArea::ALL
        .into_iter()
        .map(|area| (area, score(bank::all_questions().filter(|q| q.areas.contains(&area)), a)))
        .collect()
}

pub fn overall(a: &Assessment) -> Score {
    score(bank::all_questions(), a)
}

/// One line of the action plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub theme: ThemeId,
    /// 1-based position within the theme, for the link to the question.
    pub n: usize,
    pub question: &'static Question,
    pub answer: Answer,
    pub standing: Standing,
    pub note: String,
    pub action: ActionItem,
    /// Carried from last year and not yet confirmed.
    pub carried: bool,
}

/// Every answered gap in order of importance: unmet legal requirements (Nei before Delvis), legal requirements to
/// check, unmet good practice, good practice not checked; within each, bank order. The report's "five most
/// important actions" are the first five.
pub fn gaps(a: &Assessment) -> Vec<Gap> {
    let mut out: Vec<(usize, Gap)> = bank::themes()
        .iter()
        .flat_map(|t| t.questions().enumerate().map(move |(i, q)| (t.id, i + 1, q)))
        .enumerate()
        .filter_map(|(i, (theme, n, q))| {
            let r = a.response(q.id)?;
            let answer = r.answer.filter(|x| x.is_gap())?;
            let standing = standing(q, Some(answer))?;
            Some((i, Gap { theme, n, question: q, answer, standing, note: r.note.clone(), action: r.action.clone(), carried: a.to_confirm.contains(q.id) }))
        })
        .collect();
    out.sort_by_key(|(i, g)| (g.standing, g.answer.severity(), *i));
    out.into_iter().map(|(_, g)| g).collect()
}

/// The action plan as shown: one duty holder's lines, or one theme's, or the first `limit` (the report's five most
/// important actions).
pub fn plan(a: &Assessment, duty: DutyFilter, theme: Option<ThemeId>, limit: Option<usize>) -> Vec<Gap> {
    gaps(a)
        .into_iter()
        .filter(|g| holds(g.question, duty) && theme.is_none_or(|th| g.theme == th))
        .take(limit.unwrap_or(usize::MAX))
        .collect()
}

/// The report's five most important actions: the most serious gaps that have an action written down. A gap with
/// no action yet is not an action; it stands in the list of unmet requirements instead.
pub fn top_actions(a: &Assessment, duty: DutyFilter) -> Vec<Gap> {
    plan(a, duty, None, None).into_iter().filter(|g| !g.action.what.trim().is_empty()).take(5).collect()
}

const CSV_HEADERS: [L; 13] = [
    l! { nb: "Tema", nn: "Tema", en: "Theme" },
    l! { nb: "Spørsmål-ID", nn: "Spørsmål-ID", en: "Question ID" },
    l! { nb: "Spørsmål", nn: "Spørsmål", en: "Question" },
    l! { nb: "Svar", nn: "Svar", en: "Answer" },
    l! { nb: "Krav", nn: "Krav", en: "Requirement" },
    l! { nb: "Tiltak", nn: "Tiltak", en: "Action" },
    l! { nb: "Ansvarlig", nn: "Ansvarleg", en: "Owner" },
    l! { nb: "Frist", nn: "Frist", en: "Deadline" },
    l! { nb: "Status", nn: "Status", en: "Status" },
    l! { nb: "Slik kontrollerer ledelsen effekten", nn: "Slik kontrollerer leiinga effekten", en: "How management checks the effect" },
    l! { nb: "Overført svar ikke bekreftet", nn: "Overført svar ikkje stadfesta", en: "Carried answer not confirmed" },
    l! { nb: "Hjemmel i dag", nn: "Heimel i dag", en: "Legal basis today" },
    l! { nb: "Hjemmel i tilsynet 2004 (historisk)", nn: "Heimel i tilsynet 2004 (historisk)", en: "Basis in the 2004 audit (history)" },
];

/// A cell that a spreadsheet reads as text: quoted, and never taken as a formula.
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// The action plan as CSV for Excel and LibreOffice with Norwegian settings: UTF-8 with BOM (so æøå survive),
/// semicolons (the comma is the decimal sign there), CRLF line ends.
pub fn action_plan_csv(a: &Assessment, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = CSV_HEADERS.iter().map(|h| cell(h.get(lang))).collect();
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    // Every gap first, in order of importance; then actions kept on questions that are no longer gaps (done and
    // answered Ja), so no action's fields are lost from the file.
    let gap_rows = gaps(a);
    let rest = super::actions::rows(a).into_iter().filter(|r| !gap_rows.iter().any(|g| g.question.id == r.question.id));
    let lines = gap_rows
        .iter()
        .map(|g| (g.theme, g.question, Some(g.answer), g.action.clone()))
        .chain(rest.map(|r| (r.theme, r.question, r.answer, r.action)))
        .collect::<Vec<_>>();
    let yes = Answer::Yes.label().get(lang);
    for (theme, q, answer, action) in lines {
        let today = q.basis.today.join("; ");
        let unconfirmed = if a.to_confirm.contains(q.id) { yes } else { "" };
        let row = [
            bank::theme(theme).title.get(lang),
            q.id,
            q.text.get(lang),
            answer.map_or("", |x| x.label().get(lang)),
            q.requirement.label().get(lang),
            &action.what,
            &action.who,
            &action.due,
            action.status.label().get(lang),
            &action.check,
            unconfirmed,
            &today,
            q.basis.then,
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    out
}
