//! The room view's tables: share met per theme (lowest and highest over the participants) and every question's
//! spread, most disagreement first, optionally split by service. The table is the chart's text alternative too.

use yew::prelude::*;

use super::spread_bar::spread_bar;
use super::voters;
use crate::components::use_app;
use crate::i18n::{percent, question as tq, results as tr, workshop as t};
use crate::model::answers::Answer;
use crate::model::bank;
use crate::model::room::{by_disagreement, ranges, split_by_service, tallies, Tally};

#[derive(Properties, PartialEq)]
pub struct RoomTableProps {
    pub on_discuss: Callback<&'static str>,
}

fn counts_cells(t: &Tally) -> Html {
    html! {
        <>
            <td class="chart-cell">{ spread_bar(&t.counts) }</td>
            for c in t.counts { <td class="num">{ c }</td> }
            <td class="num">{ t.unanswered }</td>
        </>
    }
}

#[component]
pub fn RoomTable(props: &RoomTableProps) -> Html {
    let only_disagree = use_state(|| false);
    let split = use_state(|| false);
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let voters = voters(&ctx);
    let hands = &ctx.room.hands;
    let files = voters.len() - ctx.room.codes.len();
    let rows: Vec<Tally> = by_disagreement(tallies(&voters, hands))
        .into_iter()
        .filter(|s| s.answered() + s.unanswered > 0)
        .filter(|s| !*only_disagree || s.disagreement() > 0)
        .collect();
    let toggle = |s: UseStateHandle<bool>| Callback::from(move |_: Event| s.set(!*s));
    html! {
        <section aria-labelledby="room-h" id="room">
            <h2 id="room-h">{ t::ROOM_TITLE.get(lang) }</h2>
            <p>{ t::participants(lang, voters.len()) }</p>
            <p>{ t::room_summary(lang, ctx.room.codes.len(), files, ctx.room.hands_total()) }</p>
            if voters.is_empty() && hands.is_empty() {
                <p>{ t::NOTHING_YET.get(lang) }</p>
            }
            if !voters.is_empty() {
                <div class="table-wrap" tabindex="0" role="region" aria-label={t::RANGES.get(lang)}>
                    <table>
                        <caption>{ t::RANGES.get(lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ tr::COL_THEME.get(lang) }</th>
                            <th scope="col">{ t::COL_MIN.get(lang) }</th>
                            <th scope="col">{ t::COL_MAX.get(lang) }</th>
                        </tr></thead>
                        <tbody>
                            for r in ranges(&voters) {
                                <tr>
                                    <th scope="row">{ bank::theme(r.theme).title.get(lang) }</th>
                                    <td class="num">{ percent(r.min) }</td>
                                    <td class="num">{ percent(r.max) }</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
            }
            if !voters.is_empty() || !hands.is_empty() {
                <div class="room-toggles">
                    <div class="check">
                        <input type="checkbox" id="only-disagree" checked={*only_disagree} onchange={toggle(only_disagree.clone())} />
                        <label for="only-disagree">{ t::ONLY_DISAGREE.get(lang) }</label>
                    </div>
                    <div class="check">
                        <input type="checkbox" id="split-service" checked={*split} onchange={toggle(split.clone())} />
                        <label for="split-service">{ t::SPLIT.get(lang) }</label>
                    </div>
                </div>
                <p class="hint">{ t::SORTED_NOTE.get(lang) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t::SPREAD.get(lang)}>
                    <table class="spread-table">
                        <caption>{ t::SPREAD.get(lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ tq::COL_QUESTION.get(lang) }</th>
                            <th scope="col">{ t::COL_CHART.get(lang) }</th>
                            for ans in Answer::ALL { <th scope="col" class="num">{ ans.label().get(lang) }</th> }
                            <th scope="col" class="num">{ t::COL_UNANSWERED.get(lang) }</th>
                            <th scope="col" class="num">{ t::DISAGREE.get(lang) }</th>
                            <th scope="col">{ t::DISCUSS.get(lang) }</th>
                        </tr></thead>
                        for s in rows.iter() {
                            <tbody class={classes!((s.disagreement() > 0).then_some("disagree"))}>
                                <tr>
                                    <th scope="row">{ s.question.text.get(lang) }</th>
                                    { counts_cells(s) }
                                    <td class="num">{ format!("{} %", s.disagreement()) }</td>
                                    <td>
                                        <button type="button" class="button secondary small" aria-label={t::discuss_label(lang, s.question.text.get(lang))}
                                            onclick={{ let (cb, id) = (props.on_discuss.clone(), s.question.id); Callback::from(move |_: MouseEvent| cb.emit(id)) }}>
                                            { t::DISCUSS.get(lang) }
                                        </button>
                                    </td>
                                </tr>
                                if *split {
                                    for (g, gt) in split_by_service(s.question, &voters, hands) {
                                        <tr class="group-row">
                                            <th scope="row">{ t::group_name(lang, g) }</th>
                                            { counts_cells(&gt) }
                                            <td class="num">{ format!("{} %", gt.disagreement()) }</td>
                                            <td></td>
                                        </tr>
                                    }
                                }
                            </tbody>
                        }
                    </table>
                </div>
            }
        </section>
    }
}
