//! Results: per theme (table, bars with the 2004 finding, radar), per cross-cutting area, and the action plan.

use yew::prelude::*;

use super::action_plan::ActionPlan;
use super::bar_chart::{Bar, BarChart};
use super::radar_chart::RadarChart;
use super::score_table::{area_rows, theme_rows, ScoreTable};
use super::theme_bars::ThemeBars;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::downloads;
use crate::i18n::{data as td, results as t};
use crate::model::report::{area_scores, theme_scores};
use crate::model::route::Route;
use crate::state::{Action, Refused};

#[component]
pub fn Results() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let themes = theme_scores(a);
    let areas = area_scores(a);
    let csv = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = ctx.open() {
                if let Err(e) = downloads::export_action_plan(a, ctx.lang) {
                    ctx.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e });
                }
            }
        })
    };
    html! {
        <>
            <Heading text={format!("{}: {}", t::RESULTS_TITLE.get(lang), a.title())} />
            <p class="lead">{ t::RESULTS_LEAD.get(lang) }{ " " }<a href={Route::Method.to_hash()}>{ crate::i18n::shell::NAV_METHOD.get(lang) }</a></p>
            <section>
                <h2 id="by-theme-h">{ t::BY_THEME.get(lang) }</h2>
                <div class="charts">
                    <ThemeBars assessment={a.clone()} />
                    <RadarChart title={t::CHART_RADAR.get(lang)} table_note={t::CHART_TABLE_NOTE.get(lang)}
                        axes={themes.iter().map(|(th, s)| (format!("{}. {}", th.id.number(), th.short.get(lang)), s.readiness)).collect::<Vec<_>>()} />
                </div>
                <ScoreTable caption={t::BY_THEME.get(lang)} first_column={t::COL_THEME.get(lang)} rows={theme_rows(a, lang)} />
                <p class="muted">
                    { themes.iter().map(|(th, _)| format!("{}: {} [{}]", th.title.get(lang), th.national.summary.get(lang), th.national.source.key())).collect::<Vec<_>>().join(" ") }
                </p>
            </section>
            <section>
                <h2 id="by-area-h">{ t::BY_AREA.get(lang) }</h2>
                <p>{ t::BY_AREA_LEAD.get(lang) }</p>
                <BarChart title={t::CHART_AREAS.get(lang)} table_note={t::CHART_TABLE_NOTE.get(lang)} value_label={t::COL_READINESS.get(lang)}
                    bars={areas.iter().map(|(ar, s)| Bar { label: ar.name().get(lang), value: s.readiness, compare: None }).collect::<Vec<_>>()} />
                <ScoreTable caption={t::BY_AREA.get(lang)} first_column={t::COL_AREA.get(lang)} rows={area_rows(a, lang)} />
            </section>
            <section>
                <h2 id="plan-h">{ t::ACTION_PLAN.get(lang) }</h2>
                <p>{ t::ACTION_PLAN_LEAD.get(lang) }</p>
                <ActionPlan assessment={a.clone()} />
                <p class="button-row">
                    <button type="button" class="button secondary" onclick={csv}>{ t::DOWNLOAD_CSV.get(lang) }</button>
                    <a class="button secondary" href={Route::Report.to_hash()}>{ t::OPEN_REPORT.get(lang) }</a>
                    if !ctx.is_demo() {
                        <a class="button secondary" href={Route::Assessments.to_hash()}>{ td::EXPORT.get(lang) }</a>
                    }
                </p>
            </section>
        </>
    }
}
