//! Stands in for the pages the lean build leaves out (Route::FULL_ONLY): fetches the full build of this language,
//! then loads the page again with it. The route stays, so the reload opens the page the user asked for. A waiting
//! save of the workspace is written on the way out (pagehide, app.rs).

use yew::prelude::*;

use super::Heading;
use crate::browser;
use crate::components::use_app;
use crate::i18n::shell as t;

#[component]
pub fn FullBuild() -> Html {
    let failed = use_state(|| false);
    let ctx = use_app();
    {
        let (failed, ctx) = (failed.clone(), ctx.clone());
        use_effect_with(ctx.as_ref().map(|c| c.route), move |_| {
            yew::platform::spawn_local(async move {
                if browser::full_build_ready().await {
                    // What could not be kept is only memory of this tab (which example was open, say): the
                    // answers are stored, so the page goes on to what the user asked for.
                    if let Some(ctx) = ctx {
                        let _ = crate::app::reload_carry(&ctx);
                    }
                    browser::reload();
                } else {
                    failed.set(true);
                }
            });
        });
    }
    let Some(ctx) = ctx else { return html! {} };
    let lang = ctx.lang;
    html! {
        <section class="full-build">
            <Heading text={t::FULL_BUILD_TITLE.get(lang)} />
            <p role="status">
                { if *failed { t::FULL_BUILD_FAILED.get(lang) } else { t::FULL_BUILD_LOADING.get(lang) } }
            </p>
            if *failed {
                <p><a href="#/">{ t::FULL_BUILD_BACK.get(lang) }</a></p>
            }
        </section>
    }
}
