//! The numbers behind every chart, as a real table: status, share met and what it is based on. Below 40rem each
//! row becomes a card (styles/50-results.css), labelled from `data-label`, so a phone never scrolls sideways.

use yew::prelude::*;

use crate::i18n::results as t;
use crate::model::answers::Assessment;
use crate::model::findings::{theme_scores_for, DutyFilter};
use crate::model::lang::Lang;
use crate::model::report::area_scores;
use crate::model::scoring::Score;

#[derive(Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub score: Score,
}

/// One row per theme, numbered as the audit numbers them.
pub fn theme_rows(a: &Assessment, lang: Lang, duty: DutyFilter) -> Vec<Row> {
    theme_scores_for(a, duty)
        .into_iter()
        .map(|(th, score)| Row { label: format!("{}. {}", th.id.number(), th.title.get(lang)), score })
        .collect()
}

/// One row per cross-cutting problem area of 2007.
pub fn area_rows(a: &Assessment, lang: Lang) -> Vec<Row> {
    area_scores(a).into_iter().map(|(ar, score)| Row { label: ar.name().get(lang).to_owned(), score }).collect()
}

/// A plain function rather than a component: it has no state, and every component costs first-load bytes.
pub fn score_table(lang: Lang, caption: &str, first_column: &str, rows: &[Row]) -> Html {
    let (c_status, c_share, c_based) = (t::COL_STATUS.get(lang), t::SHARE_MET.get(lang), t::COL_COVERAGE.get(lang));
    html! {
        <table class="score-table stack-table">
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ first_column }</th>
                    <th scope="col">{ c_status }</th>
                    <th scope="col">{ c_share }</th>
                    <th scope="col">{ c_based }</th>
                </tr>
            </thead>
            <tbody>
                for r in rows {
                    <tr>
                        <th scope="row">{ r.label.clone() }</th>
                        <td data-label={c_status}>
                            <span class={classes!("status", format!("status-{}", r.score.status.token()))}>{ t::status(lang, r.score.status) }</span>
                        </td>
                        <td data-label={c_share} data-testid="share-met">{ t::share(lang, &r.score) }</td>
                        <td data-label={c_based}>{ t::based_on(lang, r.score.known(), r.score.applicable()) }</td>
                    </tr>
                }
            </tbody>
        </table>
    }
}
