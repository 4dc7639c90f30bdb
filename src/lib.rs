//! Egenvurdering rus: a self-assessment against Helsetilsynet's 2004 nationwide audit of municipal social
//! services for people with substance-use problems. Runs entirely in the browser; no answer leaves the device.

/// A text in all three languages (model::lang::L). Defined before the modules so that every module can use it.
#[cfg(not(any(feature = "lang-nb", feature = "lang-nn", feature = "lang-en")))]
macro_rules! l {
    { nb: $nb:expr, nn: $nn:expr, en: $en:expr $(,)? } => { $crate::model::lang::L { nb: $nb, nn: $nn, en: $en } };
}
#[cfg(feature = "lang-nb")]
macro_rules! l {
    { nb: $nb:expr, nn: $nn:expr, en: $en:expr $(,)? } => { $crate::model::lang::L { text: $nb } };
}
#[cfg(feature = "lang-nn")]
macro_rules! l {
    { nb: $nb:expr, nn: $nn:expr, en: $en:expr $(,)? } => { $crate::model::lang::L { text: $nn } };
}
#[cfg(feature = "lang-en")]
macro_rules! l {
    { nb: $nb:expr, nn: $nn:expr, en: $en:expr $(,)? } => { $crate::model::lang::L { text: $en } };
}

pub mod app;
pub mod browser;
pub mod components;
pub mod downloads;
pub mod i18n;
pub mod model;
pub mod persist;
pub mod state;

pub use app::{App, Root, RootProps};
