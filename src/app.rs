//! The root: reads what is stored once at start-up, provides the state, and owns every effect that talks to the
//! browser (saving, routing, focus and title, other tabs). Pages below only read state and dispatch actions.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{self, LocalStore};
use crate::components::shell::Shell;
use crate::model::route::Route;
use crate::model::save_format;
use crate::persist::{self, Loaded, Meta, Prefs, SaveError, KEY_WORKSPACE, LOCAL_STORAGE_UNITS};
use crate::state::{Action, AppContext, AppState, SaveFailure, SaveStatus};

/// Builds the start-up state from browser storage and the URL. Never fails: unreadable data is kept aside.
pub fn initial_state() -> AppState {
    let store = LocalStore;
    let (_, now_ms) = browser::clock();
    let prefs = persist::load_prefs(&store);
    let meta = persist::load_meta(&store);
    let mut s = AppState {
        last_backup: meta.last_backup,
        persist_told: meta.persist_told,
        lang: prefs.lang.unwrap_or_default(),
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
    s.stored_bytes = persist::workspace_bytes(&s.workspace);
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

    html! {
        <ContextProvider<AppContext> context={state}>
            <Shell />
        </ContextProvider<AppContext>>
    }
}

/// Saves the workspace, the demo and the preferences whenever their counters move.
#[hook]
fn use_save_effects(state: &AppContext) {
    {
        let s = state.clone();
        use_effect_with(state.save_seq, move |seq| {
            if *seq > 0 {
                let (now, _) = browser::clock();
                if s.save_blocked {
                    s.dispatch(Action::SaveFailed(SaveFailure::Blocked));
                } else {
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
            }
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

/// Back/Forward and links (hashchange), and saves made by other tabs (storage event).
#[hook]
fn use_browser_listeners(state: &AppContext) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listeners = browser::window().map(|w| {
            let d = dispatcher.clone();
            let hash = EventListener::new(&w, "hashchange", move |_| d.dispatch(Action::Navigate(Route::parse(&browser::current_hash()))));
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
    use_effect_with((state.route, state.lang), move |_| {
        let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
        if !was_first {
            browser::focus("page-title");
        }
    });
}
