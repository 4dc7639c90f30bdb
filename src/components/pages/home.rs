//! Start page: what the tool is, the privacy promise, continue or start, and the example municipality.

use yew::prelude::*;

use super::new_form::NewForm;
use crate::components::manage::BackupReminder;
use crate::browser;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::shell as t;
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
    html! {
        <>
            <Heading text={t::APP_NAME.get(lang)} />
            <p class="lead">{ t::HOME_LEAD.get(lang) }</p>
            <p class="privacy-box">{ t::HOME_PRIVACY.get(lang) }</p>
            if !ctx.workspace.assessments.is_empty() {
                <section aria-labelledby="continue-h">
                    <h2 id="continue-h">{ t::HOME_CONTINUE.get(lang) }</h2>
                    <BackupReminder />
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
