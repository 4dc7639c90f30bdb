//! The pure model: question bank, answers, scoring, report, routes and file formats.
//! Nothing in here depends on the browser or the UI framework, so all of it is tested with plain `cargo test`
//! (tests/purity.rs checks the rule).

pub mod actions;
pub mod answers;
pub mod backup;
pub mod bank;
pub mod carry;
pub mod compare;
pub mod dates;
pub mod demo;
pub mod findings;
pub mod ics;
pub mod lang;
pub mod limits;
pub mod merge;
pub mod packing;
pub mod participant_code;
pub mod report;
pub mod room;
pub mod route;
pub mod salvage;
pub mod save_format;
pub mod scoring;
pub mod trend;
pub mod workspace;
