//! One question at a time on the projector: its text, the room's answers as bars (with the numbers written out),
//! a show of hands for it, and the room's agreed answer. Previous and next go through the bank in order, which is
//! how a show of hands walks the room through the questions.

use yew::prelude::*;

use super::agree_form::AgreeForm;
use super::hands_form::HandsForm;
use super::spread_bar::spread_bar;
use super::voters;
use crate::components::use_app;
use crate::i18n::workshop as t;
use crate::model::answers::Answer;
use crate::model::bank;
use crate::model::room::{split_by_service, tallies};

#[derive(Properties, PartialEq)]
pub struct QuestionFocusProps {
    pub question: &'static str,
    pub on_move: Callback<&'static str>,
}

#[component]
pub fn QuestionFocus(props: &QuestionFocusProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let all: Vec<_> = bank::all_questions().collect();
    let Some(pos) = all.iter().position(|q| q.id == props.question) else { return html! {} };
    let q = all[pos];
    let theme = bank::theme_of(q.id).map_or("", |th| th.title.get(lang));
    let voters = voters(&ctx);
    let tally = tallies(&voters, &ctx.room.hands).into_iter().nth(pos);
    let groups = split_by_service(q, &voters, &ctx.room.hands);
    let go = |to: Option<usize>| {
        let (cb, id) = (props.on_move.clone(), to.and_then(|i| all.get(i)).map(|q| q.id));
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = id {
                cb.emit(id);
            }
        })
    };
    let summary = tally.as_ref().map(|t| Answer::ALL.iter().zip(t.counts).map(|(a, n)| t::count_of(lang, *a, n)).collect::<Vec<_>>().join(", ")).unwrap_or_default();
    html! {
        <section aria-labelledby="focus-h" id="focus" class="focus">
            <h2 id="focus-h" tabindex="-1">{ t::FOCUS_TITLE.get(lang) }</h2>
            <p class="hint">{ t::position(lang, pos + 1, all.len(), theme) }</p>
            <p class="focus-question">{ q.text.get(lang) }</p>
            <div class="button-row">
                <button type="button" class="button secondary" disabled={pos == 0} onclick={go(pos.checked_sub(1))}>{ t::PREV.get(lang) }</button>
                <button type="button" class="button secondary" disabled={pos + 1 == all.len()} onclick={go(Some(pos + 1))}>{ t::NEXT.get(lang) }</button>
            </div>
            if let Some(tl) = tally.filter(|t| t.answered() > 0) {
                <figure class="chart room-chart">
                    <figcaption>
                        <span class="chart-title">{ t::SPREAD.get(lang) }</span>
                        <span class="chart-note">{ t::CHART_NOTE.get(lang) }</span>
                    </figcaption>
                    <div class="bars" role="img" aria-label={summary}>
                        <div class="bar-row">
                            <span class="bar-label">{ t::WHOLE_ROOM.get(lang) }</span>
                            { spread_bar(&tl.counts) }
                        </div>
                        if groups.len() > 1 {
                            for (g, gt) in groups.iter() {
                                <div class="bar-row">
                                    <span class="bar-label">{ t::group_name(lang, *g) }</span>
                                    { spread_bar(&gt.counts) }
                                </div>
                            }
                        }
                    </div>
                    <ul class="legend" aria-hidden="true">
                        for (a, n) in Answer::ALL.iter().zip(tl.counts) {
                            <li><span class={format!("swatch seg-{}", a.token())}></span>{ t::count_of(lang, *a, n) }</li>
                        }
                    </ul>
                </figure>
            }
            <HandsForm key={q.id} question={q.id} />
            <AgreeForm key={format!("agree-{}", q.id)} question={q.id} majority={tallies(&voters, &ctx.room.hands).into_iter().nth(pos).and_then(|t| t.majority())} />
        </section>
    }
}
