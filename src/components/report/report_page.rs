//! The print-ready report: details, scores with charts and the national comparison, the action plan, and every
//! answer with its note. Browser print gives the PDF; print.css removes navigation and keeps rows together.

use yew::prelude::*;

use super::action_plan::ActionPlan;
use super::score_table::{area_rows, theme_rows, ScoreTable};
use super::theme_bars::ThemeBars;
use crate::browser;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::{question as tq, results as t};
use crate::model::bank;

#[component]
pub fn Report() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let print = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <article class="report">
            <p class="no-print"><button type="button" class="button" onclick={print}>{ t::PRINT.get(lang) }</button></p>
            <Heading text={format!("{}: {}", t::REPORT_TITLE.get(lang), a.municipality)} />
            <dl class="report-meta">
                if !a.unit.is_empty() { <dt>{ t::REPORT_META_UNIT.get(lang) }</dt><dd>{ a.unit.clone() }</dd> }
                <dt>{ t::REPORT_META_DATE.get(lang) }</dt><dd>{ a.date.clone() }</dd>
                if !a.participants.is_empty() { <dt>{ t::REPORT_META_PEOPLE.get(lang) }</dt><dd>{ a.participants.clone() }</dd> }
            </dl>
            <p class="muted">{ t::REPORT_DISCLAIMER.get(lang) }</p>
            <section>
                <h2 id="r-theme-h">{ t::BY_THEME.get(lang) }</h2>
                <ThemeBars assessment={a.clone()} />
                <ScoreTable caption={t::BY_THEME.get(lang)} first_column={t::COL_THEME.get(lang)} rows={theme_rows(a, lang)} />
                <ScoreTable caption={t::BY_AREA.get(lang)} first_column={t::COL_AREA.get(lang)} rows={area_rows(a, lang)} />
            </section>
            <section>
                <h2 id="r-plan-h">{ t::ACTION_PLAN.get(lang) }</h2>
                <ActionPlan assessment={a.clone()} editable={false} />
            </section>
            <section>
                <h2 id="r-all-h">{ t::REPORT_ANSWERS.get(lang) }</h2>
                for th in bank::themes() {
                    <h3>{ format!("{}. {}", th.id.number(), th.title.get(lang)) }</h3>
                    <div class="table-wrap" tabindex="0" role="region" aria-label={th.title.get(lang)}>
                        <table class="answers-table">
                            <caption class="visually-hidden">{ th.title.get(lang) }</caption>
                            <thead><tr>
                                <th scope="col">{ tq::COL_QUESTION.get(lang) }</th>
                                <th scope="col">{ tq::COL_ANSWER.get(lang) }</th>
                                <th scope="col">{ tq::COL_NOTE.get(lang) }</th>
                            </tr></thead>
                            <tbody>
                                for q in th.questions() {
                                    <tr>
                                        <th scope="row">{ q.text.get(lang) }</th>
                                        <td>{ a.answer(q.id).map_or(tq::NOT_ANSWERED.get(lang), |x| x.label().get(lang)) }</td>
                                        <td>{ a.response(q.id).map(|r| r.note.clone()).unwrap_or_default() }</td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                }
            </section>
        </article>
    }
}
