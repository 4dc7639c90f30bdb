//! Question ids that earlier question banks had and this one does not, and the questions that took over their
//! ground. Ids are never reused, so an answer saved under a retired id can be found and carried over on any load:
//! nothing a municipality wrote is dropped because the bank moved on.

/// (retired id, the bank version that retired it, its successors). An empty successor list means the ground is
/// gone: the answer is reported, not carried.
pub static RETIRED: &[(&str, u32, &[&str])] = &[
    ("t2.written-decisions", 2, &["t2.decisions-health-care", "t2.decision-scope"]),
    ("t2.appeal-information", 2, &["t2.appeal-information-health-care"]),
    ("t2.user-involvement", 2, &["t2.needs-covered"]),
    ("t4.discharge-planning", 2, &["t4.discharge-health", "t4.discharge-nav"]),
    ("t4.cooperation", 2, &["t4.cooperation-agreement"]),
    ("t4.individual-plan", 2, &["t4.plan-in-transition", "t2.individual-plan"]),
];

pub fn successors(id: &str) -> Option<&'static [&'static str]> {
    RETIRED.iter().find(|(old, _, _)| *old == id).map(|(_, _, new)| *new)
}
