//! All themes of the open assessment with progress and status; every question is one click away.

use yew::prelude::*;

use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::{data as td, followup as tf, question as tq, results as tr, shell as t};
use crate::model::bank;
use crate::model::route::Route;
use crate::model::scoring::score;

#[component]
pub fn Overview() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    // Some browsers delete site data after days without a visit: remind until a fresh copy is downloaded.
    let stale = !ctx.is_demo() && a.answered_count() > 0 && a.last_exported.as_deref().is_none_or(|t| t < a.updated.as_str());
    html! {
        <>
            <Heading text={a.title()} />
            <p class="lead">{ tq::OVERVIEW_LEAD.get(lang) }</p>
            if stale {
                <p class="reminder">
                    { td::EXPORT_REMINDER.get(lang) }{ " " }
                    <a href={Route::Assessments.to_hash()}>{ t::NAV_ASSESSMENTS.get(lang) }</a>
                </p>
            }
            for th in bank::themes() {
                {{
                    let s = score(th.questions(), a);
                    let first_open = th.questions().position(|q| a.answer(q.id).is_none()).map_or(1, |i| i + 1);
                    let carried = th.questions().filter(|q| a.to_confirm.contains(q.id)).count();
                    let h = format!("theme-{}-h", th.id.number());
                    html! {
                        <section class="theme-block" aria-labelledby={h.clone()}>
                            <h2 id={h}>{ format!("{}. {}", th.id.number(), th.title.get(lang)) }</h2>
                            <p class="theme-meta">
                                <span>{ t::answered_of(lang, s.answered, s.total) }</span>
                                <span class={classes!("status", format!("status-{}", s.status.token()))}>{ tr::status(lang, s.status) }</span>
                                <span>{ format!("{}: {}", tr::SHARE_MET.get(lang), tr::share(lang, &s)) }</span>
                                if carried > 0 {
                                    <span class="carried-mark" data-testid="theme-carried">{ tf::carried_count(lang, carried) }</span>
                                }
                            </p>
                            <progress max={s.total.to_string()} value={s.answered.to_string()} aria-label={t::answered_of(lang, s.answered, s.total)}></progress>
                            <p class="button-row">
                                <a class="button" href={Route::Question { theme: th.id, n: first_open }.to_hash()}>
                                    { if s.answered == 0 { tq::START_THEME.get(lang) } else { tq::CONTINUE_THEME.get(lang) } }
                                    <span class="visually-hidden">{ format!(": {}", th.title.get(lang)) }</span>
                                </a>
                                <a class="button secondary" href={Route::ThemeSummary { theme: th.id }.to_hash()}>
                                    { tq::CHECK_ANSWERS.get(lang) }
                                    <span class="visually-hidden">{ format!(": {}", th.title.get(lang)) }</span>
                                </a>
                            </p>
                            for area in th.areas {
                                <h3>{ area.title.get(lang) }</h3>
                                <ol class="question-links">
                                    for q in area.questions {
                                        <li>
                                            <a href={Route::Question { theme: th.id, n: th.position_of(q.id).unwrap_or(1) }.to_hash()}>{ q.text.get(lang) }</a>
                                            { " " }
                                            <span class="answer-tag">{ a.answer(q.id).map_or(tq::NOT_ANSWERED.get(lang), |x| x.label().get(lang)) }</span>
                                            if a.to_confirm.contains(q.id) {
                                                { " " }<span class="carried-mark">{ tf::CARRIED_MARK.get(lang) }</span>
                                            }
                                        </li>
                                    }
                                </ol>
                            }
                        </section>
                    }
                }}
            }
        </>
    }
}
