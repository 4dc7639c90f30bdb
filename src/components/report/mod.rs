//! The report for the kommunestyre: summary first, then theme by theme, then every answer as an appendix.

mod compact_findings;
mod report_appendix;
mod report_page;
mod report_summary;
mod report_theme;
mod top_actions;

pub use report_page::Report;
