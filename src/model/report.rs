//! What the results and report pages show, computed from the bank and one assessment.

use super::answers::{ActionItem, Answer, Assessment};
use super::bank::{self, CrossArea, Question, Requirement, Theme, ThemeId};
use super::lang::{Lang, L};
use super::scoring::{score, Score};

impl Answer {
    pub fn label(self) -> &'static L {
        match self {
            Answer::Yes => &L { nb: "Ja", nn: "Ja", en: "Yes" },
            Answer::Partly => &L { nb: "Delvis", nn: "Delvis", en: "Partly" },
            Answer::No => &L { nb: "Nei", nn: "Nei", en: "No" },
            Answer::DontKnow => &L { nb: "Vet ikke", nn: "Veit ikkje", en: "Don't know" },
            Answer::NotRelevant => &L { nb: "Ikke relevant", nn: "Ikkje relevant", en: "Not relevant" },
        }
    }

    /// Order of seriousness within the action plan.
    fn severity(self) -> u8 {
        match self {
            Answer::No => 0,
            Answer::DontKnow => 1,
            Answer::Partly => 2,
            Answer::Yes | Answer::NotRelevant => 3,
        }
    }
}

impl Requirement {
    pub fn label(self) -> &'static L {
        match self {
            Requirement::Legal => &L { nb: "Lovkrav", nn: "Lovkrav", en: "Legal requirement" },
            Requirement::GoodPractice => &L { nb: "God praksis", nn: "God praksis", en: "Good practice" },
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
    pub question: &'static Question,
    pub answer: Answer,
    pub note: String,
    pub action: ActionItem,
}

/// Every gap, legal requirements first, then No before Don't know before Partly, then in bank order.
pub fn gaps(a: &Assessment) -> Vec<Gap> {
    let mut out: Vec<(usize, Gap)> = bank::themes()
        .iter()
        .flat_map(|t| t.questions().map(move |q| (t.id, q)))
        .enumerate()
        .filter_map(|(i, (theme, q))| {
            let r = a.response(q.id)?;
            let answer = r.answer.filter(|x| x.is_gap())?;
            Some((i, Gap { theme, question: q, answer, note: r.note.clone(), action: r.action.clone() }))
        })
        .collect();
    out.sort_by_key(|(i, g)| (g.question.requirement, g.answer.severity(), *i));
    out.into_iter().map(|(_, g)| g).collect()
}

const CSV_HEADERS: [L; 10] = [
    L { nb: "Tema", nn: "Tema", en: "Theme" },
    L { nb: "Spørsmål-ID", nn: "Spørsmål-ID", en: "Question ID" },
    L { nb: "Spørsmål", nn: "Spørsmål", en: "Question" },
    L { nb: "Svar", nn: "Svar", en: "Answer" },
    L { nb: "Krav", nn: "Krav", en: "Requirement" },
    L { nb: "Tiltak", nn: "Tiltak", en: "Action" },
    L { nb: "Ansvarlig", nn: "Ansvarleg", en: "Responsible" },
    L { nb: "Frist", nn: "Frist", en: "Deadline" },
    L { nb: "Hjemmel 2004", nn: "Heimel 2004", en: "Legal basis 2004" },
    L { nb: "Hjemmel i dag", nn: "Heimel i dag", en: "Legal basis today" },
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
    for g in gaps(a) {
        let today = g.question.basis.today.join("; ");
        let row = [
            bank::theme(g.theme).title.get(lang),
            g.question.id,
            g.question.text.get(lang),
            g.answer.label().get(lang),
            g.question.requirement.label().get(lang),
            &g.action.what,
            &g.action.who,
            &g.action.due,
            g.question.basis.then,
            &today,
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    out
}
