//! Results: first the legal requirements that look unmet and those still to check, then each theme's status with
//! its reason and the 2004 finding beside it, the problem areas of 2007, and the action plan. Everything can be
//! narrowed to one duty holder.

use yew::prelude::*;

use super::{action_plan, area_rows, duty_filter, finding_list, score_table, share_bars, theme_rows, theme_status, Bar, Grouping, PlanView};
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::downloads;
use crate::i18n::{data as td, question as tq, results as t, shell as ts};
use crate::model::bank::LAW_CHECKED;
use crate::model::dates;
use crate::model::findings::{legal_to_check, overall_for, theme_scores_for, unmet_legal, DutyFilter};
use crate::model::report::{area_scores, plan};
use crate::model::route::Route;
use crate::state::{Action, Refused};

#[component]
pub fn Results() -> Html {
    // The report is in the full build (docs/size.md); most who read the results open it next.
    use_effect_with((), |_| crate::browser::prefetch_full_build());
    let duty = use_state(|| None::<crate::model::bank::DutyHolder>);
    let grouping = use_state(|| Grouping::Theme);
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let filter: DutyFilter = *duty;
    let unmet = unmet_legal(a, filter);
    let check = legal_to_check(a, filter);
    let themes = theme_scores_for(a, filter);
    let overall = overall_for(a, filter);
    // The assessment's name with its date written out, as everywhere a reader sees a date.
    let mut title = a.municipality.clone();
    if !a.unit.trim().is_empty() {
        title = format!("{title} – {}", a.unit.trim());
    }
    if !a.date.is_empty() {
        title = format!("{title} ({})", dates::long(lang, &a.date));
    }
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
    let set_duty = {
        let duty = duty.clone();
        Callback::from(move |d: DutyFilter| duty.set(d))
    };
    let group_choice = |g: Grouping, id: &'static str, label: &'static str| {
        let grouping = grouping.clone();
        html! {
            <div class="radio">
                <input type="radio" {id} name="group-by" checked={*grouping == g} onchange={Callback::from(move |_: Event| grouping.set(g))} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <>
            <Heading text={format!("{}: {}", t::RESULTS_TITLE.get(lang), title)} />
            <p class="lead">{ t::RESULTS_LEAD.get(lang) }{ " " }<a href={Route::Method.to_hash()}>{ ts::NAV_METHOD.get(lang) }</a></p>
            <p class="muted">{ tq::law_checked(lang, LAW_CHECKED) }</p>
            { crate::components::followup::results_followup(lang, a, &crate::browser::today()) }
            <div class="view-choices">
                { duty_filter(lang, "duty", filter, &set_duty) }
                <fieldset class="group-choice no-print">
                    <legend>{ t::GROUP_BY.get(lang) }</legend>
                    <div class="duty-options">
                        { group_choice(Grouping::Theme, "group-theme", t::GROUP_THEME.get(lang)) }
                        { group_choice(Grouping::Duty, "group-duty", tq::DUTY.get(lang)) }
                    </div>
                </fieldset>
            </div>
            if let Some(d) = filter {
                <p class="filter-note" role="status">
                    { t::DUTY_SHOWING.get(lang) }{ " " }<strong>{ d.name().get(lang) }</strong>
                    if overall.total == 0 { { " " }{ t::DUTY_EMPTY.get(lang) } }
                </p>
            }
            <section aria-labelledby="unmet-h" class="findings findings-unmet">
                <h2 id="unmet-h">{ format!("{} ({})", t::UNMET_TITLE.get(lang), unmet.len()) }</h2>
                <p>{ t::UNMET_LEAD.get(lang) }</p>
                if unmet.is_empty() {
                    <p>{ t::NONE_UNMET.get(lang) }</p>
                } else {
                    { finding_list(lang, &unmet, *grouping, true) }
                }
            </section>
            if !check.is_empty() {
                <section aria-labelledby="check-h" class="findings findings-check">
                    <h2 id="check-h">{ format!("{} ({})", t::TO_CHECK_TITLE.get(lang), check.len()) }</h2>
                    <p>{ t::TO_CHECK_LEAD.get(lang) }</p>
                    { finding_list(lang, &check, *grouping, true) }
                </section>
            }
            <section aria-labelledby="themes-h">
                <h2 id="themes-h">{ t::THEMES_TITLE.get(lang) }</h2>
                <p class="overall">
                    { t::overall(lang, unmet.len(), check.len()) }{ " " }
                    { format!("{}: {}, {}.", t::OVERALL_SHARE.get(lang), t::share(lang, &overall), t::based_on(lang, overall.known(), overall.applicable())) }
                </p>
                for (th, s) in themes.iter() {
                    { theme_status(lang, th, s, crate::components::followup::theme_carried(lang, a, th, filter)) }
                }
                { share_bars(t::CHART_THEMES.get(lang), t::CHART_TABLE_NOTE.get(lang),
                    &themes.iter().map(|(th, s)| Bar { label: format!("{}. {}", th.id.number(), th.short.get(lang)), value: s.share_met() }).collect::<Vec<_>>()) }
                { score_table(lang, t::BY_THEME.get(lang), t::COL_THEME.get(lang), &theme_rows(a, lang, filter)) }
            </section>
            if filter.is_none() {
                <section aria-labelledby="by-area-h">
                    <h2 id="by-area-h">{ t::BY_AREA.get(lang) }</h2>
                    <p>{ t::BY_AREA_LEAD.get(lang) }</p>
                    { share_bars(t::CHART_AREAS.get(lang), t::CHART_TABLE_NOTE.get(lang),
                        &area_scores(a).iter().map(|(ar, s)| Bar { label: ar.name().get(lang).to_owned(), value: s.share_met() }).collect::<Vec<_>>()) }
                    { score_table(lang, t::BY_AREA.get(lang), t::COL_AREA.get(lang), &area_rows(a, lang)) }
                </section>
            }
            <section aria-labelledby="plan-h">
                <h2 id="plan-h">{ t::ACTION_PLAN.get(lang) }</h2>
                <p>{ t::ACTION_PLAN_LEAD.get(lang) }</p>
                { action_plan(lang, plan(a, filter, None, None), PlanView::Screen, t::ACTION_PLAN.get(lang)) }
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
