//! The workshop: a room's answers gathered with nothing sent over a network (participant codes, a show of hands,
//! files), the room view for the projector, the agreed answers written back, and participant mode. One component
//! per file.

mod agree_form;
mod code_card;
mod code_entry;
mod file_merge;
mod hands_form;
mod participant_page;
mod qr_scanner;
mod question_focus;
mod room_table;
mod spread_bar;
mod workshop_page;

pub use participant_page::Participant;
pub use workshop_page::Workshop;

use crate::model::room::Voter;
use crate::state::{ok_files, AppState};

/// Everyone in the room with their own answers: codes first, then files (a show of hands is counted apart).
pub(crate) fn voters(s: &AppState) -> Vec<Voter> {
    s.room
        .codes
        .iter()
        .map(|c| c.voter.clone())
        .chain(ok_files(&s.workshop).iter().map(|(a, _)| Voter::from_assessment(a)))
        .collect()
}
