//! Every visible UI string, in bokmål, nynorsk and English. Plain strings are `L` constants (a missing language
//! does not compile); strings with values are functions that `match` on `Lang` (a missing arm does not compile).
//! Content of the question bank lives with the bank in model::bank.

pub mod data;
pub mod followup;
pub mod manage;
pub mod menu;
pub mod question;
pub mod report;
pub mod results;
pub mod shell;
pub mod workshop;

pub use crate::model::lang::{Lang, L};

/// A share as shown everywhere; a dash when there is none yet.
pub fn percent(v: Option<u8>) -> String {
    v.map_or_else(|| "–".into(), |v| format!("{v} %"))
}
