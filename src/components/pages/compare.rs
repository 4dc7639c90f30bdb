//! Two assessments side by side: change per theme, every question whose answer moved and the actions closed;
//! then the trend across the years.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::shell::Heading;
use crate::components::use_app;
use crate::i18n::{data as t, percent, results as tr};
use crate::model::bank;
use crate::components::followup::{question_diff, TrendChart};
use crate::model::compare::theme_changes;

#[component]
pub fn Compare() -> Html {
    let picks = use_state(|| None::<(String, String)>);
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let list = &ctx.workspace.assessments;
    if list.len() < 2 {
        return html! { <><Heading text={t::COMPARE_TITLE.get(lang)} /><p>{ t::COMPARE_NEED_TWO.get(lang) }</p><TrendChart /></> };
    }
    let (before_id, after_id) = (*picks)
        .clone()
        .unwrap_or_else(|| (list[list.len() - 2].id.clone(), list[list.len() - 1].id.clone()));
    let (Some(before), Some(after)) = (ctx.workspace.get(&before_id), ctx.workspace.get(&after_id)) else { return html! {} };
    let select = |which: usize| {
        let (picks, b, a) = (picks.clone(), before_id.clone(), after_id.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            picks.set(Some(if which == 0 { (v, a.clone()) } else { (b.clone(), v) }));
        })
    };
    let options = |selected: &str| html! {
        for a in list.iter() {
            <option value={a.id.clone()} selected={a.id == selected}>{ a.title() }</option>
        }
    };
    let (before_title, after_title) = (before.title(), after.title());
    html! {
        <>
            <Heading text={t::COMPARE_TITLE.get(lang)} />
            <div class="field-row">
                <div class="field">
                    <label for="cmp-before">{ t::COMPARE_BEFORE.get(lang) }</label>
                    <select id="cmp-before" onchange={select(0)}>{ options(&before_id) }</select>
                </div>
                <div class="field">
                    <label for="cmp-after">{ t::COMPARE_AFTER.get(lang) }</label>
                    <select id="cmp-after" onchange={select(1)}>{ options(&after_id) }</select>
                </div>
            </div>
            <table class="stack-table">
                <caption>{ format!("{}: {}", tr::SHARE_MET.get(lang), tr::BY_THEME.get(lang).to_lowercase()) }</caption>
                <thead><tr>
                    <th scope="col">{ tr::COL_THEME.get(lang) }</th>
                    <th scope="col">{ before_title.clone() }</th>
                    <th scope="col">{ after_title.clone() }</th>
                    <th scope="col">{ t::COMPARE_CHANGE.get(lang) }</th>
                </tr></thead>
                <tbody>
                    for c in theme_changes(before, after) {
                        <tr>
                            <th scope="row">{ bank::theme(c.theme).title.get(lang) }</th>
                            <td class="num" data-label={before_title.clone()}>{ percent(c.before) }</td>
                            <td class="num" data-label={after_title.clone()}>{ percent(c.after) }</td>
                            <td class="num" data-label={t::COMPARE_CHANGE.get(lang)}>{ c.delta().map_or_else(|| "–".to_owned(), |d| format!("{d:+}")) }</td>
                        </tr>
                    }
                </tbody>
            </table>
            { question_diff(lang, before, after) }
            <TrendChart />
        </>
    }
}
