//! Restoring unreadable stored data: take every assessment that is still whole and valid, and say exactly what
//! could not be recovered. Used on data kept aside at start-up, never on imports (which are all or nothing).

use serde::Deserialize;

use super::answers::Assessment;
use super::limits;
use super::packing;
use super::save_format::{self, Damage, LoadError};

/// One assessment that could not be recovered, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lost {
    /// 1-based position in the data.
    pub position: usize,
    /// Its name, when that much could be read.
    pub name: Option<String>,
    pub error: LoadError,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Salvage {
    pub recovered: Vec<Assessment>,
    pub lost: Vec<Lost>,
    /// The data ends early: whatever followed the recovered and lost assessments is gone.
    pub cut_short: bool,
    /// Nothing could be read at all, and why (a newer version, not our data).
    pub unreadable: Option<LoadError>,
}

/// An element of the assessments list: an assessment, or anything else (read past, reported as lost).
#[derive(Deserialize)]
#[serde(untagged)]
enum Item {
    Good(Assessment),
    Named { municipality: String },
    Other(serde::de::IgnoredAny),
}

pub fn salvage(raw: &str) -> Salvage {
    let raw = raw.trim_start_matches('\u{feff}').trim();
    let unpacked;
    let text = if packing::is_packed(raw) {
        match packing::unpack(raw) {
            Some(t) => {
                unpacked = t;
                unpacked.as_str()
            }
            None => return Salvage { unreadable: Some(LoadError::Damaged(Damage::CutShort)), ..Salvage::default() },
        }
    } else {
        raw
    };
    // Whole and valid: take it as it is.
    if let Ok(save_format::Incoming::Many(b)) = save_format::decode_file(text.as_bytes()) {
        return Salvage { recovered: b.assessments, ..Salvage::default() };
    }
    if let Ok(stored) = save_format::decode_workspace(text) {
        return Salvage { recovered: stored.workspace.assessments, ..Salvage::default() };
    }
    // A version this build cannot read is not guessed at: the data stays kept aside for a newer version.
    if let Err(e @ (LoadError::NewerVersion { .. } | LoadError::NewerBank { .. })) = save_format::decode_workspace(text) {
        return Salvage { unreadable: Some(e), ..Salvage::default() };
    }
    let Some(start) = list_start(text) else {
        let error = save_format::decode_workspace(text).err().unwrap_or(LoadError::NotOurFormat);
        return Salvage { unreadable: Some(error), ..Salvage::default() };
    };
    walk(&text[start..])
}

/// Where the first element of the assessments list begins.
fn list_start(text: &str) -> Option<usize> {
    let key = text.find("\"assessments\"")? + "\"assessments\"".len();
    let rest = &text[key..];
    let colon = rest.find(|c: char| !c.is_whitespace()).filter(|i| rest[*i..].starts_with(':'))?;
    let after = &rest[colon + 1..];
    let bracket = after.find(|c: char| !c.is_whitespace()).filter(|i| after[*i..].starts_with('['))?;
    Some(key + colon + 1 + bracket + 1)
}

/// Reads list elements one by one, so one bad or cut element costs only itself and what follows a cut.
fn walk(list: &str) -> Salvage {
    let mut out = Salvage::default();
    let mut pos = 0;
    let mut position = 0;
    loop {
        let rest = list[pos..].trim_start();
        pos = list.len() - rest.len();
        if rest.starts_with(']') {
            return out;
        }
        if rest.is_empty() {
            out.cut_short = true;
            return out;
        }
        position += 1;
        let mut items = serde_json::Deserializer::from_str(rest).into_iter::<Item>();
        match items.next() {
            Some(Ok(item)) => {
                pos += items.byte_offset();
                match item {
                    Item::Good(a) => match limits::check(&a) {
                        Ok(()) => out.recovered.push(a),
                        Err(problem) => {
                            let name = Some(a.municipality.chars().take(60).collect());
                            out.lost.push(Lost { position, name, error: LoadError::Field { assessment: None, problem } });
                        }
                    },
                    Item::Named { municipality } => out.lost.push(Lost {
                        position,
                        name: Some(municipality.chars().take(60).collect()),
                        error: LoadError::Damaged(Damage::Broken),
                    }),
                    Item::Other(_) => out.lost.push(Lost { position, name: None, error: LoadError::Damaged(Damage::Broken) }),
                }
            }
            // A cut or broken element: its fields cannot be trusted, and nothing after it can be found reliably.
            _ => {
                out.cut_short = true;
                return out;
            }
        }
        let rest = list[pos..].trim_start();
        pos = list.len() - rest.len();
        if rest.starts_with(',') {
            pos += 1;
        }
    }
}
