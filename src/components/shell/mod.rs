//! The frame around every page.

mod demo_banner;
mod footer;
#[cfg(feature = "lean")]
mod full_build;
mod header;
mod heading;
mod lang_switch;
mod notice_bar;
mod save_alert;
mod frame;

pub use heading::Heading;
pub use frame::Shell;
