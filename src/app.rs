//! The root: reads what is stored once at start-up, provides the state, and owns every effect that talks to the
//! browser (saving, routing, focus and title, other tabs). Pages below only read state and dispatch actions.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{self, LocalStore};
use crate::components::shell::Shell;
use crate::model::carry::{CarriedFile, Carry};
use crate::model::lang::Lang;
use crate::model::route::Route;
use crate::model::save_format;
use crate::persist::{self, Loaded, Meta, Prefs, SaveError, KEY_WORKSPACE, LOCAL_STORAGE_UNITS};
use crate::state::{Action, AppContext, AppState, LangSwitch, SaveFailure, SaveStatus, WorkshopFile};

/// sessionStorage key of the in-memory workshop state kept across the reload of a language switch.
const KEY_CARRY: &str = "egenvurdering-rus.v1.carry";
/// Set when the page reloads for a language switch: focus returns to the language buttons.
const KEY_FOCUS_LANG: &str = "egenvurdering-rus.v1.focus-lang";

/// Builds the start-up state from browser storage and the URL. Never fails: unreadable data is kept aside.
pub fn initial_state() -> AppState {
    let store = LocalStore;
    let (_, now_ms) = browser::clock();
    let prefs = persist::load_prefs(&store);
    let meta = persist::load_meta(&store);
    let mut s = AppState {
        last_backup: meta.last_backup,
        persist_told: meta.persist_told,
        // A single-language build shows its own language whatever the preference (it can differ only when the
        // preferred build could not be loaded).
        lang: Lang::compiled().unwrap_or(prefs.lang.unwrap_or_default()),
        shortcuts: prefs.shortcuts,
        present: prefs.present,
        route: Route::parse(&browser::current_hash()),
        demo: persist::load_demo(&store),
        ..AppState::default()
    };
    match persist::load_workspace(&store, now_ms) {
        Loaded::Empty => {}
        Loaded::Ready(stored) => {
            s.workspace = stored.workspace;
            s.revision = stored.revision;
            s.stored_bytes = stored.bytes;
        }
        // Said at once rather than at the first answer: the user should know before starting work.
        Loaded::Unavailable(reason) => s.save = SaveStatus::Failed(SaveFailure::Browser(reason)),
        Loaded::Corrupt { kept_as, .. } => {
            if kept_as.is_none() {
                s.save_blocked = true;
                s.corrupt.push(KEY_WORKSPACE.into());
            }
        }
    }
    if let Some(carry) = browser::session_take(KEY_CARRY).and_then(|j| serde_json::from_str::<Carry>(&j).ok()) {
        s.room = carry.room();
        let file = |c: CarriedFile| {
            let (file, imported) = c.imported();
            WorkshopFile { file, result: Ok(imported) }
        };
        s.workshop = carry.files.into_iter().map(file).collect();
        s.workshop_pending = carry.pending.into_iter().map(file).collect();
        s.demo_open = carry.demo_open && s.demo.is_some();
    }
    s.budget_bytes = persist::budget_bytes(persist::available_units(&store, LOCAL_STORAGE_UNITS));
    s.corrupt.extend(persist::corrupt_keys(&store));
    s
}

#[component]
pub fn App() -> Html {
    html! { <Root initial={None::<AppState>} /> }
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// A given state (render tests); None reads the browser's storage.
    pub initial: Option<AppState>,
}

#[component]
pub fn Root(props: &RootProps) -> Html {
    let given = props.initial.clone();
    let state = use_reducer(move || given.unwrap_or_else(initial_state));

    use_save_effects(&state);
    use_browser_listeners(&state);
    use_page_effects(&state);
    use_lang_switch(&state);

    html! {
        <ContextProvider<AppContext> context={state}>
            <Shell />
        </ContextProvider<AppContext>>
    }
}

/// Below this size (JSON bytes) a save costs well under a frame, so every change is saved at once.
const QUICK_SAVE_BYTES: usize = 400_000;
/// Above it, edits inside the open assessment (answers, typing) are saved after this much quiet, and at once when
/// the page changes or is hidden; every other change is saved at once.
const QUIET_MS: u64 = 300;

/// Writes the workspace as it is in `s` and reports the outcome.
fn save_now(s: &AppContext) {
    let (now, _) = browser::clock();
    if s.save_blocked {
        s.dispatch(Action::SaveFailed(SaveFailure::Blocked));
        return;
    }
    match persist::save_workspace(&LocalStore, &s.workspace, s.revision, &now, s.force_save, s.capacity) {
        Ok(saved) => {
            s.dispatch(Action::Saved { revision: saved.revision, at: now, bytes: saved.bytes, budget: saved.budget });
            // Asked once there is work worth keeping; the answer is told once.
            if !s.persist_told && !s.workspace.assessments.is_empty() {
                let d = s.dispatcher();
                yew::platform::spawn_local(async move {
                    d.dispatch(Action::PersistAnswer(browser::request_persist().await));
                });
            }
        }
        Err(SaveError::Full { needed, budget }) => s.dispatch(Action::SaveFailed(SaveFailure::Full { needed, budget })),
        Err(SaveError::Conflict { .. }) => s.dispatch(Action::SaveConflict),
        Err(SaveError::Write(e)) => s.dispatch(Action::SaveFailed(SaveFailure::Browser(e))),
        Err(SaveError::Verify) => s.dispatch(Action::SaveFailed(SaveFailure::Verify)),
    }
}

/// Saves the workspace, the demo and the preferences whenever their counters move. A large workspace (30 full
/// assessments are 6 MB of JSON) takes about a hundred milliseconds to save, so while it is large, a burst of
/// edits is saved once, after QUIET_MS without one, or at once on leaving the page or hiding the tab.
#[hook]
fn use_save_effects(state: &AppContext) {
    // The handle of the latest render, for saves that happen later (timer, page hidden) with the state as it is then.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    // The save_seq waiting to be written; 0 when nothing waits.
    let pending = use_mut_ref(|| 0u64);
    {
        let (s, latest, pending) = (state.clone(), latest.clone(), pending.clone());
        use_effect_with(state.save_seq, move |seq| {
            if *seq > 0 {
                if s.stored_bytes < QUICK_SAVE_BYTES || !s.editing {
                    *pending.borrow_mut() = 0;
                    save_now(&s);
                } else {
                    *pending.borrow_mut() = *seq;
                    let seq = *seq;
                    yew::platform::spawn_local(async move {
                        yew::platform::time::sleep(std::time::Duration::from_millis(QUIET_MS)).await;
                        if *pending.borrow() == seq {
                            *pending.borrow_mut() = 0;
                            let s = latest.borrow().clone();
                            save_now(&s);
                        }
                    });
                }
            }
        });
    }
    {
        let (latest, pending) = (latest.clone(), pending.clone());
        use_effect_with(state.route, move |_| flush(&latest, &pending));
    }
    {
        let (latest, pending) = (latest.clone(), pending.clone());
        use_effect_with((), move |_| {
            let listeners = browser::window().map(|w| {
                let (l, p) = (latest.clone(), pending.clone());
                let hidden = EventListener::new(&w, "pagehide", move |_| flush(&l, &p));
                let (l, p) = (latest.clone(), pending.clone());
                let doc = w.document();
                let visibility = doc.map(|d| {
                    EventListener::new(&d, "visibilitychange", move |e| {
                        let hidden = e.target().and_then(|t| t.dyn_into::<web_sys::Document>().ok()).is_some_and(|d| d.hidden());
                        if hidden {
                            flush(&l, &p);
                        }
                    })
                });
                (hidden, visibility)
            });
            move || drop(listeners)
        });
    }
    {
        let s = state.clone();
        use_effect_with(state.demo_seq, move |seq| {
            if *seq > 0 {
                let (now, _) = browser::clock();
                if let Err(e) = persist::save_demo(&LocalStore, s.demo.as_ref(), &now) {
                    s.dispatch(Action::SaveFailed(SaveFailure::Browser(e)));
                }
            }
        });
    }
    {
        let s = state.clone();
        use_effect_with(state.meta_seq, move |seq| {
            if *seq > 0 {
                let meta = Meta { last_backup: s.last_backup.clone(), persist_told: s.persist_told };
                // Like preferences: losing this only means a reminder or a notice shown again.
                let _ = persist::save_meta(&LocalStore, &meta);
            }
        });
    }
    {
        let s = state.clone();
        use_effect_with(state.prefs_seq, move |seq| {
            if *seq > 0 {
                let prefs = Prefs { lang: Some(s.lang), shortcuts: s.shortcuts, present: s.present };
                // Preferences are a convenience: failing to keep them must not alarm anyone.
                let _ = persist::save_prefs(&LocalStore, prefs);
            }
        });
    }
}

/// Writes a save that is waiting for quiet, now.
fn flush(latest: &std::rc::Rc<std::cell::RefCell<AppContext>>, pending: &std::rc::Rc<std::cell::RefCell<u64>>) {
    if std::mem::take(&mut *pending.borrow_mut()) != 0 {
        let s = latest.borrow().clone();
        save_now(&s);
    }
}

/// Back/Forward and links (hashchange), and saves made by other tabs (storage event).
#[hook]
fn use_browser_listeners(state: &AppContext) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listeners = browser::window().map(|w| {
            let d = dispatcher.clone();
            let hash = EventListener::new(&w, "hashchange", move |_| {
                let hash = browser::current_hash();
                let route = Route::parse(&hash);
                // Another address of the page on screen (#/tema/1 for its first question) renders nothing new.
                mark_shown(route, &hash);
                d.dispatch(Action::Navigate(route));
            });
            let d = dispatcher.clone();
            let storage = EventListener::new(&w, "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
                if e.key().as_deref() == Some(KEY_WORKSPACE) {
                    let stored = e.new_value().and_then(|v| save_format::decode_workspace(&v).ok());
                    d.dispatch(Action::StorageChanged(stored));
                }
            });
            (hash, storage)
        });
        browser::register_service_worker();
        let d = dispatcher.clone();
        yew::platform::spawn_local(async move {
            if let Some((quota, usage)) = browser::storage_estimate().await {
                d.dispatch(Action::Quota { quota, usage });
            }
        });
        move || drop(listeners)
    });
}

/// Title, language attribute and focus follow the page: screen readers hear the new heading after a route change.
#[hook]
fn use_page_effects(state: &AppContext) {
    let first = use_mut_ref(|| true);
    let lang = state.lang;
    use_effect_with(lang, move |lang| browser::set_html_lang(lang.code()));
    use_effect_with((state.route, state.lang), move |(route, _)| {
        let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
        if !was_first {
            browser::focus("page-title");
        }
        mark_shown(*route, &browser::current_hash());
    });
}

/// Marks which address the page on screen belongs to, for tests and tools that must know the page is there: none
/// while the lean build's stand-in for a full-build page is showing, which is about to reload.
fn mark_shown(route: Route, hash: &str) {
    browser::set_shown_route((!(cfg!(feature = "lean") && route.full_only())).then_some(hash));
}

/// Sets aside what lives only in memory, for the reload that switches build (language, or lean to full); the
/// start-up reads it back (initial_state). Err when it could not be written (sessionStorage full or missing).
pub fn reload_carry(s: &AppState) -> Result<(), String> {
    let carried = |files: &[WorkshopFile]| -> Vec<CarriedFile> {
        files.iter().filter_map(|f| f.result.as_ref().ok().map(|i| CarriedFile::new(&f.file, i))).collect()
    };
    let carry = Carry::of(&s.room, carried(&s.workshop), carried(&s.workshop_pending), s.demo_open);
    if carry.is_empty() {
        return Ok(());
    }
    browser::session_set(KEY_CARRY, &serde_json::to_string(&carry).map_err(|e| e.to_string())?)
}

/// A single-language build switches language by loading the page again with the other build: first that build
/// is fetched (so the reload works offline once it is cached, and a failure is told here, with the page intact),
/// then what lives only in memory is set aside for the reload, then the preference is saved and the page reloads.
/// A waiting save of the workspace is written on the way out (pagehide).
#[hook]
fn use_lang_switch(state: &AppContext) {
    let lang = state.lang;
    use_effect_with((), move |_| {
        if browser::session_take(KEY_FOCUS_LANG).is_some() {
            browser::focus(&format!("lang-{}", lang.code()));
        }
    });
    let s = state.clone();
    use_effect_with(state.lang_switch, move |switch| {
        if let Some(LangSwitch::Loading(lang)) = *switch {
            yew::platform::spawn_local(async move {
                if !browser::language_ready(lang.code()).await {
                    s.dispatch(Action::LangSwitchFailed(LangSwitch::Unavailable(lang)));
                    return;
                }
                if reload_carry(&s).is_err() {
                    s.dispatch(Action::LangSwitchFailed(LangSwitch::RoomTooLarge(lang)));
                    return;
                }
                let prefs = Prefs { lang: Some(lang), shortcuts: s.shortcuts, present: s.present };
                if persist::save_prefs(&LocalStore, prefs).is_err() {
                    s.dispatch(Action::LangSwitchFailed(LangSwitch::NotSaved(lang)));
                    return;
                }
                // After the reload, focus goes back to the language buttons, where the keyboard user left it.
                let _ = browser::session_set(KEY_FOCUS_LANG, "1");
                browser::reload();
            });
        }
    });
}
