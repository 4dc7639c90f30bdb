//! File names and contents for what the user can download; the browser part is browser::download.

use crate::browser;
use crate::model::answers::Assessment;
use crate::model::lang::Lang;
use crate::model::report::action_plan_csv;
use crate::model::save_format::{encode_backup, encode_export};

/// A file-name-safe version of a municipality name: letters (æøå kept), digits and dashes.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.trim().to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').chars().take(40).collect::<String>();
    if out.is_empty() { "vurdering".into() } else { out }
}

fn base_name(a: &Assessment) -> String {
    let date = if a.date.is_empty() { browser::today() } else { a.date.clone() };
    format!("egenvurdering-rus-{}-{date}", slug(&a.municipality))
}

pub fn export_assessment(a: &Assessment) -> Result<(), String> {
    let (now, _) = browser::clock();
    browser::download(&format!("{}.json", base_name(a)), "application/json", &encode_export(a, &now))
}

/// The report as an editable Word document, made from the report page on screen.
pub async fn export_report_docx(a: &Assessment, page: [&str; 2]) -> Result<(), String> {
    browser::download_report_docx(&format!("{}-rapport.docx", base_name(a)), page).await
}

pub fn export_action_plan(a: &Assessment, lang: Lang) -> Result<(), String> {
    browser::download(&format!("{}-handlingsplan.csv", base_name(a)), "text/csv;charset=utf-8", &action_plan_csv(a, lang))
}

/// One file with every assessment; returns the time written into it, which becomes each one's last download.
pub fn export_backup(assessments: &[Assessment]) -> Result<String, String> {
    let (now, _) = browser::clock();
    let stamped: Vec<Assessment> = assessments.iter().cloned().map(|mut a| {
        a.last_exported = Some(now.clone());
        a
    }).collect();
    let day = now.get(..10).unwrap_or("dato");
    browser::download(&format!("egenvurdering-rus-sikkerhetskopi-{day}.json"), "application/json", &encode_backup(&stamped, &now))?;
    Ok(now)
}

/// The action deadlines as an iCalendar file (model::ics).
pub fn export_deadlines(a: &Assessment, lang: Lang) -> Result<(), String> {
    let (now, _) = browser::clock();
    let rows = crate::model::actions::rows(a);
    let ics = crate::model::ics::calendar(&rows, &a.id, &a.municipality, &now, lang);
    browser::download(&format!("{}-tiltaksfrister.ics", base_name(a)), "text/calendar;charset=utf-8", &ics)
}
