//! Next year's review of one theme: the answers carried from last year that nobody has confirmed, each shown
//! with its answer and open action, and after them one button that confirms them all as unchanged. The button
//! comes after the list on purpose: confirming is a statement about what was read.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::{followup as t, question as tq};
use crate::model::bank::{self, ThemeId};
use crate::model::route::Route;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct CarriedReviewProps {
    pub theme: ThemeId,
}

#[component]
pub fn CarriedReview(props: &CarriedReviewProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let theme = props.theme;
    let carried: Vec<_> = bank::theme(theme).questions().enumerate().filter(|(_, q)| a.to_confirm.contains(q.id)).collect();
    if carried.is_empty() {
        return html! {};
    }
    let confirm = {
        let d = ctx.dispatcher();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::ConfirmTheme(theme));
            crate::browser::focus("page-title");
        })
    };
    html! {
        <section class="carried-review" aria-labelledby="carried-h">
            <h2 id="carried-h">{ t::CARRIED_TITLE.get(lang) }</h2>
            <p>{ t::carried_in_theme(lang, carried.len()) }</p>
            <ul class="carried-list">
                for (i, q) in carried {
                    {{
                        let r = a.response(q.id);
                        let action = r.map(|r| &r.action).filter(|x| !x.is_empty());
                        html! {
                            <li>
                                <span>{ q.text.get(lang) }</span>{ ": " }
                                <strong>{ r.and_then(|r| r.answer).map_or(tq::NOT_ANSWERED.get(lang), |x| x.label().get(lang)) }</strong>
                                if let Some(act) = action {
                                    <span class="carried-action">
                                        { format!(" – {}: {} ({})", t::WHAT.get(lang),
                                            if act.what.trim().is_empty() { t::NOT_SET.get(lang) } else { act.what.trim() },
                                            act.status.label().get(lang)) }
                                    </span>
                                }
                                { " " }
                                <a href={Route::Question { theme, n: i + 1 }.to_hash()}>
                                    { tq::CHANGE.get(lang) }<span class="visually-hidden">{ format!(": {}", q.text.get(lang)) }</span>
                                </a>
                            </li>
                        }
                    }}
                }
            </ul>
            <p class="hint" id="confirm-theme-hint">{ t::CONFIRM_THEME_HINT.get(lang) }</p>
            <button type="button" class="button" onclick={confirm} aria-describedby="confirm-theme-hint">{ t::CONFIRM_THEME.get(lang) }</button>
        </section>
    }
}
