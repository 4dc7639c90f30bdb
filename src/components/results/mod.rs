//! The results page and the widgets it shares with the report. Only the page is a component: the widgets are
//! plain functions of their data, which keeps the first load small.

mod action_plan;
mod duty_filter;
mod finding_list;
mod results_page;
mod score_table;
mod share_bars;
mod theme_status;

pub use action_plan::{action_plan, PlanView};
pub use duty_filter::duty_filter;
pub use finding_list::{action_parts, finding_list, Grouping};
pub use results_page::Results;
pub use score_table::{area_rows, score_table, theme_rows, Row};
pub use share_bars::{share_bars, Bar};
pub use theme_status::theme_status;
