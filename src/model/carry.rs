//! What lives only in memory (the workshop room, a participant's unfinished answers, the participants' files, that
//! the example is open), written down to survive one page reload: the app switches language, and from its lean
//! build to the full one, by loading the page again with the other build, and that must not cost a trainer the
//! codes the room has typed in.
//!
//! The codes are kept as codes: adding them again in the same order gives the same room, numbers and all.

use serde::{Deserialize, Serialize};

use super::answers::Assessment;
use super::participant_code;
use super::room::Room;
use super::save_format::Imported;

/// A participant's file as it was read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CarriedFile {
    pub file: String,
    pub assessment: Assessment,
    pub dropped: Vec<String>,
    pub bank_version: u32,
}

impl CarriedFile {
    pub fn new(file: &str, i: &Imported) -> CarriedFile {
        CarriedFile { file: file.into(), assessment: i.assessment.clone(), dropped: i.dropped.clone(), bank_version: i.bank_version }
    }

    pub fn imported(self) -> (String, Imported) {
        (self.file, Imported { assessment: self.assessment, dropped: self.dropped, bank_version: self.bank_version })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Carry {
    pub codes: Vec<String>,
    pub hands: Vec<(String, [u32; 5])>,
    pub draft_name: String,
    /// The participant's own answers and service, packed as their code would be.
    pub draft: Option<String>,
    pub files: Vec<CarriedFile>,
    pub pending: Vec<CarriedFile>,
    /// The example municipality was open (which assessment is open is stored; that the example is, is not).
    #[serde(default)]
    pub demo_open: bool,
}

impl Carry {
    pub fn of(room: &Room, files: Vec<CarriedFile>, pending: Vec<CarriedFile>, demo_open: bool) -> Carry {
        let d = &room.draft;
        let draft_empty = d.name.is_empty() && d.service.is_none() && d.answers.is_empty();
        Carry {
            codes: room.codes.iter().map(|c| participant_code::encode(c.voter.service, |q| c.voter.answers.get(q).copied())).collect(),
            hands: room.hands.iter().map(|(q, c)| ((*q).to_string(), *c)).collect(),
            draft_name: d.name.clone(),
            draft: (!draft_empty).then(|| d.code()),
            files,
            pending,
            demo_open,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
            && self.hands.is_empty()
            && self.draft_name.is_empty()
            && self.draft.is_none()
            && self.files.is_empty()
            && self.pending.is_empty()
            && !self.demo_open
    }

    /// The room as it was. A code or question this build does not know is left out (it cannot happen within one
    /// build, which is the only place a carry is read).
    pub fn room(&self) -> Room {
        let mut room = Room::default();
        for code in &self.codes {
            room.add_code(code);
        }
        room.last_code = None;
        for (q, counts) in &self.hands {
            if let Some(q) = super::bank::question(q) {
                room.set_hands(q.id, *counts);
            }
        }
        room.draft.name = self.draft_name.clone();
        if let Some(d) = self.draft.as_deref().and_then(|c| participant_code::decode(c).ok()) {
            room.draft.service = d.service;
            room.draft.answers = d.answers;
        }
        room
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer;
    use crate::model::participant_code::Service;

    fn sample_room() -> Room {
        let mut room = Room::default();
        let qs: Vec<_> = crate::model::bank::all_questions().collect();
        let a = participant_code::encode(Some(Service::Nav), |q| (q == qs[0].id).then_some(Answer::Yes));
        let b = participant_code::encode(None, |q| (q == qs[1].id).then_some(Answer::No));
        room.add_code(&a);
        room.add_code(&b);
        room.set_hands(qs[2].id, [7, 9, 3, 1, 0]);
        room.draft.name = "Kari".into();
        room.draft.service = Some(Service::Housing);
        room.draft.answers.insert(qs[3].id, Answer::Partly);
        room
    }

    #[test]
    fn a_room_survives_the_round_trip_through_json() {
        let room = sample_room();
        let file = CarriedFile { file: "a.json".into(), assessment: Assessment::default(), dropped: vec!["t9.gone".into()], bank_version: 1 };
        let carry = Carry::of(&room, vec![file.clone()], vec![], true);
        let back: Carry = serde_json::from_str(&serde_json::to_string(&carry).unwrap()).unwrap();
        let mut expected = room.clone();
        expected.last_code = None;
        assert_eq!(back.room(), expected);
        assert_eq!(back.files, vec![file]);
        assert!(back.demo_open);
        assert!(!back.is_empty());
    }

    #[test]
    fn an_empty_room_carries_nothing() {
        assert!(Carry::of(&Room::default(), vec![], vec![], false).is_empty());
        assert!(!Carry::of(&sample_room(), vec![], vec![], false).is_empty());
        assert!(!Carry::of(&Room::default(), vec![], vec![], true).is_empty());
    }
}
