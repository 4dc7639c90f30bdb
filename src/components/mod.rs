//! Yew components, one per file. `shell` frames every page; `pages` holds one folder entry per page and the
//! widgets they share; `results` and `report` are the two output pages with their own widgets; `manage` keeps
//! data safe (limited fields, backups, restoring unreadable data).

pub mod followup;
pub mod law_names;
pub mod manage;
pub mod pages;
pub mod report;
pub mod results;
pub mod shell;
pub mod workshop;

use yew::prelude::*;

use crate::state::AppContext;

/// The app state, or None outside the provider (never the case inside Root; components then render nothing).
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}
