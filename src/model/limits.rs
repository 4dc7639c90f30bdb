//! One table of text limits, used by the forms (maxlength, counters), by every file check and by the storage
//! budget, so that what a user can type is exactly what a file may hold and what storage can keep.

use super::answers::Assessment;
use super::dates;

pub const NOTE: usize = 4000;
pub const ACTION: usize = 300;
/// How management will check an action's effect: a sentence or two, more than a name but far from a note.
pub const CHECK: usize = 600;
pub const MUNICIPALITY: usize = 120;
pub const UNIT: usize = 120;
pub const PARTICIPANTS: usize = 300;
/// Ids are made by the app ("a" + hex milliseconds); the margin leaves room for other tools' ids, not for text.
pub const ID: usize = 40;
/// ISO 8601 timestamps with milliseconds and an offset fit in 29; anything longer is not a timestamp.
pub const TIMESTAMP: usize = 40;
pub const DATE: usize = 10;
/// A participant's optional name in participant mode (shown on their own screen only; never in the code).
pub const PARTICIPANT_NAME: usize = 60;
/// The workshop's note for an agreed answer; it is added to the question's note, which keeps its own limit.
pub const AGREED_NOTE: usize = 600;
/// A participant code as typed: its symbols plus room for the spaces and dashes people add while typing.
pub const CODE_TYPED: usize = 60;
/// Most hands a trainer can count for one answer: a room, not a stadium.
pub const HANDS: u32 = 999;

/// Every text field of an assessment, for limits and for naming the field in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Municipality,
    Unit,
    Date,
    Participants,
    Updated,
    LastExported,
    Note,
    ActionWhat,
    ActionWho,
    ActionDue,
    ActionCheck,
    QuestionId,
}

impl Field {
    pub fn limit(self) -> usize {
        match self {
            Field::Id => ID,
            Field::Municipality => MUNICIPALITY,
            Field::Unit => UNIT,
            Field::Participants => PARTICIPANTS,
            Field::Date | Field::ActionDue => DATE,
            Field::Updated | Field::LastExported => TIMESTAMP,
            Field::Note => NOTE,
            Field::ActionWhat | Field::ActionWho => ACTION,
            Field::ActionCheck => CHECK,
            Field::QuestionId => ID * 2,
        }
    }
}

/// What is wrong with one field, with enough to name it to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    TooLong { field: Field, question: Option<String>, limit: usize, found: usize },
    NotADate { field: Field, question: Option<String> },
    /// The municipality name is empty or only invisible characters, so the assessment would have no visible name.
    NoName,
}

impl Problem {
    pub fn technical(&self) -> String {
        match self {
            Problem::TooLong { field, question, limit, found } => format!("{field:?}{} has {found} characters > {limit}", at(question)),
            Problem::NotADate { field, question } => format!("{field:?}{} is not a real date YYYY-MM-DD", at(question)),
            Problem::NoName => "municipality has no visible character".into(),
        }
    }
}

fn at(question: &Option<String>) -> String {
    question.as_deref().map(|q| format!(" of {}", q.chars().take(ID * 2).collect::<String>())).unwrap_or_default()
}

pub fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Characters that render as nothing: format and control characters, fillers, variation selectors, tags.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
            | '\u{2800}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}'
            | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// True when a name would show at least one character on screen.
pub fn has_visible(s: &str) -> bool {
    s.chars().any(|c| !is_invisible(c))
}

fn length(field: Field, question: Option<&str>, v: &str) -> Result<(), Problem> {
    let found = chars(v);
    if found > field.limit() {
        return Err(Problem::TooLong { field, question: question.map(str::to_owned), limit: field.limit(), found });
    }
    Ok(())
}

fn date(field: Field, question: Option<&str>, v: &str) -> Result<(), Problem> {
    if v.is_empty() || dates::parse(v).is_some() {
        Ok(())
    } else {
        Err(Problem::NotADate { field, question: question.map(str::to_owned) })
    }
}

/// The same rules as the forms, for every text field of an assessment (question ids included).
pub fn check(a: &Assessment) -> Result<(), Problem> {
    if !has_visible(&a.municipality) {
        return Err(Problem::NoName);
    }
    let header = [
        (Field::Id, a.id.as_str()),
        (Field::Municipality, &a.municipality),
        (Field::Unit, &a.unit),
        (Field::Participants, &a.participants),
        (Field::Updated, &a.updated),
        (Field::LastExported, a.last_exported.as_deref().unwrap_or_default()),
    ];
    for (field, v) in header {
        length(field, None, v)?;
    }
    date(Field::Date, None, &a.date)?;
    for id in a.responses.keys().chain(a.to_confirm.iter()) {
        length(Field::QuestionId, None, id)?;
    }
    for (id, r) in &a.responses {
        let q = Some(id.as_str());
        length(Field::Note, q, &r.note)?;
        length(Field::ActionWhat, q, &r.action.what)?;
        length(Field::ActionWho, q, &r.action.who)?;
        date(Field::ActionDue, q, &r.action.due)?;
        length(Field::ActionCheck, q, &r.action.check)?;
        date(Field::Date, q, r.agreed.as_deref().unwrap_or_default())?;
    }
    Ok(())
}
