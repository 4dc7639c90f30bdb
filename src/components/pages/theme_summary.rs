//! Check your answers for one theme, with "Change" links that name the question for screen readers.

use yew::prelude::*;

use crate::components::followup::CarriedReview;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::{followup as tf, question as t};
use crate::model::bank::{self, ThemeId};
use crate::model::route::Route;

#[derive(Properties, PartialEq)]
pub struct ThemeSummaryProps {
    pub theme: ThemeId,
}

#[component]
pub fn ThemeSummary(props: &ThemeSummaryProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let theme = bank::theme(props.theme);
    let next = ThemeId::from_number(props.theme.number() + 1);
    html! {
        <>
            <p class="breadcrumb"><a href={Route::Overview.to_hash()}>{ a.title() }</a></p>
            <Heading text={format!("{}: {}", t::SUMMARY_TITLE.get(lang), theme.title.get(lang))} />
            <dl class="summary-list">
                for (i, q) in theme.questions().enumerate() {
                    {{
                        let r = a.response(q.id);
                        html! {
                            <div class="summary-row">
                                <dt>{ q.text.get(lang) }</dt>
                                <dd>
                                    <strong>{ r.and_then(|r| r.answer).map_or(t::NOT_ANSWERED.get(lang), |x| x.label().get(lang)) }</strong>
                                    if a.to_confirm.contains(q.id) {
                                        { " " }<span class="carried-mark">{ tf::CARRIED_MARK.get(lang) }</span>
                                    }
                                    if let Some(note) = r.map(|r| r.note.as_str()).filter(|n| !n.trim().is_empty()) {
                                        <p class="note-text">{ note }</p>
                                    }
                                </dd>
                                <dd class="summary-action">
                                    <a href={Route::Question { theme: props.theme, n: i + 1 }.to_hash()}>
                                        { t::CHANGE.get(lang) }<span class="visually-hidden">{ format!(": {}", q.text.get(lang)) }</span>
                                    </a>
                                </dd>
                            </div>
                        }
                    }}
                }
            </dl>
            <CarriedReview theme={props.theme} />
            <p class="button-row">
                if let Some(next) = next {
                    // In next year's review the next stop is the next theme's carried answers, not its first question.
                    <a class="button" href={if bank::theme(next).questions().any(|q| a.to_confirm.contains(q.id)) {
                        Route::ThemeSummary { theme: next }.to_hash() } else { Route::Question { theme: next, n: 1 }.to_hash() }}>
                        { format!("{}: {}", t::NEXT_THEME.get(lang), bank::theme(next).title.get(lang)) }
                    </a>
                }
                <a class={classes!("button", next.is_some().then_some("secondary"))} href={Route::Results.to_hash()}>{ t::SEE_RESULTS.get(lang) }</a>
            </p>
        </>
    }
}
