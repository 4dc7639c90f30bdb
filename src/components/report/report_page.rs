//! The report for the kommunestyre, ready to print or save as PDF: a one-page summary, then theme by theme, then
//! every answer as an appendix. styles/90-print.css numbers the pages ("Side 3 av 9") and, while the assessment
//! is not finished, prints UTKAST at the top of every page; on screen a banner says the same.

use yew::prelude::*;

use super::report_appendix::report_appendix;
use super::report_summary::report_summary;
use super::report_theme::report_theme;
use crate::browser;
use crate::downloads;
use crate::state::{Action, Refused};
use crate::components::results::duty_filter;
use crate::components::use_app;
use crate::i18n::report as t;
use crate::model::bank;
use crate::model::findings::{is_final, DutyFilter};

#[component]
pub fn Report() -> Html {
    let duty = use_state(|| None::<bank::DutyHolder>);
    let busy = use_state(|| false);
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let filter: DutyFilter = *duty;
    let draft = !is_final(a);
    let print = Callback::from(|_: MouseEvent| browser::print());
    let docx = {
        let (ctx, busy, a) = (ctx.clone(), busy.clone(), a.clone());
        Callback::from(move |_: MouseEvent| {
            let (ctx, busy, a) = (ctx.clone(), busy.clone(), a.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                let page = [t::PAGE_WORD.get(ctx.lang), t::PAGE_OF.get(ctx.lang)];
                if let Err(detail) = downloads::export_report_docx(&a, page).await {
                    ctx.dispatch(Action::BrowserRefused { what: Refused::Download, detail });
                }
                busy.set(false);
            });
        })
    };
    let set_duty = {
        let duty = duty.clone();
        Callback::from(move |d: DutyFilter| duty.set(d))
    };
    let unanswered = bank::all_questions().filter(|q| a.answer(q.id).is_none()).count();
    html! {
        <article class={classes!("report", draft.then_some("report-draft"))}>
            <div class="no-print report-tools">
                <p class="button-row">
                    <button type="button" class="button" onclick={print}>{ t::PRINT.get(lang) }</button>
                    <button type="button" class="button secondary" onclick={docx} disabled={*busy} aria-describedby="docx-hint">{ t::DOCX.get(lang) }</button>
                </p>
                <p id="docx-hint" class="hint">{ t::DOCX_HINT.get(lang) }</p>
                { duty_filter(lang, "report-duty", filter, &set_duty) }
            </div>
            if draft {
                <p class="draft-banner" data-testid="draft-mark">
                    <strong class="draft-word">{ t::DRAFT_MARK.get(lang) }</strong>{ " " }
                    { t::DRAFT_WHY.get(lang) }{ " " }{ t::draft_counts(lang, unanswered, a.unconfirmed_count()) }
                </p>
            }
            { report_summary(lang, a, filter) }
            <section class="report-themes" aria-labelledby="r-themes-h">
                <h2 id="r-themes-h">{ t::PER_THEME.get(lang) }</h2>
                for th in bank::themes() {
                    { report_theme(lang, a, th, filter) }
                }
            </section>
            { report_appendix(lang, a, filter) }
        </article>
    }
}
