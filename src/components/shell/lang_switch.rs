//! Three buttons, each in its own language, so a reader of any of them can find theirs. In a single-language build
//! a switch first fetches the other build; what is happening is told in a live region beside the buttons.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::shell as t;
use crate::model::lang::Lang;
use crate::state::Action;

#[component]
pub fn LangSwitch() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let d = ctx.dispatcher();
    let status = ctx.lang_switch.map(|s| t::lang_switch_status(ctx.lang, s)).unwrap_or_default();
    html! {
        <div class="lang-switch" role="group" aria-label={t::LANG_LABEL.get(ctx.lang)}>
            for l in Lang::ALL {
                <button type="button" id={format!("lang-{}", l.code())} lang={l.code()} aria-pressed={(l == ctx.lang).to_string()}
                    onclick={d.to_callback().reform(move |_: MouseEvent| Action::SetLang(l))}>
                    { l.endonym() }
                </button>
            }
            <p class="lang-switch-status" role="status">{ status }</p>
        </div>
    }
}
