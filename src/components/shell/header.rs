//! App name, main menu, language, presentation mode and save status. On a phone the menu, language and
//! presentation mode fold behind one button, so the header keeps under 15 % of the screen (styles/30-layout.css).

use yew::prelude::*;

use super::lang_switch::LangSwitch;
use crate::components::use_app;
use crate::i18n::{data as td, shell as t};
use crate::model::route::Route;
use crate::state::{Action, SaveStatus};

#[component]
pub fn Header() -> Html {
    let menu_open = use_state(|| false);
    let ctx = use_app();
    {
        // A followed link closes the menu, as the new page starts from its heading.
        let menu_open = menu_open.clone();
        use_effect_with(ctx.as_ref().map(|c| c.route), move |_| menu_open.set(false));
    }
    let Some(ctx) = ctx else { return html! {} };
    let lang = ctx.lang;
    let current = ctx.route;
    let link = |route: Route, label: &'static str| {
        let active = match (route, current) {
            (Route::Overview, Route::Question { .. } | Route::ThemeSummary { .. }) => true,
            (Route::Assessments, Route::Compare) => true,
            (a, b) => a == b,
        };
        html! {
            <li><a href={route.to_hash()} aria-current={active.then_some("page")}>{ label }</a></li>
        }
    };
    let toggle_present = ctx.dispatcher().to_callback().reform(|_: MouseEvent| Action::TogglePresent);
    let saved = match &ctx.save {
        SaveStatus::Saved { .. } => Some(td::SAVED.get(lang)),
        SaveStatus::Failed { .. } | SaveStatus::Conflict => Some(td::NOT_SAVED.get(lang)),
        SaveStatus::Idle => None,
    };
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(!*menu_open))
    };
    html! {
        <header class={classes!("site-header", (*menu_open).then_some("menu-open"))}>
            <div class="brand-row">
                <a class="brand" href="#/">{ t::APP_NAME.get(lang) }</a>
                <button type="button" class="menu-button" aria-expanded={menu_open.to_string()} aria-controls="site-menu site-nav"
                    onclick={toggle_menu}>{ crate::i18n::menu::MENU.get(lang) }</button>
                <div class="tools" id="site-menu">
                    <LangSwitch />
                    <button type="button" class="toggle" aria-pressed={ctx.present.to_string()} onclick={toggle_present}>
                        { t::PRESENT_ON.get(lang) }
                    </button>
                </div>
            </div>
            <nav id="site-nav" aria-label={t::NAV_LABEL.get(lang)}>
                <ul class="nav">
                    { link(Route::Home, t::NAV_HOME.get(lang)) }
                    { link(Route::Overview, t::NAV_OVERVIEW.get(lang)) }
                    { link(Route::Results, t::NAV_RESULTS.get(lang)) }
                    { link(Route::Actions, crate::i18n::menu::NAV_ACTIONS.get(lang)) }
                    { link(Route::Report, t::NAV_REPORT.get(lang)) }
                    { link(Route::Assessments, t::NAV_ASSESSMENTS.get(lang)) }
                    { link(Route::Workshop, t::NAV_WORKSHOP.get(lang)) }
                    { link(Route::Privacy, t::NAV_PRIVACY.get(lang)) }
                </ul>
            </nav>
            <p class="save-status" role="status" aria-live="polite">{ saved.unwrap_or("") }</p>
        </header>
    }
}
