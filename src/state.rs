//! Application state and its one reducer. Browser I/O happens in effects (app.rs), never here; the clock is the
//! one outside value read here (fixed in native builds, so tests stay deterministic).

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::model::answers::{ActionField, ActionStatus, Answer, Assessment};
use crate::model::bank::{self, ThemeId};
use crate::model::backup::{self, Mode, Plan};
use crate::model::demo::{demo_assessment, DEMO_ID};
use crate::model::lang::Lang;
use crate::model::participant_code::Service;
use crate::model::room::Room;
use crate::model::route::Route;
use crate::model::salvage::Salvage;
use crate::model::save_format::{Backup, Imported, LoadError, Stored, Workspace};
use crate::model::workspace::HeaderField;
use crate::persist::LOCAL_STORAGE_UNITS;

/// Why a save did not happen; each has its own message, because each asks something different of the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveFailure {
    /// The browser refused the write (quota, private mode, disabled storage); the browser's own words.
    Browser(String),
    /// The write seemed to work but did not read back the same.
    Verify,
    /// Unreadable data still sits under the main key; saving would overwrite it.
    Blocked,
    /// The workspace would pass the storage budget (JSON bytes); nothing was written.
    Full { needed: usize, budget: usize },
}

/// A browser action that was refused, for the notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    Download,
    Delete,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Idle,
    Saved { at: String },
    Failed(SaveFailure),
    /// Another tab saved newer work; ours waits for the user's choice.
    Conflict,
}

/// A message shown at the top of the page until dismissed or replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Imported { name: String, answered: usize, dropped: usize, bank_version: u32 },
    ImportFailed { file: String, error: LoadError },
    Deleted { pos: usize, assessment: Box<Assessment> },
    Carried { name: String },
    OtherTab,
    BrowserRefused { what: Refused, detail: String },
    /// A change was not made because the workspace would no longer fit in browser storage (JSON bytes).
    Full { needed: usize, budget: usize },
    /// A backup was brought in; what it did.
    BackupDone { mode: Mode, plan: Plan, dropped: usize },
    /// Kept-aside data was restored as far as it could be.
    Restored(Box<Salvage>),
    BackedUp,
}

/// A backup file waiting for the user's choice of mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingBackup {
    pub file: String,
    pub backup: Backup,
    pub mode: Mode,
}

/// How a switch of language in a single-language build stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangSwitch {
    Loading(Lang),
    /// The build could not be fetched (offline before it was ever used, say).
    Unavailable(Lang),
    /// The workshop room is too large to keep across the reload; switching would lose it.
    RoomTooLarge(Lang),
    /// The choice of language could not be saved, so the reload would bring back the same one.
    NotSaved(Lang),
}

/// A participant's file in the workshop comparison (kept in memory only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkshopFile {
    pub file: String,
    pub result: Result<Imported, LoadError>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// A switch of language under way in a single-language build (which must load the other build first).
    pub lang_switch: Option<LangSwitch>,
    pub route: Route,
    pub workspace: Workspace,
    /// The stored revision this tab last read or wrote.
    pub revision: u64,
    pub demo: Option<Assessment>,
    pub demo_open: bool,
    pub shortcuts: bool,
    pub present: bool,
    pub save: SaveStatus,
    pub notice: Option<Notice>,
    /// The page the notice belongs to: it disappears when the user goes elsewhere.
    pub notice_at: Route,
    /// Unreadable stored blobs kept aside (storage keys), offered for download.
    pub corrupt: Vec<String>,
    /// An unreadable blob could not be copied aside and still sits under the main key: never write over it.
    pub save_blocked: bool,
    pub workshop: Vec<WorkshopFile>,
    /// Workshop files that differ from those already there (municipality, year, bank): held until the user says.
    pub workshop_pending: Vec<WorkshopFile>,
    /// The workshop room (codes, show of hands) and this device's participant answers: memory only.
    pub room: Room,
    pub pending_backup: Option<PendingBackup>,
    /// The workspace's size as stored JSON, and the most it may grow to (persist::budget_bytes); edits that would
    /// pass the budget are refused before they change anything.
    pub stored_bytes: usize,
    pub budget_bytes: usize,
    /// localStorage units this origin may use (lowered by navigator.storage.estimate when that reports less).
    pub capacity: usize,
    /// Bumped on every refused edit, so fields showing unsaved text put back what is stored.
    pub refusals: u64,
    pub last_backup: Option<String>,
    pub persist_told: bool,
    /// The browser's answer to the persistent-storage request (inner None: it cannot be asked), told once beside
    /// whatever notice is showing, on the page where it arrived.
    pub persist_answer: Option<(Option<bool>, Route)>,
    /// Bumped by every change that must be saved; the save effects watch these.
    pub save_seq: u64,
    pub demo_seq: u64,
    pub prefs_seq: u64,
    pub meta_seq: u64,
    /// The last change was an edit inside the open assessment (an answer, a confirmation, typing in a note or an
    /// action field), the kind that comes in bursts: a large workspace is saved after a pause in them, anything
    /// else (create, import, delete, backup, restore) at once.
    pub editing: bool,
    /// The next save may overwrite a newer revision (the user chose "keep my changes").
    pub force_save: bool,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            lang: Lang::Nb,
            lang_switch: None,
            route: Route::Home,
            workspace: Workspace::default(),
            revision: 0,
            demo: None,
            demo_open: false,
            shortcuts: false,
            present: false,
            save: SaveStatus::Idle,
            notice: None,
            notice_at: Route::Home,
            corrupt: Vec::new(),
            save_blocked: false,
            workshop: Vec::new(),
            workshop_pending: Vec::new(),
            room: Room::default(),
            pending_backup: None,
            stored_bytes: 0,
            budget_bytes: usize::MAX,
            capacity: LOCAL_STORAGE_UNITS,
            refusals: 0,
            last_backup: None,
            persist_told: false,
            persist_answer: None,
            save_seq: 0,
            demo_seq: 0,
            prefs_seq: 0,
            meta_seq: 0,
            editing: false,
            force_save: false,
        }
    }
}

impl AppState {
    /// The assessment on screen: the demo when it is open, else the workspace's current one.
    pub fn open(&self) -> Option<&Assessment> {
        if self.demo_open {
            self.demo.as_ref()
        } else {
            self.workspace.current()
        }
    }

    pub fn is_demo(&self) -> bool {
        self.demo_open && self.demo.is_some()
    }

    /// Shows a notice on the current page.
    fn tell(&mut self, notice: Notice) {
        self.notice = Some(notice);
        self.notice_at = self.route;
    }

    /// Makes room for `growth` more bytes of stored JSON, or refuses with the way out and returns false.
    fn room_for(&mut self, growth: usize) -> bool {
        let needed = self.stored_bytes.saturating_add(growth);
        if needed <= self.budget_bytes {
            self.stored_bytes = needed;
            return true;
        }
        self.tell(Notice::Full { needed, budget: self.budget_bytes });
        self.refusals += 1;
        false
    }

    /// Like `room_for`, for replacing `old` text with `new` in the workspace (`stored`; the demo is kept apart and
    /// always has room).
    fn room_for_text(&mut self, old: &str, new: &str, stored: bool) -> bool {
        if !stored {
            return true;
        }
        let (o, n) = (json_len(old), json_len(new));
        // A response that does not exist yet brings its own keys and braces.
        let extra = if old.is_empty() { 96 } else { 0 };
        if n + extra <= o {
            self.stored_bytes = self.stored_bytes.saturating_sub(o - n);
            return true;
        }
        self.room_for(n + extra - o)
    }

    fn edit_open(&mut self, f: impl FnOnce(&mut Assessment)) {
        let (now, _) = browser::clock();
        if self.demo_open {
            if let Some(d) = self.demo.as_mut() {
                f(d);
                d.updated = now;
                self.demo_seq += 1;
            }
        } else if let Some(id) = self.workspace.current.clone() {
            if let Some(a) = self.workspace.get_mut(&id) {
                f(a);
                a.updated = now;
                self.save_seq += 1;
            }
        }
    }
}

/// Bytes a value takes in the stored JSON.
pub fn json_len<T: serde::Serialize + ?Sized>(v: &T) -> usize {
    serde_json::to_string(v).map_or(usize::MAX / 4, |j| j.len())
}

pub enum Action {
    Navigate(Route),
    SetLang(Lang),
    /// The other language's build could not be fetched, or the room could not be kept across the reload.
    LangSwitchFailed(LangSwitch),
    TogglePresent,
    ToggleShortcuts,
    Create { municipality: String, unit: String, date: String, participants: String },
    Open(String),
    OpenDemo,
    ResetDemo,
    CloseDemo,
    Answer { question: &'static str, answer: Option<Answer> },
    Note { question: &'static str, text: String },
    ActionItem { question: &'static str, field: ActionField, value: String },
    Confirm(&'static str),
    /// Where an action stands (issue 16).
    ActionStatus { question: &'static str, status: ActionStatus },
    /// Confirm as unchanged every carried answer of one theme, after the theme summary has shown them.
    ConfirmTheme(ThemeId),
    Header { id: String, field: HeaderField, value: String },
    CarryForward(String),
    Delete(String),
    UndoDelete,
    Import(Imported),
    ImportFailed { file: String, error: LoadError },
    /// A backup file was read; its plan is shown before anything changes.
    BackupRead { file: String, backup: Backup },
    BackupMode(Mode),
    BackupConfirm,
    BackupCancel,
    /// Everything was downloaded as one file at `at`.
    BackedUp { at: String },
    /// Kept-aside data under `key` was read back as far as possible.
    Restore { key: String, salvage: Salvage },
    Exported(String),
    BrowserRefused { what: Refused, detail: String },
    /// A save worked: the revision, the workspace's JSON size and the budget it must stay within.
    Saved { revision: u64, at: String, bytes: usize, budget: usize },
    /// What navigator.storage.estimate said, in bytes.
    Quota { quota: f64, usage: f64 },
    /// The browser's answer to navigator.storage.persist() (None where it cannot be asked).
    PersistAnswer(Option<bool>),
    SaveFailed(SaveFailure),
    SaveConflict,
    /// Another tab wrote the workspace; `None` when its value could not be read.
    StorageChanged(Option<Stored>),
    KeepMine,
    TakeTheirs(Stored),
    CorruptHandled(String),
    WorkshopAdd(Vec<WorkshopFile>),
    /// Merge the held files anyway, or drop them.
    WorkshopAccept,
    WorkshopReject,
    WorkshopClear,
    /// A participant code typed or scanned by the trainer.
    CodeAdd(String),
    CodeRemove(usize),
    /// A show of hands for one question: count per answer in `Answer::ALL` order.
    Hands { question: &'static str, counts: [u32; 5] },
    RoomClear,
    DraftName(String),
    DraftService(Option<Service>),
    DraftAnswer { question: &'static str, answer: Option<Answer> },
    /// The next participant on the same device starts from nothing.
    DraftClear,
    /// The room's agreed answer, written into the open assessment with the date and the note added to the
    /// question's note. `replace` must be true to change an answer the assessment already has.
    Agree { question: &'static str, answer: Answer, note: String, replace: bool },
    DismissNotice,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let (now, now_ms) = browser::clock();
        s.editing = matches!(
            action,
            Action::Answer { .. } | Action::Agree { .. } | Action::Note { .. } | Action::ActionItem { .. } | Action::Confirm(_) | Action::ActionStatus { .. } | Action::ConfirmTheme(_)
        );
        match action {
            Action::Navigate(route) if route == self.route => return self,
            Action::Navigate(route) => {
                s.route = route;
                if s.notice.is_some() && s.notice_at != route {
                    s.notice = None;
                }
                if s.persist_answer.is_some_and(|(_, at)| at != route) {
                    s.persist_answer = None;
                }
            }
            Action::SetLang(lang) if lang == self.lang && self.lang_switch.is_none() => return self,
            Action::SetLang(lang) if lang == self.lang => s.lang_switch = None,
            // This build holds one language: app.rs fetches the other build, keeps the room, and reloads.
            Action::SetLang(lang) if Lang::compiled().is_some() => s.lang_switch = Some(LangSwitch::Loading(lang)),
            Action::LangSwitchFailed(why) => s.lang_switch = Some(why),
            Action::SetLang(lang) => {
                s.lang = lang;
                s.prefs_seq += 1;
            }
            Action::TogglePresent => {
                s.present = !s.present;
                s.prefs_seq += 1;
            }
            Action::ToggleShortcuts => {
                s.shortcuts = !s.shortcuts;
                s.prefs_seq += 1;
            }
            Action::Create { municipality, unit, date, participants } => {
                let mut a = Assessment::new(s.workspace.fresh_id(now_ms), &municipality, &date, &now);
                a.unit = unit.trim().to_owned();
                a.participants = participants.trim().to_owned();
                if !s.room_for(json_len(&a) + 1) {
                    return Rc::new(s);
                }
                s.workspace.add(a, now_ms);
                s.demo_open = false;
                s.save_seq += 1;
            }
            Action::Open(id) => {
                if s.workspace.get(&id).is_none() || (s.workspace.current.as_deref() == Some(&id) && !s.demo_open) {
                    return self;
                }
                s.workspace.current = Some(id);
                s.demo_open = false;
                s.save_seq += 1;
            }
            Action::OpenDemo => {
                if s.demo.is_none() {
                    s.demo = Some(demo_assessment(s.lang, &browser::today(), &now));
                    s.demo_seq += 1;
                }
                s.demo_open = true;
            }
            Action::ResetDemo => {
                s.demo = Some(demo_assessment(s.lang, &browser::today(), &now));
                s.demo_open = true;
                s.demo_seq += 1;
            }
            Action::CloseDemo => {
                s.demo_open = false;
            }
            Action::Answer { question, answer } => s.edit_open(|a| {
                a.set_answer(question, answer);
                // An answer changed by hand is no longer the one the workshop agreed.
                if let Some(r) = a.responses.get_mut(question) {
                    r.agreed = None;
                }
            }),
            Action::Note { question, text } => {
                let old = s.open().and_then(|a| a.response(question)).map(|r| r.note.clone()).unwrap_or_default();
                if !s.room_for_text(&old, &text, !s.demo_open) {
                    return Rc::new(s);
                }
                s.edit_open(|a| a.set_note(question, &text))
            }
            Action::ActionItem { question, field, value } => {
                let old = s.open().and_then(|a| a.response(question)).map(|r| match field {
                    ActionField::What => r.action.what.clone(),
                    ActionField::Who => r.action.who.clone(),
                    ActionField::Due => r.action.due.clone(),
                    ActionField::Check => r.action.check.clone(),
                });
                if !s.room_for_text(&old.unwrap_or_default(), &value, !s.demo_open) {
                    return Rc::new(s);
                }
                s.edit_open(|a| a.set_action(question, field, &value))
            }
            Action::Confirm(question) => s.edit_open(|a| a.confirm(question)),
            Action::ActionStatus { question, status } => {
                if s.open().is_none_or(|a| a.response(question).map(|r| r.action.status).unwrap_or_default() == status) {
                    return self;
                }
                // A status token at most; a response that does not exist yet brings its keys.
                if !s.demo_open && !s.room_for(128) {
                    return Rc::new(s);
                }
                s.edit_open(|a| a.set_action_status(question, status))
            }
            Action::ConfirmTheme(theme) => {
                let ids: Vec<&'static str> = bank::theme(theme).questions().map(|q| q.id).collect();
                if s.open().is_none_or(|a| !ids.iter().any(|q| a.to_confirm.contains(*q))) {
                    return self;
                }
                s.edit_open(|a| {
                    a.confirm_all(ids.iter().copied());
                })
            }
            Action::Header { id, field, value } => {
                if id == DEMO_ID {
                    return self;
                }
                let old = s.workspace.get(&id).map(|a| match field {
                    HeaderField::Municipality => a.municipality.clone(),
                    HeaderField::Unit => a.unit.clone(),
                    HeaderField::Date => a.date.clone(),
                    HeaderField::Participants => a.participants.clone(),
                });
                let Some(old) = old else { return self };
                if !s.room_for_text(&old, &value, true) {
                    return Rc::new(s);
                }
                s.workspace.set_header(&id, field, &value, &now);
                s.save_seq += 1;
            }
            Action::CarryForward(id) => {
                let Some(a) = s.workspace.get(&id) else { return self };
                let (name, size) = (a.title(), json_len(a) + 1);
                if !s.room_for(size) {
                    return Rc::new(s);
                }
                s.workspace.carry_forward(&id, &browser::today(), &now, now_ms);
                s.demo_open = false;
                s.notice = Some(Notice::Carried { name });
                // The button moves the user to the new assessment's overview, where the notice belongs.
                s.notice_at = Route::Overview;
                s.save_seq += 1;
            }
            Action::Delete(id) => {
                let Some((pos, a)) = s.workspace.remove(&id) else { return self };
                s.stored_bytes = s.stored_bytes.saturating_sub(json_len(&a) + 1);
                s.tell(Notice::Deleted { pos, assessment: Box::new(a) });
                s.save_seq += 1;
            }
            Action::UndoDelete => {
                let Some(Notice::Deleted { pos, assessment }) = s.notice.take() else { return self };
                if !s.room_for(json_len(&*assessment) + 1) {
                    return Rc::new(s);
                }
                s.workspace.restore(pos, *assessment);
                s.save_seq += 1;
            }
            Action::Import(imported) => {
                let name = imported.assessment.title();
                let answered = imported.assessment.answered_count();
                if !s.room_for(json_len(&imported.assessment) + 1) {
                    return Rc::new(s);
                }
                s.workspace.add(imported.assessment, now_ms);
                s.demo_open = false;
                s.tell(Notice::Imported { name, answered, dropped: imported.dropped.len(), bank_version: imported.bank_version });
                s.save_seq += 1;
            }
            Action::ImportFailed { file, error } => s.tell(Notice::ImportFailed { file, error }),
            Action::BackupRead { file, backup } => {
                s.pending_backup = Some(PendingBackup { file, backup, mode: Mode::Add });
                s.notice = None;
            }
            Action::BackupMode(mode) => match s.pending_backup.as_mut() {
                Some(p) if p.mode != mode => p.mode = mode,
                _ => return self,
            },
            Action::BackupCancel => {
                if s.pending_backup.take().is_none() {
                    return self;
                }
            }
            Action::BackupConfirm => {
                let Some(p) = s.pending_backup.take() else { return self };
                let mut next = s.workspace.clone();
                let plan = backup::apply(&mut next, p.backup.assessments, p.mode, now_ms);
                let bytes = crate::persist::workspace_bytes(&next);
                if bytes > s.budget_bytes {
                    s.tell(Notice::Full { needed: bytes, budget: s.budget_bytes });
                    return Rc::new(s);
                }
                s.stored_bytes = bytes;
                s.workspace = next;
                s.tell(Notice::BackupDone { mode: p.mode, plan, dropped: p.backup.dropped.len() });
                s.save_seq += 1;
            }
            Action::BackedUp { at } => {
                // The file already holds the new stamps; storing them is checked like any growth, and if it does
                // not fit, only the reminder is wrong, never the data.
                let growth: usize = s.workspace.assessments.iter().map(|a| json_len(&at).saturating_sub(json_len(&a.last_exported))).sum();
                if !s.room_for(growth) {
                    s.last_backup = Some(at);
                    s.meta_seq += 1;
                    return Rc::new(s);
                }
                for a in s.workspace.assessments.iter_mut() {
                    a.last_exported = Some(at.clone());
                }
                s.last_backup = Some(at);
                s.tell(Notice::BackedUp);
                s.save_seq += 1;
                s.meta_seq += 1;
            }
            Action::Restore { key, salvage } => {
                let mut next = s.workspace.clone();
                backup::apply(&mut next, salvage.recovered.clone(), Mode::Add, now_ms);
                let bytes = crate::persist::workspace_bytes(&next);
                if bytes > s.budget_bytes {
                    s.tell(Notice::Full { needed: bytes, budget: s.budget_bytes });
                    return Rc::new(s);
                }
                // Fully recovered data is dealt with; anything lost stays listed, so it can still be downloaded.
                if salvage.lost.is_empty() && !salvage.cut_short && salvage.unreadable.is_none() {
                    s.corrupt.retain(|k| *k != key);
                    if s.corrupt.is_empty() {
                        s.save_blocked = false;
                    }
                }
                if !salvage.recovered.is_empty() {
                    s.stored_bytes = bytes;
                    s.workspace = next;
                    s.save_seq += 1;
                }
                s.tell(Notice::Restored(Box::new(salvage)));
            }
            Action::Exported(id) => {
                if let Some(a) = s.workspace.get_mut(&id) {
                    a.last_exported = Some(now);
                    s.save_seq += 1;
                }
            }
            Action::BrowserRefused { what, detail } => s.tell(Notice::BrowserRefused { what, detail }),
            Action::Saved { revision, at, bytes, budget } => {
                s.stored_bytes = bytes;
                s.budget_bytes = budget;
                s.revision = revision;
                s.save = SaveStatus::Saved { at };
                s.force_save = false;
            }
            Action::SaveFailed(why) => s.save = SaveStatus::Failed(why),
            Action::Quota { quota, usage } => {
                // Two bytes per UTF-16 unit; localStorage itself is capped lower still.
                let free = ((quota - usage).max(0.0) / 2.0) as usize;
                let capacity = free.min(LOCAL_STORAGE_UNITS);
                if capacity == s.capacity {
                    return self;
                }
                // The budget is linear in the room (persist::budget_bytes), so it moves by the change in room.
                let delta = capacity.abs_diff(s.capacity) * 15 / 8;
                if s.budget_bytes != usize::MAX {
                    s.budget_bytes = if capacity < s.capacity { s.budget_bytes.saturating_sub(delta) } else { s.budget_bytes.saturating_add(delta) };
                }
                s.capacity = capacity;
            }
            Action::PersistAnswer(answer) => {
                s.persist_told = true;
                s.meta_seq += 1;
                s.persist_answer = Some((answer, s.route));
            }
            Action::SaveConflict => s.save = SaveStatus::Conflict,
            Action::StorageChanged(stored) => match stored {
                Some(st) if st.revision > s.revision && s.save != SaveStatus::Conflict => {
                    let keep_current = st.workspace.get(s.workspace.current.as_deref().unwrap_or_default()).is_some();
                    let current = s.workspace.current.clone();
                    s.workspace = st.workspace;
                    if keep_current {
                        s.workspace.current = current;
                    }
                    s.revision = st.revision;
                    s.stored_bytes = st.bytes;
                    s.tell(Notice::OtherTab);
                }
                _ => return self,
            },
            Action::KeepMine => {
                s.force_save = true;
                s.save = SaveStatus::Idle;
                s.save_seq += 1;
            }
            Action::TakeTheirs(st) => {
                s.stored_bytes = st.bytes;
                s.workspace = st.workspace;
                s.revision = st.revision;
                s.save = SaveStatus::Saved { at: now };
            }
            Action::CorruptHandled(key) => {
                s.corrupt.retain(|k| *k != key);
                if s.corrupt.is_empty() {
                    s.save_blocked = false;
                }
            }
            Action::WorkshopAdd(files) => {
                let mut all = s.workshop.clone();
                all.extend(files.iter().cloned());
                if crate::model::merge::differences(&ok_files(&all)).is_empty() {
                    s.workshop = all;
                    s.workshop_pending.clear();
                } else {
                    s.workshop_pending = files;
                }
            }
            Action::WorkshopAccept => {
                let held = std::mem::take(&mut s.workshop_pending);
                s.workshop.extend(held);
            }
            Action::WorkshopReject => s.workshop_pending.clear(),
            Action::WorkshopClear => {
                s.workshop.clear();
                s.workshop_pending.clear();
            }
            Action::CodeAdd(code) => {
                s.room.add_code(&code);
            }
            Action::CodeRemove(i) => s.room.remove_code(i),
            Action::Hands { question, counts } => s.room.set_hands(question, counts.map(|c| c.min(crate::model::limits::HANDS))),
            Action::RoomClear => {
                let draft = std::mem::take(&mut s.room.draft);
                s.room = Room { draft, ..Room::default() };
            }
            Action::DraftName(name) => s.room.draft.name = crate::model::answers::clip(&name, crate::model::limits::PARTICIPANT_NAME),
            Action::DraftService(service) => s.room.draft.service = service,
            Action::DraftAnswer { question, answer } => match answer {
                Some(a) => {
                    s.room.draft.answers.insert(question, a);
                }
                None => {
                    s.room.draft.answers.remove(question);
                }
            },
            Action::DraftClear => s.room.draft = Default::default(),
            Action::Agree { question, answer, note, replace } => {
                let Some(open) = s.open() else { return self };
                let existing = open.response(question).cloned().unwrap_or_default();
                if existing.answer.is_some_and(|a| a != answer) && !replace {
                    return self;
                }
                let date = browser::today();
                let note = crate::model::answers::clip(note.trim(), crate::model::limits::AGREED_NOTE);
                let new_note = crate::model::room::agreed_note(&existing.note, &note);
                if new_note.chars().count() > crate::model::limits::NOTE {
                    return self;
                }
                // The date and its key come with the note; counted together, as one growth.
                if !s.room_for_text(&existing.note, &format!("{new_note}{date}            "), !s.demo_open) {
                    return Rc::new(s);
                }
                s.edit_open(|a| {
                    a.set_answer(question, Some(answer));
                    a.set_note(question, &new_note);
                    if let Some(r) = a.responses.get_mut(question) {
                        r.agreed = Some(date);
                    }
                });
            }
            Action::DismissNotice => {
                if s.notice.is_none() {
                    return self;
                }
                s.notice = None;
            }
        }
        Rc::new(s)
    }
}

/// The readable files among the workshop's, with the bank version each was made with.
pub fn ok_files(files: &[WorkshopFile]) -> Vec<(Assessment, u32)> {
    files.iter().filter_map(|f| f.result.as_ref().ok().map(|i| (i.assessment.clone(), i.bank_version))).collect()
}

pub type AppContext = UseReducerHandle<AppState>;
