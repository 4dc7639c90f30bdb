//! Operations on the set of assessments kept on this device.

use super::answers::{clip, Assessment};
use super::limits;
pub use super::save_format::Workspace;

/// Which part of an assessment's header to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderField {
    Municipality,
    Unit,
    Date,
    Participants,
}

impl Workspace {
    pub fn get(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Assessment> {
        self.assessments.iter_mut().find(|a| a.id == id)
    }

    pub fn current(&self) -> Option<&Assessment> {
        self.get(self.current.as_deref()?)
    }

    /// An id not used yet, derived from the time so ids sort by creation.
    pub fn fresh_id(&self, now_millis: u64) -> String {
        let mut n = now_millis;
        loop {
            let id = format!("a{n:x}");
            if self.get(&id).is_none() {
                return id;
            }
            n += 1;
        }
    }

    /// Adds and opens an assessment. Imports go through here too, so they never overwrite an existing one.
    pub fn add(&mut self, mut a: Assessment, now_millis: u64) -> String {
        if a.id.is_empty() || self.get(&a.id).is_some() {
            a.id = self.fresh_id(now_millis);
        }
        let id = a.id.clone();
        self.assessments.push(a);
        self.current = Some(id.clone());
        id
    }

    pub fn set_header(&mut self, id: &str, field: HeaderField, value: &str, now: &str) {
        if let Some(a) = self.get_mut(id) {
            let limit = match field {
                HeaderField::Municipality => limits::MUNICIPALITY,
                HeaderField::Unit => limits::UNIT,
                HeaderField::Date => limits::DATE,
                HeaderField::Participants => limits::PARTICIPANTS,
            };
            let v = clip(value, limit);
            match field {
                HeaderField::Municipality => a.municipality = v,
                HeaderField::Unit => a.unit = v,
                HeaderField::Date => a.date = v,
                HeaderField::Participants => a.participants = v,
            }
            a.updated = now.to_owned();
        }
    }

    /// "Start next year's from this one".
    pub fn carry_forward(&mut self, id: &str, date: &str, now: &str, now_millis: u64) -> Option<String> {
        let next = self.get(id)?.carry_forward(self.fresh_id(now_millis), date, now);
        Some(self.add(next, now_millis))
    }

    /// Removes an assessment and returns it with its position, so the caller can offer undo.
    pub fn remove(&mut self, id: &str) -> Option<(usize, Assessment)> {
        let pos = self.assessments.iter().position(|a| a.id == id)?;
        let a = self.assessments.remove(pos);
        if self.current.as_deref() == Some(id) {
            self.current = None;
        }
        Some((pos, a))
    }

    pub fn restore(&mut self, pos: usize, a: Assessment) {
        if self.get(&a.id).is_none() {
            self.assessments.insert(pos.min(self.assessments.len()), a);
        }
    }
}
