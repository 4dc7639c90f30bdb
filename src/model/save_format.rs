//! The on-disk formats: the browser-storage envelope holding every assessment, and the export file holding one.
//! Both carry format, schema version, app version and question-bank version. Reading validates in this order:
//! size, JSON, format, version (migrate or refuse), shape, meaning. Nothing here touches the browser.

use serde::{Deserialize, Serialize};

use super::answers::{Assessment, MAX_FIELD_CHARS, MAX_NOTE_CHARS};
use super::bank::{self, BANK_VERSION};

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
pub const SCHEMA_VERSION: u64 = 1;
/// The oldest schema version this build can still read (by migration).
pub const OLDEST_SCHEMA_VERSION: u64 = 1;
pub const WORKSPACE_FORMAT: &str = "egenvurdering-rus/workspace";
pub const EXPORT_FORMAT: &str = "egenvurdering-rus/assessment";
/// A real export is a few tens of KB; anything above this is not one of ours.
pub const MAX_FILE_BYTES: usize = 1_000_000;

/// Every assessment on this device, plus which one is open.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    pub assessments: Vec<Assessment>,
    #[serde(default)]
    pub current: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredEnvelope {
    format: String,
    schema_version: u64,
    app_version: String,
    bank_version: u32,
    saved_at: String,
    /// Grows by one with every save; lets two tabs tell whose data is newer.
    revision: u64,
    data: Workspace,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportEnvelope {
    format: String,
    schema_version: u64,
    app_version: String,
    bank_version: u32,
    exported_at: String,
    assessment: Assessment,
}

/// Why a file or a stored blob could not be read. Each has a message in every language (i18n).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    TooLarge { bytes: usize },
    Empty,
    NotUtf8,
    NotJson { detail: String },
    NotOurFormat,
    /// A workspace file where an assessment was expected, or the other way round.
    WrongKind,
    NewerVersion { found: u64 },
    OlderVersion { found: u64 },
    Invalid { detail: String },
}

impl LoadError {
    /// The technical detail behind the user's message, for the "Technical details" disclosure.
    pub fn technical(&self) -> String {
        match self {
            LoadError::TooLarge { bytes } => format!("size {bytes} bytes > {MAX_FILE_BYTES}"),
            LoadError::Empty => "empty".into(),
            LoadError::NotUtf8 => "not UTF-8".into(),
            LoadError::NotJson { detail } | LoadError::Invalid { detail } => detail.clone(),
            LoadError::NotOurFormat => "format field missing or unknown".into(),
            LoadError::WrongKind => "format is the other file kind of this tool".into(),
            LoadError::NewerVersion { found } | LoadError::OlderVersion { found } => {
                format!("schema_version {found}, supported {OLDEST_SCHEMA_VERSION}..={SCHEMA_VERSION}")
            }
        }
    }
}

/// A stored workspace as read back, with its revision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub workspace: Workspace,
    pub revision: u64,
}

/// An imported assessment and what had to be dropped from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub assessment: Assessment,
    /// Answers to questions this version of the bank does not have (retired or renamed).
    pub dropped: Vec<String>,
}

pub fn encode_workspace(ws: &Workspace, revision: u64, now: &str) -> String {
    let env = StoredEnvelope {
        format: WORKSPACE_FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.into(),
        bank_version: BANK_VERSION,
        saved_at: now.into(),
        revision,
        data: ws.clone(),
    };
    serde_json::to_string(&env).unwrap_or_default()
}

pub fn encode_export(a: &Assessment, now: &str) -> String {
    let env = ExportEnvelope {
        format: EXPORT_FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.into(),
        bank_version: BANK_VERSION,
        exported_at: now.into(),
        assessment: a.clone(),
    };
    serde_json::to_string_pretty(&env).unwrap_or_default()
}

/// Just the two fields that decide whether and how to read the rest; other fields are skipped.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    schema_version: Option<u64>,
}

/// Bytes to the text of a JSON document whose format and schema version are ours, migrated to the current schema.
/// Parses from text throughout (no `serde_json::Value` tree), which keeps the wasm small.
fn read_envelope(bytes: &[u8], format: &str) -> Result<String, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotUtf8)?;
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(LoadError::Empty);
    }
    // Well-formed JSON at all? serde_json stops at 128 levels of nesting, so hostile deep input is an error here,
    // not a stack overflow.
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|e| LoadError::NotJson { detail: e.to_string() })?;
    let header: Header = match text.starts_with('{') {
        true => serde_json::from_str(text).map_err(|_| LoadError::NotOurFormat)?,
        false => return Err(LoadError::NotOurFormat),
    };
    match header.format.as_deref() {
        Some(f) if f == format => {}
        Some(WORKSPACE_FORMAT) | Some(EXPORT_FORMAT) => return Err(LoadError::WrongKind),
        _ => return Err(LoadError::NotOurFormat),
    }
    let version = header.schema_version.ok_or(LoadError::NotOurFormat)?;
    if version > SCHEMA_VERSION {
        return Err(LoadError::NewerVersion { found: version });
    }
    if version < OLDEST_SCHEMA_VERSION {
        return Err(LoadError::OlderVersion { found: version });
    }
    migrate(text, version)
}

/// Upgrades step by step: MIGRATIONS[i] turns the JSON text of schema OLDEST+i into OLDEST+i+1. Empty while only
/// v1 has shipped; a new schema version adds a step here and a golden fixture in tests/fixtures.
/// One migration step: the JSON text of one schema version to the next.
type Migration = fn(&str) -> Result<String, LoadError>;

const MIGRATIONS: &[Migration] = &[];

fn migrate(text: &str, from: u64) -> Result<String, LoadError> {
    let mut out = text.to_owned();
    for step in MIGRATIONS.iter().skip((from - OLDEST_SCHEMA_VERSION) as usize) {
        out = step(&out)?;
    }
    Ok(out)
}

fn invalid(e: serde_json::Error) -> LoadError {
    LoadError::Invalid { detail: e.to_string() }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

/// Checks what types cannot: lengths, dates, known question ids. Unknown ids are dropped and reported.
fn check_meaning(mut a: Assessment) -> Result<Imported, LoadError> {
    let bad = |detail: String| Err(LoadError::Invalid { detail });
    if a.municipality.trim().is_empty() {
        return bad("assessment.municipality is empty".into());
    }
    for (name, v) in [("municipality", &a.municipality), ("unit", &a.unit), ("participants", &a.participants)] {
        if v.chars().count() > MAX_FIELD_CHARS * 4 {
            return bad(format!("assessment.{name} is too long"));
        }
    }
    if !a.date.is_empty() && !is_date(&a.date) {
        return bad(format!("assessment.date \"{}\" is not a date (YYYY-MM-DD)", a.date.chars().take(40).collect::<String>()));
    }
    for (id, r) in &a.responses {
        if r.note.chars().count() > MAX_NOTE_CHARS {
            return bad(format!("responses.{id}.note is longer than {MAX_NOTE_CHARS} characters"));
        }
        for v in [&r.action.what, &r.action.who, &r.action.due] {
            if v.chars().count() > MAX_FIELD_CHARS {
                return bad(format!("responses.{id}.action is longer than {MAX_FIELD_CHARS} characters"));
            }
        }
        if !r.action.due.is_empty() && !is_date(&r.action.due) {
            return bad(format!("responses.{id}.action.due is not a date (YYYY-MM-DD)"));
        }
    }
    let dropped: Vec<String> = a.responses.keys().filter(|id| bank::question(id).is_none()).cloned().collect();
    for id in &dropped {
        a.responses.remove(id);
    }
    let kept = a.responses.clone();
    a.to_confirm.retain(|id| kept.contains_key(id));
    Ok(Imported { assessment: a, dropped })
}

/// Reads an exported assessment file.
pub fn decode_export(bytes: &[u8]) -> Result<Imported, LoadError> {
    let text = read_envelope(bytes, EXPORT_FORMAT)?;
    let env: ExportEnvelope = serde_json::from_str(&text).map_err(invalid)?;
    check_meaning(env.assessment)
}

/// Reads the workspace kept in browser storage.
pub fn decode_workspace(text: &str) -> Result<Stored, LoadError> {
    let text = read_envelope(text.as_bytes(), WORKSPACE_FORMAT)?;
    let env: StoredEnvelope = serde_json::from_str(&text).map_err(invalid)?;
    let mut workspace = env.data;
    let mut assessments = Vec::with_capacity(workspace.assessments.len());
    for a in workspace.assessments {
        assessments.push(check_meaning(a)?.assessment);
    }
    workspace.assessments = assessments;
    Ok(Stored { workspace, revision: env.revision })
}

/// Only the revision of a stored blob, for the two-tab check; None when it is not a readable envelope.
pub fn stored_revision(text: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Rev {
        revision: u64,
    }
    serde_json::from_str::<Rev>(text).ok().map(|r| r.revision)
}
