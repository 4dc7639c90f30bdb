//! Three buttons, each in its own language, so a reader of any of them can find theirs.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::shell as t;
use crate::model::lang::Lang;
use crate::state::Action;

#[component]
pub fn LangSwitch() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let d = ctx.dispatcher();
    html! {
        <div class="lang-switch" role="group" aria-label={t::LANG_LABEL.get(ctx.lang)}>
            for l in Lang::ALL {
                <button type="button" lang={l.code()} aria-pressed={(l == ctx.lang).to_string()}
                    onclick={d.to_callback().reform(move |_: MouseEvent| Action::SetLang(l))}>
                    { l.endonym() }
                </button>
            }
        </div>
    }
}
