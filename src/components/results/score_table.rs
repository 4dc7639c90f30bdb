//! The numbers behind every chart, as a real table: readiness, coverage, status and, for themes, the 2004 finding.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::{percent, results as t};
use crate::model::answers::Assessment;
use crate::model::lang::Lang;
use crate::model::report::{area_scores, theme_scores};
use crate::model::scoring::Score;

/// A row: label, score, and the national 2004 text if the table compares with it.
#[derive(Clone, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub score: Score,
    pub national: Option<String>,
}

/// One row per theme, each with the national 2004 finding and its source key.
pub fn theme_rows(a: &Assessment, lang: Lang) -> Vec<Row> {
    theme_scores(a)
        .into_iter()
        .map(|(th, score)| Row {
            label: th.title.get(lang),
            score,
            national: Some(format!("{} [{}]", th.national.summary.get(lang), th.national.source.key())),
        })
        .collect()
}

/// One row per cross-cutting problem area of 2007.
pub fn area_rows(a: &Assessment, lang: Lang) -> Vec<Row> {
    area_scores(a).into_iter().map(|(ar, score)| Row { label: ar.name().get(lang), score, national: None }).collect()
}

#[derive(Properties, PartialEq)]
pub struct ScoreTableProps {
    pub caption: AttrValue,
    pub first_column: AttrValue,
    pub rows: Vec<Row>,
}

#[component]
pub fn ScoreTable(props: &ScoreTableProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let national = props.rows.iter().any(|r| r.national.is_some());
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={props.caption.clone()}>
            <table class="score-table">
                <caption>{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ props.first_column.clone() }</th>
                        <th scope="col">{ t::COL_READINESS.get(lang) }</th>
                        <th scope="col">{ t::COL_COVERAGE.get(lang) }</th>
                        <th scope="col">{ t::COL_STATUS.get(lang) }</th>
                        if national { <th scope="col">{ t::COL_NATIONAL.get(lang) }</th> }
                    </tr>
                </thead>
                <tbody>
                    for r in &props.rows {
                        <tr>
                            <th scope="row">{ r.label }</th>
                            <td class="num" data-testid="readiness">{ percent(r.score.readiness) }</td>
                            <td>{ t::based_on(lang, r.score.answered, r.score.total) }</td>
                            <td><span class={classes!("status", format!("status-{}", r.score.status.token()))}>{ t::status(lang, r.score.status) }</span></td>
                            if national { <td>{ r.national.clone().unwrap_or_default() }</td> }
                        </tr>
                    }
                </tbody>
            </table>
        </div>
    }
}
