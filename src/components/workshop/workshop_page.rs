//! For trainers: gather a room's answers (codes, show of hands, files), show them on the projector, agree, and
//! write the agreed answers into the assessment. The example municipality and the offline copy come last.

use yew::prelude::*;

use super::code_entry::CodeEntry;
use super::file_merge::FileMerge;
use super::question_focus::QuestionFocus;
use super::room_table::RoomTable;
use super::voters;
use crate::browser;
use crate::components::pages::OfflineCopy;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::{shell as ts, workshop as t};
use crate::model::bank;
use crate::model::room::{by_disagreement, tallies};
use crate::model::route::Route;
use crate::state::Action;

#[component]
pub fn Workshop() -> Html {
    let focus = use_state(|| None::<&'static str>);
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let d = ctx.dispatcher();
    let open_demo = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::OpenDemo);
            browser::set_hash(&Route::Overview.to_hash());
        })
    };
    // Until the trainer picks one, the question with the most disagreement is the one on screen.
    let question = (*focus)
        .or_else(|| by_disagreement(tallies(&voters(&ctx), &ctx.room.hands)).into_iter().find(|t| t.answered() > 0).map(|t| t.question.id))
        .or_else(|| bank::all_questions().next().map(|q| q.id))
        .unwrap_or_default();
    let on_discuss = {
        let f = focus.clone();
        Callback::from(move |id: &'static str| {
            f.set(Some(id));
            browser::focus("focus-h");
        })
    };
    let on_move = { let f = focus.clone(); Callback::from(move |id: &'static str| f.set(Some(id))) };
    html! {
        <>
            <Heading text={t::TITLE.get(lang)} />
            <section aria-labelledby="steps-h" class="steps">
                <h2 id="steps-h">{ t::STEPS_TITLE.get(lang) }</h2>
                <ol>
                    <li>{ t::STEP_1.get(lang) }</li>
                    <li>{ t::STEP_2.get(lang) }</li>
                    <li>{ t::STEP_3.get(lang) }</li>
                </ol>
            </section>
            <section aria-labelledby="gather-h">
                <h2 id="gather-h">{ t::GATHER_TITLE.get(lang) }</h2>
                <p><a class="button secondary" href={Route::Participant.to_hash()}>{ t::PARTICIPANT_LINK.get(lang) }</a></p>
                <p class="hint">{ t::PARTICIPANT_HINT.get(lang) }</p>
                <CodeEntry />
                <FileMerge />
            </section>
            <RoomTable {on_discuss} />
            if !question.is_empty() {
                <QuestionFocus {question} {on_move} />
            }
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
        </>
    }
}
