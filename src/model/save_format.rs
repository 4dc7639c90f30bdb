//! The file formats: the browser-storage envelope holding every assessment, the export file holding one, and the
//! backup file holding all of them. Each carries format, schema version, app version and question-bank version.
//! Reading checks in this order: size, UTF-8, JSON, format, schema version (migrate or refuse), shape, bank
//! version, then every field against the same limits as the forms (model::limits). Nothing here touches the
//! browser.

use serde::{Deserialize, Serialize};

use super::answers::Assessment;
use super::bank::{self, BANK_VERSION};
use super::limits::{self, Problem};
use super::packing;

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
pub const SCHEMA_VERSION: u64 = 1;
/// The oldest schema version this build can still read (by migration).
pub const OLDEST_SCHEMA_VERSION: u64 = 1;
pub const WORKSPACE_FORMAT: &str = "egenvurdering-rus/workspace";
pub const EXPORT_FORMAT: &str = "egenvurdering-rus/assessment";
pub const BACKUP_FORMAT: &str = "egenvurdering-rus/backup";
/// One assessment with every field at its limit, in the costliest characters JSON has (a control character is
/// written as six bytes), is about 1.5 MB pretty-printed (tests/limits.rs checks); nothing of ours is larger.
pub const MAX_FILE_BYTES: usize = 4_000_000;
/// A backup holds at most what browser storage can hold (about 10 MB of JSON, docs/storage.md), with room to
/// spare for a workspace from a browser with more room.
pub const MAX_BACKUP_BYTES: usize = 32_000_000;

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

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupEnvelope {
    format: String,
    schema_version: u64,
    app_version: String,
    bank_version: u32,
    exported_at: String,
    assessments: Vec<Assessment>,
}

/// Which part of one of our own files is damaged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The text ends before the data does (an interrupted download or copy).
    CutShort,
    /// The file ends in the middle of a character.
    CutInCharacter,
    /// Bytes in the middle are not text any more.
    Encoding,
    /// Characters were changed or removed so the structure no longer holds.
    Broken,
    /// The schema_version is missing, null, or not a whole number.
    SchemaVersion,
}

/// Why a file or a stored blob could not be read. Each has a message in every language (i18n::data).
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
    /// One of our files, damaged; which part.
    Damaged(Damage),
    /// Made with a newer question bank than this build knows.
    NewerBank { found: u32 },
    /// A field breaks the form's rules; `assessment` names it when the file holds several.
    Field { assessment: Option<String>, problem: Problem },
    Invalid { detail: String },
}

impl LoadError {
    /// The technical detail behind the user's message, for the "Technical details" disclosure.
    pub fn technical(&self) -> String {
        match self {
            LoadError::TooLarge { bytes } => format!("size {bytes} bytes > {MAX_FILE_BYTES} (one assessment) or {MAX_BACKUP_BYTES} (backup)"),
            LoadError::Empty => "empty".into(),
            LoadError::NotUtf8 => "not UTF-8".into(),
            LoadError::NotJson { detail } | LoadError::Invalid { detail } => detail.clone(),
            LoadError::NotOurFormat => "format field missing or unknown".into(),
            LoadError::WrongKind => "format is another file kind of this tool".into(),
            LoadError::NewerVersion { found } | LoadError::OlderVersion { found } => {
                format!("schema_version {found}, supported {OLDEST_SCHEMA_VERSION}..={SCHEMA_VERSION}")
            }
            LoadError::Damaged(d) => format!("damaged: {d:?}"),
            LoadError::NewerBank { found } => format!("bank_version {found} > {BANK_VERSION}"),
            LoadError::Field { assessment, problem } => {
                format!("{}{}", assessment.as_deref().map(|a| format!("{a}: ")).unwrap_or_default(), problem.technical())
            }
        }
    }
}

/// A stored workspace as read back, with its revision and its size as JSON (for the storage budget).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub workspace: Workspace,
    pub revision: u64,
    /// Its size as JSON, for the storage budget.
    pub bytes: usize,
}

/// An imported assessment and what had to be dropped from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub assessment: Assessment,
    /// Answers to questions this version of the bank does not have (retired or renamed).
    pub dropped: Vec<String>,
    /// The question-bank version the file was made with; older ones import, with the dropped answers reported.
    pub bank_version: u32,
}

/// A backup file, checked whole: every assessment in it passed, or the file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub assessments: Vec<Assessment>,
    pub dropped: Vec<String>,
    pub bank_version: u32,
}

/// What a file picked on "My assessments" turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    One(Imported),
    Many(Backup),
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

/// Compact, unlike a single export: a backup can be ten megabytes, and indentation would add a fifth.
pub fn encode_backup(assessments: &[Assessment], now: &str) -> String {
    let env = BackupEnvelope {
        format: BACKUP_FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.into(),
        bank_version: BANK_VERSION,
        exported_at: now.into(),
        assessments: assessments.to_vec(),
    };
    serde_json::to_string(&env).unwrap_or_default()
}

/// Any JSON value for schema_version, so that "1", 1.0 and null are told apart from a missing format.
#[derive(Deserialize)]
#[serde(untagged)]
enum Version {
    Whole(u64),
    Other(serde::de::IgnoredAny),
}

/// Just the two fields that decide whether and how to read the rest; other fields are skipped.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    schema_version: Option<Version>,
}

const OUR_FORMATS: [&str; 3] = [WORKSPACE_FORMAT, EXPORT_FORMAT, BACKUP_FORMAT];

/// Our files name their format near the start, so a broken file that still says so is one of ours, damaged.
fn looks_ours(text: &str) -> bool {
    text.contains("\"egenvurdering-rus/")
}

/// Bytes to text, telling a file cut inside a character (damaged) from a file that never was text.
pub fn text_of(bytes: &[u8]) -> Result<&str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let before = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        match e.error_len() {
            None if e.valid_up_to() > 0 => LoadError::Damaged(Damage::CutInCharacter),
            Some(_) if looks_ours(before) => LoadError::Damaged(Damage::Encoding),
            _ => LoadError::NotUtf8,
        }
    })
}

/// The text of a JSON document whose format is one of `kinds` and whose schema version is ours, migrated to the
/// current schema, with the format found. Parses from text throughout (no `serde_json::Value` tree), which keeps
/// the wasm small.
fn read_envelope<'a>(text: &str, kinds: &[&'a str]) -> Result<(&'a str, String), LoadError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(LoadError::Empty);
    }
    // Well-formed JSON at all? serde_json stops at 128 levels of nesting, so hostile deep input is an error here,
    // not a stack overflow.
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(match (looks_ours(text), e.is_eof()) {
            (true, true) => LoadError::Damaged(Damage::CutShort),
            (true, false) => LoadError::Damaged(Damage::Broken),
            _ => LoadError::NotJson { detail: e.to_string() },
        });
    }
    let header: Header = match text.starts_with('{') {
        true => serde_json::from_str(text).map_err(|_| LoadError::NotOurFormat)?,
        false => return Err(LoadError::NotOurFormat),
    };
    let format = match header.format.as_deref() {
        Some(f) => match kinds.iter().find(|k| **k == f) {
            Some(k) => *k,
            None if OUR_FORMATS.contains(&f) => return Err(LoadError::WrongKind),
            None => return Err(LoadError::NotOurFormat),
        },
        None => return Err(LoadError::NotOurFormat),
    };
    let version = match header.schema_version {
        Some(Version::Whole(v)) => v,
        Some(Version::Other(_)) | None => return Err(LoadError::Damaged(Damage::SchemaVersion)),
    };
    if version > SCHEMA_VERSION {
        return Err(LoadError::NewerVersion { found: version });
    }
    if version < OLDEST_SCHEMA_VERSION {
        return Err(LoadError::OlderVersion { found: version });
    }
    Ok((format, migrate(text, version)?))
}

/// One migration step: the JSON text of one schema version to the next.
type Migration = fn(&str) -> Result<String, LoadError>;

/// MIGRATIONS[i] turns the JSON text of schema OLDEST+i into OLDEST+i+1. Empty while only v1 has shipped; a new
/// schema version adds a step here and a golden fixture in tests/fixtures.
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

fn check_bank(found: u32) -> Result<(), LoadError> {
    match found {
        0 => Err(LoadError::Invalid { detail: "bank_version 0".into() }),
        v if v > BANK_VERSION => Err(LoadError::NewerBank { found: v }),
        _ => Ok(()),
    }
}

/// A short, safe name for an assessment in a message about a file holding several.
fn label(a: &Assessment, index: usize) -> String {
    let name: String = a.municipality.chars().filter(|c| !c.is_control()).take(60).collect();
    let name = if limits::has_visible(&name) { name } else { format!("#{}", index + 1) };
    if a.date.is_empty() || a.date.len() > limits::DATE { name } else { format!("{name} ({})", a.date) }
}

/// Applies the form's rules to every field, then drops answers to questions this bank does not have.
fn check_and_drop(mut a: Assessment, name: Option<String>) -> Result<(Assessment, Vec<String>), LoadError> {
    limits::check(&a).map_err(|problem| LoadError::Field { assessment: name, problem })?;
    // Answers to questions an earlier bank retired move to the questions that took over, before anything is left out.
    a.carry_retired();
    let dropped: Vec<String> = a.responses.keys().filter(|id| bank::question(id).is_none()).cloned().collect();
    for id in &dropped {
        a.responses.remove(id);
    }
    let kept = a.responses.clone();
    a.to_confirm.retain(|id| kept.contains_key(id));
    Ok((a, dropped))
}

fn too_large(bytes: &[u8], max: usize) -> Result<(), LoadError> {
    if bytes.len() > max {
        return Err(LoadError::TooLarge { bytes: bytes.len() });
    }
    Ok(())
}

/// Reads an exported assessment file (the workshop takes only these).
pub fn decode_export(bytes: &[u8]) -> Result<Imported, LoadError> {
    too_large(bytes, MAX_FILE_BYTES)?;
    let (_, text) = read_envelope(text_of(bytes)?, &[EXPORT_FORMAT])?;
    one(&text)
}

fn one(text: &str) -> Result<Imported, LoadError> {
    let env: ExportEnvelope = serde_json::from_str(text).map_err(invalid)?;
    check_bank(env.bank_version)?;
    let (assessment, dropped) = check_and_drop(env.assessment, None)?;
    Ok(Imported { assessment, dropped, bank_version: env.bank_version })
}

fn many(assessments: Vec<Assessment>, bank_version: u32) -> Result<Backup, LoadError> {
    check_bank(bank_version)?;
    let mut out = Backup { assessments: Vec::with_capacity(assessments.len()), dropped: Vec::new(), bank_version };
    for (i, a) in assessments.into_iter().enumerate() {
        let name = label(&a, i);
        let (a, dropped) = check_and_drop(a, Some(name))?;
        out.dropped.extend(dropped);
        out.assessments.push(a);
    }
    Ok(out)
}

/// Reads any file of ours the user picks on "My assessments": one assessment, a backup, or stored data that was
/// downloaded after it could not be read (packed or not). Checked whole: any error refuses the file.
pub fn decode_file(bytes: &[u8]) -> Result<Incoming, LoadError> {
    too_large(bytes, MAX_BACKUP_BYTES)?;
    let text = text_of(bytes)?;
    let unpacked;
    let text = match packing::is_packed(text.trim_start_matches('\u{feff}')) {
        true => {
            unpacked = packing::unpack(text.trim_start_matches('\u{feff}').trim()).ok_or(LoadError::Damaged(Damage::CutShort))?;
            unpacked.as_str()
        }
        false => text,
    };
    let (format, text) = read_envelope(text, &[EXPORT_FORMAT, BACKUP_FORMAT, WORKSPACE_FORMAT])?;
    match format {
        EXPORT_FORMAT => {
            too_large(bytes, MAX_FILE_BYTES)?;
            one(&text).map(Incoming::One)
        }
        BACKUP_FORMAT => {
            let env: BackupEnvelope = serde_json::from_str(&text).map_err(invalid)?;
            many(env.assessments, env.bank_version).map(Incoming::Many)
        }
        _ => {
            let env: StoredEnvelope = serde_json::from_str(&text).map_err(invalid)?;
            many(env.data.assessments, env.bank_version).map(Incoming::Many)
        }
    }
}

/// Reads the workspace kept in browser storage, packed or not. No size limit: whatever the browser kept, we
/// wrote, and valid data is never refused for its size. Answers to questions the bank no longer has are kept, so
/// a bank update never loses stored work.
pub fn decode_workspace(text: &str) -> Result<Stored, LoadError> {
    let unpacked;
    let text = match packing::is_packed(text) {
        true => {
            unpacked = packing::unpack(text).ok_or(LoadError::Damaged(Damage::CutShort))?;
            unpacked.as_str()
        }
        false => text,
    };
    // What this build wrote reads in one pass; the three passes of read_envelope are for telling what is wrong.
    let env = match serde_json::from_str::<StoredEnvelope>(text) {
        Ok(env) if env.format == WORKSPACE_FORMAT && env.schema_version == SCHEMA_VERSION => env,
        _ => {
            let (_, text) = read_envelope(text, &[WORKSPACE_FORMAT])?;
            serde_json::from_str(&text).map_err(invalid)?
        }
    };
    check_bank(env.bank_version)?;
    for (i, a) in env.data.assessments.iter().enumerate() {
        limits::check(a).map_err(|problem| LoadError::Field { assessment: Some(label(a, i)), problem })?;
    }
    let mut workspace = env.data;
    if env.bank_version < BANK_VERSION {
        // Saved by an older bank: answers to retired questions move to their successors, to be confirmed.
        workspace.assessments.iter_mut().for_each(|a| drop(a.carry_retired()));
    }
    Ok(Stored { workspace, revision: env.revision, bytes: text.len() })
}

/// Only the revision of a stored blob, for the two-tab check; None when it is not a readable envelope.
pub fn stored_revision(text: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Rev {
        revision: u64,
    }
    // Our envelope puts the revision before the data, so the first bytes hold it; reading them is enough
    // (a save checks this first, and a full parse of a large workspace would cost more than the save).
    const HEAD: usize = 512;
    let head = match packing::is_packed(text) {
        true => packing::unpack_prefix(text, HEAD)?,
        false => text.get(..HEAD.min(text.len())).map(str::to_owned).unwrap_or_else(|| text.chars().take(HEAD).collect()),
    };
    let from_head = head.split_once("\"revision\":").and_then(|(_, rest)| {
        let digits: String = rest.trim_start().chars().take_while(char::is_ascii_digit).collect();
        digits.parse::<u64>().ok()
    });
    if from_head.is_some() {
        return from_head;
    }
    let unpacked;
    let text = match packing::is_packed(text) {
        true => {
            unpacked = packing::unpack(text)?;
            unpacked.as_str()
        }
        false => text,
    };
    serde_json::from_str::<Rev>(text).ok().map(|r| r.revision)
}
