//! Follow-up after an assessment (issue 16): the action list with status and calendar, overdue actions, next
//! year's review of carried answers theme by theme, and change over time.

mod action_card;
mod action_life;
mod actions_page;
mod carried_review;
mod overdue_notice;
mod question_diff;
mod results_followup;
mod theme_carried;
mod trend_chart;

pub use action_life::ActionLife;
pub use actions_page::ActionsPage;
pub use carried_review::CarriedReview;
pub use overdue_notice::overdue_notice;
pub use question_diff::question_diff;
pub use results_followup::results_followup;
pub use theme_carried::theme_carried;
pub use trend_chart::TrendChart;
