//! Page 1 of the report: who, when, the overall picture, the legal requirements not met and the five most
//! important actions with owner and deadline.

use yew::prelude::*;

use super::compact_findings::CompactFindings;
use super::top_actions::TopActions;
use crate::components::results::{Row, ScoreTable};
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::{question as tq, report as t, results as tr};
use crate::model::answers::Assessment;
use crate::model::bank::LAW_CHECKED;
use crate::model::dates;
use crate::model::findings::{legal_to_check, overall_for, theme_scores_for, unmet_legal, DutyFilter};

#[derive(Properties, PartialEq)]
pub struct ReportSummaryProps {
    pub assessment: Assessment,
    pub duty: DutyFilter,
}

#[component]
pub fn ReportSummary(props: &ReportSummaryProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let a = &props.assessment;
    let unmet = unmet_legal(a, props.duty);
    let check = legal_to_check(a, props.duty);
    let overall = overall_for(a, props.duty);
    // Short theme names keep each row on one line of the first page.
    let short_rows: Vec<Row> = theme_scores_for(a, props.duty)
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
                if let Some(d) = props.duty { <dt>{ t::FILTERED.get(lang) }</dt><dd>{ d.name().get(lang) }</dd> }
            </dl>
            <p class="muted small">{ t::DISCLAIMER.get(lang) }{ " " }{ tq::law_checked(lang, LAW_CHECKED) }</p>
            <h2>{ t::SUMMARY.get(lang) }</h2>
            <p class="overall">
                { tr::overall(lang, unmet.len(), check.len()) }{ " " }
                { format!("{}: {}, {}.", tr::OVERALL_SHARE.get(lang), tr::share(lang, &overall), tr::based_on(lang, overall.known(), overall.applicable())) }
            </p>
            <ScoreTable caption={t::THEMES_TABLE.get(lang)} first_column={tr::COL_THEME.get(lang)} rows={short_rows} />
            <h3>{ t::TOP_ACTIONS.get(lang) }</h3>
            <p class="small">{ t::TOP_ACTIONS_LEAD.get(lang) }</p>
            <TopActions assessment={a.clone()} duty={props.duty} />
            <h3>{ format!("{} ({})", t::UNMET_SHORT.get(lang), unmet.len()) }</h3>
            if unmet.is_empty() {
                <p>{ tr::NONE_UNMET.get(lang) }</p>
            } else {
                <CompactFindings findings={unmet} testid="summary-unmet" />
            }
        </section>
    }
}
