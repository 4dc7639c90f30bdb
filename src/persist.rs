//! Saving and loading, written against the `Store` trait so every path (quota, corrupt blob, another tab)
//! is tested natively with `MemoryStore`; `browser::LocalStore` is the real thing.

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::answers::Assessment;
use crate::model::lang::Lang;
use crate::model::packing;
use crate::model::save_format::{self, LoadError, Stored, Workspace};

/// Storage key names. Never rename one without a migration: that would hide users' saved work.
pub const KEY_WORKSPACE: &str = "egenvurdering-rus.v1.workspace";
pub const KEY_DEMO: &str = "egenvurdering-rus.v1.demo";
pub const KEY_PREFS: &str = "egenvurdering-rus.v1.prefs";
pub const CORRUPT_PREFIX: &str = "egenvurdering-rus.v1.corrupt.";
pub const KEY_META: &str = "egenvurdering-rus.v1.meta";

/// What localStorage holds per origin, in UTF-16 code units of keys and values. Chromium measured 5,242,880
/// (docs/storage.md); Firefox and Safari allow about 5 MB. The margin covers the difference, so the budget is
/// met before any browser refuses.
pub const LOCAL_STORAGE_UNITS: usize = 5_000_000;

/// How many UTF-16 code units a text takes in localStorage (the unit browsers count against the quota).
pub fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Room for the workspace: the capacity (the localStorage limit, lowered when navigator.storage.estimate reports
/// less free space) minus everything else this app keeps in storage.
pub fn available_units(store: &dyn Store, capacity: usize) -> usize {
    let others: usize = store
        .keys()
        .into_iter()
        .filter(|k| k != KEY_WORKSPACE)
        .map(|k| units(&k) + store.get(&k).ok().flatten().map_or(0, |v| units(&v)))
        .sum();
    capacity.saturating_sub(others + units(KEY_WORKSPACE))
}

/// The largest workspace, as JSON bytes, that fits in `available` units (packed when plain does not fit). The
/// reducer checks edits against this before making them.
pub fn budget_bytes(available: usize) -> usize {
    let fixed = packing::packed_units(0) + 10;
    available.saturating_sub(fixed) * 15 / 8
}

/// The value to store: the plain JSON when it fits (readable, and what every test and tool expects), packed when
/// only that fits, None when neither does.
pub fn fit(json: &str, available: usize) -> Option<String> {
    if json.len() <= available || units(json) <= available {
        return Some(json.to_owned());
    }
    (packing::packed_units(json.len()) <= available).then(|| packing::pack(json))
}

/// Settings kept for the browser's sake: when the last full backup was taken, and whether the user was told the
/// browser's answer to the persistent-storage request.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub last_backup: Option<String>,
    #[serde(default)]
    pub persist_told: bool,
}

pub fn load_meta(store: &dyn Store) -> Meta {
    store.get(KEY_META).ok().flatten().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
}

pub fn save_meta(store: &dyn Store, meta: &Meta) -> Result<(), String> {
    store.set(KEY_META, &serde_json::to_string(meta).map_err(|e| e.to_string())?)
}

/// A key-value store with fallible I/O; any `Err` is a failed operation, whatever the browser called it.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, String>;
    fn set(&self, key: &str, value: &str) -> Result<(), String>;
    fn remove(&self, key: &str) -> Result<(), String>;
    fn keys(&self) -> Vec<String>;
}

/// In-memory store for tests, with an optional byte quota to act out a full browser storage.
#[derive(Default)]
pub struct MemoryStore {
    pub map: RefCell<BTreeMap<String, String>>,
    pub quota: Option<usize>,
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        Ok(self.map.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), String> {
        if let Some(q) = self.quota {
            let used: usize = self.map.borrow().iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum();
            if used + key.len() + value.len() > q {
                return Err("QuotaExceededError".into());
            }
        }
        self.map.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), String> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }
}

/// What start-up found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    Empty,
    Ready(Stored),
    /// Storage itself could not be read (disabled, blocked, old private mode): nothing is corrupt, nothing can be
    /// saved either. The browser's own words.
    Unavailable(String),
    /// The blob could not be read. It was copied to `kept_as` (None if even that failed, in which case it is still
    /// under KEY_WORKSPACE and must not be overwritten until the user has downloaded or deleted it).
    Corrupt { error: LoadError, kept_as: Option<String> },
}

pub fn load_workspace(store: &dyn Store, now_millis: u64) -> Loaded {
    let raw = match store.get(KEY_WORKSPACE) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Empty,
        Err(e) => return Loaded::Unavailable(e),
    };
    match save_format::decode_workspace(&raw) {
        Ok(stored) => Loaded::Ready(stored),
        Err(error) => {
            let key = format!("{CORRUPT_PREFIX}{now_millis}");
            let kept_as = store.set(&key, &raw).ok().map(|_| key);
            if kept_as.is_some() {
                // The copy is safe, so the main key may be freed for new work.
                let _ = store.remove(KEY_WORKSPACE);
            }
            Loaded::Corrupt { error, kept_as }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved a newer revision; nothing was written.
    Conflict { stored: u64 },
    /// The browser refused the write (quota, private mode, disabled storage).
    Write(String),
    /// The write seemed to work but reading it back gave something else.
    Verify,
    /// The workspace would not fit in the storage budget; nothing was written. JSON bytes.
    Full { needed: usize, budget: usize },
}

/// A verified save: the new revision, the workspace's size as JSON and the budget it must stay within.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Saved {
    pub revision: u64,
    pub bytes: usize,
    pub budget: usize,
}

/// Writes the workspace as revision `base + 1`, unless another tab has written since `base` (then nothing is
/// written, so its newer work is never overwritten silently). `force` overwrites anyway, when the user chose to.
/// Reads the value back to verify it. A workspace over the budget (`capacity` in UTF-16 units, see
/// `available_units`) is refused before anything is written.
pub fn save_workspace(store: &dyn Store, ws: &Workspace, base: u64, now: &str, force: bool, capacity: usize) -> Result<Saved, SaveError> {
    let current = store.get(KEY_WORKSPACE).map_err(SaveError::Write)?;
    let stored = current.as_deref().and_then(save_format::stored_revision).unwrap_or(0);
    if stored > base && !force {
        return Err(SaveError::Conflict { stored });
    }
    let revision = stored.max(base) + 1;
    let json = save_format::encode_workspace(ws, revision, now);
    let available = available_units(store, capacity);
    let budget = budget_bytes(available);
    let Some(text) = fit(&json, available) else {
        return Err(SaveError::Full { needed: json.len(), budget });
    };
    store.set(KEY_WORKSPACE, &text).map_err(SaveError::Write)?;
    match store.get(KEY_WORKSPACE) {
        Ok(Some(back)) if back == text => Ok(Saved { revision, bytes: json.len(), budget }),
        _ => Err(SaveError::Verify),
    }
}

/// The workspace's size as stored JSON, for the budget check at start-up.
pub fn workspace_bytes(ws: &Workspace) -> usize {
    save_format::encode_workspace(ws, u64::MAX, "0000-00-00T00:00:00.000Z").len()
}

/// The raw value under a key, for downloading or restoring kept-aside data.
pub fn raw(store: &dyn Store, key: &str) -> Result<Option<String>, String> {
    store.get(key)
}

pub fn load_demo(store: &dyn Store) -> Option<Assessment> {
    let raw = store.get(KEY_DEMO).ok()??;
    save_format::decode_export(raw.as_bytes()).ok().map(|i| i.assessment)
}

pub fn save_demo(store: &dyn Store, demo: Option<&Assessment>, now: &str) -> Result<(), String> {
    match demo {
        Some(a) => store.set(KEY_DEMO, &save_format::encode_export(a, now)),
        None => store.remove(KEY_DEMO),
    }
}

/// Settings that belong to the browser, not to an assessment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub shortcuts: bool,
    #[serde(default)]
    pub present: bool,
}

pub fn load_prefs(store: &dyn Store) -> Prefs {
    store.get(KEY_PREFS).ok().flatten().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
}

pub fn save_prefs(store: &dyn Store, prefs: Prefs) -> Result<(), String> {
    store.set(KEY_PREFS, &serde_json::to_string(&prefs).map_err(|e| e.to_string())?)
}

/// Unreadable blobs kept aside, newest first.
pub fn corrupt_keys(store: &dyn Store) -> Vec<String> {
    let mut keys: Vec<String> = store.keys().into_iter().filter(|k| k.starts_with(CORRUPT_PREFIX)).collect();
    keys.sort_by(|a, b| b.cmp(a));
    keys
}
