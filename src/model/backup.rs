//! Bringing a backup (or restored data) into the workspace: add to what is here, or replace it. The plan is
//! shown before anything changes, and applying does exactly what the plan said.

use super::answers::Assessment;
use super::workspace::Workspace;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Keep everything here; bring in what is not here yet (an assessment already here, identical, is skipped).
    Add,
    /// The workspace becomes exactly the backup.
    Replace,
}

/// What a mode would do, by assessment title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub added: Vec<String>,
    /// Already here with the same content: left as they are.
    pub unchanged: Vec<String>,
    /// Here now, gone afterwards (Replace only).
    pub removed: Vec<String>,
}

impl Plan {
    pub fn changes_nothing(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }
}

fn same(a: &Assessment, b: &Assessment) -> bool {
    a == b
}

pub fn plan(ws: &Workspace, incoming: &[Assessment], mode: Mode) -> Plan {
    let here = |b: &Assessment| ws.assessments.iter().any(|a| same(a, b));
    let mut p = Plan::default();
    for b in incoming {
        if here(b) {
            p.unchanged.push(b.title());
        } else {
            p.added.push(b.title());
        }
    }
    if mode == Mode::Replace {
        p.removed = ws.assessments.iter().filter(|a| !incoming.iter().any(|b| same(a, b))).map(Assessment::title).collect();
    }
    p
}

/// Applies `mode`; returns the plan it followed. Ids that clash with a different assessment here get a fresh id,
/// so nothing here is ever overwritten by Add.
pub fn apply(ws: &mut Workspace, incoming: Vec<Assessment>, mode: Mode, now_millis: u64) -> Plan {
    let p = plan(ws, &incoming, mode);
    match mode {
        Mode::Add => {
            let current = ws.current.clone();
            for b in incoming {
                if !ws.assessments.iter().any(|a| same(a, &b)) {
                    ws.add(b, now_millis);
                }
            }
            ws.current = current;
        }
        Mode::Replace => {
            let current = ws.current.clone();
            let mut fresh = Workspace::default();
            for b in incoming {
                fresh.add(b, now_millis);
            }
            fresh.current = current.filter(|id| fresh.get(id).is_some());
            *ws = fresh;
        }
    }
    p
}

/// Days since 1970-01-01 of the date at the start of an ISO 8601 text; None when it does not start with a date.
fn day_number(iso: &str) -> Option<i64> {
    let (y, m, d) = super::dates::parse(iso.get(..10)?)?;
    // Howard Hinnant's days_from_civil.
    let (y, m, d) = (i64::from(y) - i64::from(m <= 2), i64::from(m), i64::from(d));
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Browsers may evict site data (Safari after seven days without a visit), so a backup older than this is due.
pub const BACKUP_DAYS: i64 = 30;

/// Whether to remind the user to take a backup: never taken, or taken more than BACKUP_DAYS ago.
pub fn backup_due(last: Option<&str>, now: &str) -> bool {
    match (last.and_then(day_number), day_number(now)) {
        (Some(l), Some(n)) => n - l > BACKUP_DAYS,
        _ => true,
    }
}
