//! One theme's status with the reason in one sentence, and beside it, never on the same axis, what the 2004
//! audit found nationally in the seed's own words, with any later national findings as dated context.

use yew::prelude::*;

use crate::i18n::{results as t, Lang};
use crate::model::bank::Theme;
use crate::model::scoring::Score;

/// `more`: what follows under the theme (the report's lists and actions).
pub fn theme_status(lang: Lang, th: &'static Theme, s: &Score, more: Html) -> Html {
    html! {
        <section class="theme-status" data-theme={th.id.number().to_string()}>
            <h3>{ format!("{}. {}", th.id.number(), th.title.get(lang)) }</h3>
            <div class="theme-status-body">
                <div class="theme-status-own">
                    <p class="status-line">
                        <span class={classes!("status", format!("status-{}", s.status.token()))}>{ t::status(lang, s.status) }</span>
                        <span>{ t::SHARE_MET.get(lang) }{ ": " }{ t::share(lang, s) }</span>
                        <span class="muted">{ t::based_on(lang, s.known(), s.applicable()) }</span>
                    </p>
                    <p class="reason"><strong>{ t::WHY.get(lang) }{ ": " }</strong>{ t::reason(lang, s.reason()) }</p>
                </div>
                <div class="national">
                    <p>
                        <strong>{ t::NATIONAL_2004.get(lang) }{ ": " }</strong>
                        { th.national.summary.get(lang) }{ " " }
                        <span class="source-key">{ format!("[{}]", th.national.source.key()) }</span>
                    </p>
                    for later in th.later {
                        <p>
                            <strong>{ format!("{} ({}): ", t::LATER_FINDINGS.get(lang), later.period) }</strong>
                            { later.summary.get(lang) }{ " " }
                            <span class="source-key">{ format!("[{}]", later.source.key()) }</span>
                        </p>
                    }
                </div>
            </div>
            { more }
        </section>
    }
}
