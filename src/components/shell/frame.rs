//! Skip link, header, banners, the page for the current route, footer.

use yew::prelude::*;

use super::{demo_banner::DemoBanner, footer::Footer, header::Header, notice_bar::NoticeBar, save_alert::SaveAlert};
use crate::browser;
use crate::components::pages::{self, NoAssessment};
use crate::components::use_app;
use crate::i18n::shell as t;
use crate::model::route::Route;

#[component]
pub fn Shell() -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    // A real link for the skip target would change the hash route, so focus main directly.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus("main");
    });
    let page = if ctx.route.needs_assessment() && ctx.open().is_none() {
        html! { <NoAssessment /> }
    } else {
        match ctx.route {
            Route::Home => html! { <pages::Home /> },
            Route::Overview => html! { <pages::Overview /> },
            Route::Question { theme, n } => html! { <pages::QuestionPage {theme} {n} /> },
            Route::ThemeSummary { theme } => html! { <pages::ThemeSummary {theme} /> },
            Route::Results => html! { <pages::Results /> },
            Route::Actions => html! { <crate::components::followup::ActionsPage /> },
            #[cfg(feature = "lean")]
            Route::Report | Route::Compare | Route::Workshop | Route::Participant => html! { <super::full_build::FullBuild /> },
            #[cfg(not(feature = "lean"))]
            Route::Report => html! { <pages::Report /> },
            Route::Method => html! { <pages::Method /> },
            Route::Assessments => html! { <pages::Assessments /> },
            #[cfg(not(feature = "lean"))]
            Route::Compare => html! { <pages::Compare /> },
            #[cfg(not(feature = "lean"))]
            Route::Workshop => html! { <pages::Workshop /> },
            #[cfg(not(feature = "lean"))]
            Route::Participant => html! { <crate::components::workshop::Participant /> },
            Route::Privacy => html! { <pages::Privacy /> },
            Route::NotFound => html! { <pages::NotFound /> },
        }
    };
    html! {
        <div class={classes!("app", ctx.present.then_some("present"))}>
            <a class="skip-link" href="#main" onclick={skip}>{ t::SKIP.get(lang) }</a>
            <Header />
            // Banners sit inside main so every piece of content belongs to a landmark.
            <main id="main" tabindex="-1">
                <DemoBanner />
                <SaveAlert />
                <NoticeBar />
                { page }
            </main>
            <Footer />
        </div>
    }
}
