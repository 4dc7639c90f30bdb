//! For trainers: the example municipality, presentation mode, and an offline merge of participants' files.

use yew::prelude::*;

use super::import_box::ImportBox;
use super::offline_copy::OfflineCopy;
use crate::browser;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::{data as td, percent, results as tr, shell as ts, workshop as t};
use crate::model::answers::{Answer, Assessment};
use crate::model::bank;
use crate::model::merge::{differences, spreads, theme_ranges};
use crate::model::route::Route;
use crate::model::save_format::decode_export;
use crate::state::{ok_files, Action, WorkshopFile};

#[component]
pub fn Workshop() -> Html {
    let only_disagree = use_state(|| false);
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let d = ctx.dispatcher();
    let on_files = {
        let d = d.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let d = d.clone();
            yew::platform::spawn_local(async move {
                let mut out = Vec::new();
                for file in files {
                    let name = file.name();
                    let result = browser::read_file(file).await.and_then(|b| decode_export(&b));
                    out.push(WorkshopFile { file: name, result });
                }
                d.dispatch(Action::WorkshopAdd(out));
            });
        })
    };
    let open_demo = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::OpenDemo);
            browser::set_hash(&Route::Overview.to_hash());
        })
    };
    let good: Vec<Assessment> = ok_files(&ctx.workshop).into_iter().map(|(a, _)| a).collect();
    let held_differences = if ctx.workshop_pending.is_empty() {
        Vec::new()
    } else {
        let mut all = ctx.workshop.clone();
        all.extend(ctx.workshop_pending.iter().cloned());
        differences(&ok_files(&all))
    };
    let refused: Vec<&WorkshopFile> = ctx.workshop.iter().filter(|f| f.result.is_err()).collect();
    let toggle = { let o = only_disagree.clone(); Callback::from(move |_: Event| o.set(!*o)) };
    html! {
        <>
            <Heading text={t::TITLE.get(lang)} />
            <section aria-labelledby="demo-h">
                <h2 id="demo-h">{ t::DEMO_TITLE.get(lang) }</h2>
                <p>{ ts::HOME_DEMO_HINT.get(lang) }</p>
                <p class="button-row">
                    <button type="button" class="button secondary" onclick={open_demo}>{ ts::HOME_DEMO.get(lang) }</button>
                    <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::ResetDemo)}>{ ts::DEMO_RESET.get(lang) }</button>
                </p>
                <p>{ t::PRESENT_HINT.get(lang) }</p>
            </section>
            <OfflineCopy />
            <section aria-labelledby="merge-h">
                <h2 id="merge-h">{ t::MERGE_TITLE.get(lang) }</h2>
                <p>{ t::LEAD.get(lang) }</p>
                <ImportBox id="workshop-files" label={t::PICK.get(lang)} multiple=true {on_files} />
                // Always in the page, so screen readers hear what a new batch of files brought, refusals included.
                <div aria-live="polite" class="workshop-status">
                    if !refused.is_empty() {
                        <p>{ t::refused(lang, refused.len()) }</p>
                        <ul>
                            for f in refused.iter() {
                                <li>{ f.file.clone() }{ ": " }{ match &f.result { Ok(_) => String::new(), Err(e) => td::load_error(lang, e) } }</li>
                            }
                        </ul>
                    }
                </div>
                if !held_differences.is_empty() {
                    <div class="alert alert-error" role="alert">
                        <p><strong>{ t::DIFFER_TITLE.get(lang) }</strong></p>
                        <ul>
                            for diff in held_differences.iter() { <li>{ t::difference(lang, diff) }</li> }
                        </ul>
                        <div class="button-row">
                            <button type="button" class="button" onclick={d.to_callback().reform(|_: MouseEvent| Action::WorkshopAccept)}>{ t::MERGE_ANYWAY.get(lang) }</button>
                            <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::WorkshopReject)}>{ t::LEAVE_OUT.get(lang) }</button>
                        </div>
                    </div>
                }
                if !ctx.workshop.is_empty() {
                    <h3>{ t::FILES.get(lang) }</h3>
                    <ul>
                        for f in ctx.workshop.iter().filter(|f| f.result.is_ok()) {
                            <li>
                                { f.file.clone() }{ ": " }
                                { match &f.result { Ok(i) => i.assessment.title(), Err(e) => td::load_error(lang, e) } }
                            </li>
                        }
                    </ul>
                    <button type="button" class="button secondary" onclick={d.to_callback().reform(|_: MouseEvent| Action::WorkshopClear)}>{ t::CLEAR.get(lang) }</button>
                }
                if !good.is_empty() {
                    <p>{ t::participants(lang, good.len()) }</p>
                    <div class="table-wrap" tabindex="0" role="region" aria-label={t::RANGES.get(lang)}>
                        <table>
                            <caption>{ t::RANGES.get(lang) }</caption>
                            <thead><tr>
                                <th scope="col">{ tr::COL_THEME.get(lang) }</th>
                                <th scope="col">{ t::COL_MIN.get(lang) }</th>
                                <th scope="col">{ t::COL_MAX.get(lang) }</th>
                            </tr></thead>
                            <tbody>
                                for r in theme_ranges(&good) {
                                    <tr>
                                        <th scope="row">{ bank::theme(r.theme).title.get(lang) }</th>
                                        <td class="num">{ percent(r.min) }</td>
                                        <td class="num">{ percent(r.max) }</td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                    <div class="shortcuts">
                        <input type="checkbox" id="only-disagree" checked={*only_disagree} onchange={toggle} />
                        <label for="only-disagree">{ t::ONLY_DISAGREE.get(lang) }</label>
                    </div>
                    <div class="table-wrap" tabindex="0" role="region" aria-label={t::SPREAD.get(lang)}>
                        <table class="spread-table">
                            <caption>{ t::SPREAD.get(lang) }</caption>
                            <thead><tr>
                                <th scope="col">{ crate::i18n::question::COL_QUESTION.get(lang) }</th>
                                for ans in Answer::ALL { <th scope="col">{ ans.label().get(lang) }</th> }
                                <th scope="col">{ t::COL_UNANSWERED.get(lang) }</th>
                                <th scope="col">{ t::DISAGREE.get(lang) }</th>
                            </tr></thead>
                            <tbody>
                                for s in spreads(&good).into_iter().filter(|s| !*only_disagree || s.disagreement()) {
                                    <tr class={classes!(s.disagreement().then_some("disagree"))}>
                                        <th scope="row">{ s.question.text.get(lang) }</th>
                                        for c in s.counts { <td class="num">{ c }</td> }
                                        <td class="num">{ s.unanswered }</td>
                                        <td>{ if s.disagreement() { t::DISAGREE.get(lang) } else { "" } }</td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                }
            </section>
        </>
    }
}
