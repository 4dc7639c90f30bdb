//! Start page: what the tool is, the privacy promise, continue or start, and the example municipality.

use yew::prelude::*;

use super::new_form::NewForm;
use crate::components::manage::BackupReminder;
use crate::browser;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::components::followup::overdue_notice;
use crate::i18n::{followup as tf, shell as t};
use crate::model::bank;
use crate::model::route::Route;
use crate::state::Action;

#[component]
pub fn Home() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let open = |id: String| {
        let d = ctx.dispatcher();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Open(id.clone()));
            browser::set_hash(&Route::Overview.to_hash());
        })
    };
    let demo = {
        let d = ctx.dispatcher();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::OpenDemo);
            browser::set_hash(&Route::Overview.to_hash());
        })
    };
    let total = bank::all_questions().count();
    let today = browser::today();
    html! {
        <>
            <Heading text={t::APP_NAME.get(lang)} />
            <p class="lead">{ t::HOME_LEAD.get(lang) }</p>
            <p class="privacy-box">{ t::HOME_PRIVACY.get(lang) }</p>
            if !ctx.workspace.assessments.is_empty() {
                <section aria-labelledby="continue-h">
                    <h2 id="continue-h">{ t::HOME_CONTINUE.get(lang) }</h2>
                    <BackupReminder />
                    for a in ctx.workspace.assessments.iter().rev() {
                        { overdue_notice(lang, a, &today, ctx.workspace.current.as_deref() == Some(a.id.as_str()) && !ctx.demo_open) }
                    }
                    <ul class="card-list">
                        for a in ctx.workspace.assessments.iter().rev() {
                            <li class="card">
                                <span class="card-title">{ a.title() }</span>
                                <span>{ t::answered_of(lang, a.answered_count(), total) }</span>
                                <button type="button" class="button secondary" onclick={open(a.id.clone())}
                                    aria-label={format!("{} {}", t::OPEN.get(lang), a.title())}>
                                    { t::OPEN.get(lang) }
                                </button>
                            </li>
                        }
                    </ul>
                </section>
            }
            <section aria-labelledby="prep-h" class="prep">
                <h2 id="prep-h">{ tf::PREP_TITLE.get(lang) }</h2>
                <p data-testid="duration">{ tf::duration(lang, total, bank::themes().len()) }</p>
                <div class="prep-columns">
                    <div>
                        <h3>{ tf::PREP_DOCS_TITLE.get(lang) }</h3>
                        <ul>for d in tf::PREP_DOCS.iter() { <li>{ d.get(lang) }</li> }</ul>
                    </div>
                    <div>
                        <h3>{ tf::PREP_WHO_TITLE.get(lang) }</h3>
                        <ul>for w in tf::PREP_WHO.iter() { <li>{ w.get(lang) }</li> }</ul>
                    </div>
                </div>
            </section>
            <NewForm />
            <section aria-labelledby="demo-h">
                <h2 id="demo-h">{ t::HOME_DEMO.get(lang) }</h2>
                <p>{ t::HOME_DEMO_HINT.get(lang) }</p>
                <button type="button" class="button secondary" onclick={demo}>{ t::HOME_DEMO.get(lang) }</button>
            </section>
            <section aria-labelledby="themes-h">
                <h2 id="themes-h">{ t::HOME_THEMES.get(lang) }</h2>
                <ol class="theme-intro-list">
                    for th in bank::themes() {
                        <li>
                            <h3>{ th.title.get(lang) }</h3>
                            <p>{ th.intro.get(lang) }</p>
                            <p class="muted">{ th.national.summary.get(lang) }{ format!(" [{}]", th.national.source.key()) }</p>
                        </li>
                    }
                </ol>
            </section>
        </>
    }
}
