//! Readiness per theme as bars, each with the national 2004 share beside it; used by results and report.

use yew::prelude::*;

use super::bar_chart::{Bar, BarChart};
use crate::components::use_app;
use crate::i18n::results as t;
use crate::model::answers::Assessment;
use crate::model::report::theme_scores;

#[derive(Properties, PartialEq)]
pub struct ThemeBarsProps {
    pub assessment: Assessment,
}

#[component]
pub fn ThemeBars(props: &ThemeBarsProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let bars: Vec<Bar> = theme_scores(&props.assessment)
        .into_iter()
        .map(|(th, s)| Bar { label: th.short.get(lang), value: s.readiness, compare: None })
        .collect();
    html! {
        <BarChart title={t::CHART_BARS.get(lang)} table_note={t::CHART_TABLE_NOTE.get(lang)} {bars}
            value_label={t::COL_READINESS.get(lang)} />
    }
}
