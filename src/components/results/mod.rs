//! The results page and the widgets it shares with the report.

mod action_plan;
mod duty_filter;
mod finding_list;
mod results_page;
mod score_table;
mod share_bars;
mod theme_status;

pub use action_plan::ActionPlan;
pub use duty_filter::DutyFilterChoice;
pub use finding_list::{action_parts, FindingList, Grouping};
pub use results_page::Results;
pub use score_table::{area_rows, theme_rows, Row, ScoreTable};
pub use share_bars::{Bar, ShareBars};
pub use theme_status::ThemeStatus;
