//! Application state and its one reducer. Browser I/O happens in effects (app.rs), never here; the clock is the
//! one outside value read here (fixed in native builds, so tests stay deterministic).

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::model::answers::{ActionField, Answer, Assessment};
use crate::model::demo::{demo_assessment, DEMO_ID};
use crate::model::lang::Lang;
use crate::model::route::Route;
use crate::model::save_format::{Imported, LoadError, Stored, Workspace};
use crate::model::workspace::HeaderField;

/// Why a save did not happen; each has its own message, because each asks something different of the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveFailure {
    /// The browser refused the write (quota, private mode, disabled storage); the browser's own words.
    Browser(String),
    /// The write seemed to work but did not read back the same.
    Verify,
    /// Unreadable data still sits under the main key; saving would overwrite it.
    Blocked,
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
    Imported { name: String, answered: usize, dropped: usize },
    ImportFailed { file: String, error: LoadError },
    Deleted { pos: usize, assessment: Box<Assessment> },
    Carried { name: String },
    OtherTab,
    BrowserRefused { what: Refused, detail: String },
}

/// A participant's file in the workshop comparison (kept in memory only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkshopFile {
    pub file: String,
    pub result: Result<Assessment, LoadError>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
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
    /// Unreadable stored blobs kept aside (storage keys), offered for download.
    pub corrupt: Vec<String>,
    /// An unreadable blob could not be copied aside and still sits under the main key: never write over it.
    pub save_blocked: bool,
    pub workshop: Vec<WorkshopFile>,
    /// Bumped by every change that must be saved; the save effects watch these.
    pub save_seq: u64,
    pub demo_seq: u64,
    pub prefs_seq: u64,
    /// The next save may overwrite a newer revision (the user chose "keep my changes").
    pub force_save: bool,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            lang: Lang::Nb,
            route: Route::Home,
            workspace: Workspace::default(),
            revision: 0,
            demo: None,
            demo_open: false,
            shortcuts: false,
            present: false,
            save: SaveStatus::Idle,
            notice: None,
            corrupt: Vec::new(),
            save_blocked: false,
            workshop: Vec::new(),
            save_seq: 0,
            demo_seq: 0,
            prefs_seq: 0,
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

pub enum Action {
    Navigate(Route),
    SetLang(Lang),
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
    Header { id: String, field: HeaderField, value: String },
    CarryForward(String),
    Delete(String),
    UndoDelete,
    Import(Imported),
    ImportFailed { file: String, error: LoadError },
    Exported(String),
    BrowserRefused { what: Refused, detail: String },
    Saved { revision: u64, at: String },
    SaveFailed(SaveFailure),
    SaveConflict,
    /// Another tab wrote the workspace; `None` when its value could not be read.
    StorageChanged(Option<Stored>),
    KeepMine,
    TakeTheirs(Stored),
    CorruptHandled(String),
    WorkshopAdd(Vec<WorkshopFile>),
    WorkshopClear,
    DismissNotice,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let (now, now_ms) = browser::clock();
        match action {
            Action::Navigate(route) if route == self.route => return self,
            Action::Navigate(route) => s.route = route,
            Action::SetLang(lang) if lang == self.lang => return self,
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
            Action::Answer { question, answer } => s.edit_open(|a| a.set_answer(question, answer)),
            Action::Note { question, text } => s.edit_open(|a| a.set_note(question, &text)),
            Action::ActionItem { question, field, value } => s.edit_open(|a| a.set_action(question, field, &value)),
            Action::Confirm(question) => s.edit_open(|a| a.confirm(question)),
            Action::Header { id, field, value } => {
                if id == DEMO_ID {
                    return self;
                }
                s.workspace.set_header(&id, field, &value, &now);
                s.save_seq += 1;
            }
            Action::CarryForward(id) => {
                let Some(name) = s.workspace.get(&id).map(Assessment::title) else { return self };
                s.workspace.carry_forward(&id, &browser::today(), &now, now_ms);
                s.demo_open = false;
                s.notice = Some(Notice::Carried { name });
                s.save_seq += 1;
            }
            Action::Delete(id) => {
                let Some((pos, a)) = s.workspace.remove(&id) else { return self };
                s.notice = Some(Notice::Deleted { pos, assessment: Box::new(a) });
                s.save_seq += 1;
            }
            Action::UndoDelete => {
                let Some(Notice::Deleted { pos, assessment }) = s.notice.take() else { return self };
                s.workspace.restore(pos, *assessment);
                s.save_seq += 1;
            }
            Action::Import(imported) => {
                let name = imported.assessment.title();
                let answered = imported.assessment.answered_count();
                s.workspace.add(imported.assessment, now_ms);
                s.demo_open = false;
                s.notice = Some(Notice::Imported { name, answered, dropped: imported.dropped.len() });
                s.save_seq += 1;
            }
            Action::ImportFailed { file, error } => s.notice = Some(Notice::ImportFailed { file, error }),
            Action::Exported(id) => {
                if let Some(a) = s.workspace.get_mut(&id) {
                    a.last_exported = Some(now);
                    s.save_seq += 1;
                }
            }
            Action::BrowserRefused { what, detail } => s.notice = Some(Notice::BrowserRefused { what, detail }),
            Action::Saved { revision, at } => {
                s.revision = revision;
                s.save = SaveStatus::Saved { at };
                s.force_save = false;
            }
            Action::SaveFailed(why) => s.save = SaveStatus::Failed(why),
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
                    s.notice = Some(Notice::OtherTab);
                }
                _ => return self,
            },
            Action::KeepMine => {
                s.force_save = true;
                s.save = SaveStatus::Idle;
                s.save_seq += 1;
            }
            Action::TakeTheirs(st) => {
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
            Action::WorkshopAdd(files) => s.workshop.extend(files),
            Action::WorkshopClear => s.workshop.clear(),
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

pub type AppContext = UseReducerHandle<AppState>;
