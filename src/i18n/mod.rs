//! Every visible UI string, in bokmål, nynorsk and English. Plain strings are `L` constants (a missing language
//! does not compile); strings with values are functions that `match` on `Lang` (a missing arm does not compile).
//! Content of the question bank lives with the bank in model::bank.




pub mod shell;


pub use crate::model::lang::{Lang, L};

/// Norwegian and English number formatting of a readiness score.
pub fn percent(lang: Lang, v: Option<u8>) -> String {
    match (lang, v) {
        (_, Some(v)) => format!("{v} %"),
        (Lang::Nb, None) => "–".into(),
        (Lang::Nn, None) => "–".into(),
        (Lang::En, None) => "–".into(),
    }
}
