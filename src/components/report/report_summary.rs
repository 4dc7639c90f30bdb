//! Page 1 of the report: who, when, the overall picture, the legal requirements not met and the five most
//! important actions with owner and deadline.

use yew::prelude::*;

use super::compact_findings::compact_findings;
use super::top_actions::top_actions;
use crate::components::results::{score_table, Row};
use crate::components::shell::Heading;
use crate::i18n::{question as tq, report as t, results as tr, Lang};
use crate::model::answers::{Answer, Assessment};

/// As many unmet legal requirements as page 1 holds beside everything else on it.
const SUMMARY_UNMET_MAX: usize = 12;
use crate::model::bank::LAW_CHECKED;
use crate::model::dates;
use crate::model::findings::{legal_to_check, overall_for, theme_scores_for, unmet_legal, DutyFilter};

pub fn report_summary(lang: Lang, a: &Assessment, duty: DutyFilter) -> Html {
    let unmet = unmet_legal(a, duty);
    // Page 1 stays one page however many there are: the most serious first (Nei before Delvis), the rest under
    // each theme, where every unmet requirement is listed.
    let mut first = unmet.clone();
    first.sort_by_key(|f| f.answer != Some(Answer::No));
    first.truncate(SUMMARY_UNMET_MAX);
    let check = legal_to_check(a, duty);
    let overall = overall_for(a, duty);
    // Short theme names keep each row on one line of the first page.
    let short_rows: Vec<Row> = theme_scores_for(a, duty)
        .into_iter()
        .map(|(th, score)| Row { label: format!("{}. {}", th.id.number(), th.short.get(lang)), score })
        .collect();
    let or_not_given = |s: &str| if s.trim().is_empty() { t::META_NOT_GIVEN.get(lang).to_owned() } else { s.trim().to_owned() };
    html! {
        <section class="report-summary" aria-labelledby="page-title">
            <Heading text={format!("{}: {}", t::REPORT_TITLE.get(lang), a.municipality)} />
            <dl class="report-meta">
                <dt>{ t::META_MUNICIPALITY.get(lang) }</dt><dd>{ a.municipality.clone() }</dd>
                if !a.unit.trim().is_empty() { <dt>{ t::META_UNIT.get(lang) }</dt><dd>{ a.unit.clone() }</dd> }
                <dt>{ t::META_DATE.get(lang) }</dt><dd>{ or_not_given(&dates::long(lang, &a.date)) }</dd>
                <dt>{ t::META_PEOPLE.get(lang) }</dt><dd>{ or_not_given(&a.participants) }</dd>
                if let Some(d) = duty {
                    <dt>{ t::FILTERED.get(lang) }</dt>
                    <dd>{ d.name().get(lang) }if overall.total == 0 { { ". " }{ tr::DUTY_EMPTY.get(lang) } }</dd>
                }
            </dl>
            <p class="muted small">{ t::DISCLAIMER.get(lang) }{ " " }{ tq::law_checked(lang, LAW_CHECKED) }</p>
            <h2>{ t::SUMMARY.get(lang) }</h2>
            <p class="overall">
                { tr::overall(lang, unmet.len(), check.len()) }{ " " }
                { format!("{}: {}, {}.", tr::OVERALL_SHARE.get(lang), tr::share(lang, &overall), tr::based_on(lang, overall.known(), overall.applicable())) }
            </p>
            { score_table(lang, t::THEMES_TABLE.get(lang), tr::COL_THEME.get(lang), &short_rows) }
            <h3>{ t::TOP_ACTIONS.get(lang) }</h3>
            <p class="small">{ t::TOP_ACTIONS_LEAD.get(lang) }</p>
            { top_actions(lang, a, duty) }
            <h3>{ format!("{} ({})", t::UNMET_SHORT.get(lang), unmet.len()) }</h3>
            if unmet.is_empty() {
                <p>{ tr::NONE_UNMET.get(lang) }</p>
            } else {
                { compact_findings(lang, &first, Some("summary-unmet"), false) }
                if unmet.len() > first.len() {
                    <p class="small" data-testid="summary-unmet-more">{ t::more_unmet(lang, unmet.len() - first.len()) }</p>
                }
            }
        </section>
    }
}
