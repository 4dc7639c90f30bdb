//! Egenvurdering rus: a self-assessment against Helsetilsynet's 2004 nationwide audit of municipal social
//! services for people with substance-use problems. Runs entirely in the browser; no answer leaves the device.

pub mod app;
pub mod browser;
pub mod components;
pub mod downloads;
pub mod i18n;
pub mod model;
pub mod persist;
pub mod state;

pub use app::{App, Root, RootProps};
