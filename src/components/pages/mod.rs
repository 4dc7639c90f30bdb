//! One component per file: the pages, and the widgets they share.

mod answer_picker;
mod assessment_card;
mod assessments;
mod basis_details;
mod compare;
mod criteria_box;
mod home;
mod import_box;
mod method;
mod new_form;
mod no_assessment;
mod not_found;
mod note_fields;
mod offline_copy;
mod overview;
mod privacy;
mod question_page;
mod theme_summary;

pub use assessments::Assessments;
pub use compare::Compare;
pub use home::Home;
pub use method::Method;
pub use no_assessment::NoAssessment;
pub use not_found::NotFound;
pub use overview::Overview;
pub use privacy::Privacy;
pub use question_page::QuestionPage;
pub use crate::components::report::Report;
pub use crate::components::results::Results;
pub use theme_summary::ThemeSummary;
pub use crate::components::workshop::Workshop;
// Shared with the workshop's own folder.
pub(crate) use import_box::ImportBox;
pub(crate) use offline_copy::OfflineCopy;
