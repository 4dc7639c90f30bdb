//! A list of questions that need attention, grouped by theme or by duty holder. On screen each links to its
//! question and to the place to record an action; in the report it carries the question's number instead.

use yew::prelude::*;

use crate::i18n::{followup as tf, question as tq, results as t, Lang};
use crate::model::answers::ActionItem;
use crate::model::dates;
use crate::model::findings::{by_duty, by_theme, Finding};
use crate::model::route::Route;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Theme,
    Duty,
}

/// "Tiltak: … · Ansvarlig: … · Frist: 1. mars 2027 · Status: Pågår · Slik kontrollerer ledelsen effekten: …",
/// leaving out what is not set. The status comes only with a written action, since every empty action is "not
/// started".
pub fn action_parts(lang: Lang, a: &ActionItem) -> Vec<(&'static str, String)> {
    let mut parts = Vec::new();
    for (label, value) in [(t::ACTION.get(lang), a.what.trim()), (tq::ACTION_WHO.get(lang), a.who.trim())] {
        if !value.is_empty() {
            parts.push((label, value.to_owned()));
        }
    }
    if !a.due.trim().is_empty() {
        parts.push((tq::ACTION_DUE.get(lang), dates::long(lang, a.due.trim())));
    }
    if !a.is_empty() {
        parts.push((tf::F_STATUS.get(lang), a.status.label().get(lang).to_owned()));
    }
    if !a.check.trim().is_empty() {
        parts.push((tf::CHECK.get(lang), a.check.trim().to_owned()));
    }
    parts
}

fn item(lang: Lang, f: &Finding, grouping: Grouping, links: bool) -> Html {
    let route = Route::Question { theme: f.theme, n: f.n }.to_hash();
    let text = f.question.text.get(lang);
    let answer = f.answer.map_or(tq::NOT_ANSWERED.get(lang), |a| a.label().get(lang));
    let duty = f.question.duty.iter().map(|d| d.name().get(lang)).collect::<Vec<_>>().join(", ");
    let parts = action_parts(lang, &f.action);
    let needed = f.question.criteria.yes.get(lang);
    html! {
        <li class="finding">
            <p class="finding-q">
                if links {
                    <a href={route.clone()}>{ text }</a>
                } else {
                    <span class="q-number">{ format!("{}.{} ", f.theme.number(), f.n) }</span>{ text }
                }
            </p>
            <p class="finding-meta">
                <span>
                    { t::ANSWER.get(lang) }{ ": " }<strong>{ answer }</strong>
                    if f.carried { { " " }<span class="carried-mark">{ tf::CARRIED_MARK.get(lang) }</span> }
                </span>
                if grouping == Grouping::Duty {
                    <span>{ format!("{} {}", t::THEME.get(lang), f.theme.number()) }</span>
                } else if !duty.is_empty() {
                    <span>{ tq::DUTY.get(lang) }{ ": " }{ duty }</span>
                }
            </p>
            if parts.is_empty() {
                <p class="finding-action">
                    { t::ACTION.get(lang) }{ ": " }{ t::NO_ACTION_YET.get(lang) }
                    if links {
                        { " " }<a href={route}>{ t::ADD_ACTION.get(lang) }<span class="visually-hidden">{ format!(": {text}") }</span></a>
                    }
                </p>
                if !needed.is_empty() {
                    <p class="finding-needed">{ t::NEEDED_FOR_YES.get(lang) }{ ": " }{ needed }</p>
                }
            } else {
                <p class="finding-action">
                    for (i, (label, value)) in parts.into_iter().enumerate() {
                        if i > 0 { { " · " } }
                        { label }{ ": " }{ value }
                    }
                </p>
            }
        </li>
    }
}

/// `links`: to the questions on screen; without, each question is named by its number.
pub fn finding_list(lang: Lang, findings: &[Finding], grouping: Grouping, links: bool) -> Html {
    let groups: Vec<(String, Vec<Finding>)> = match grouping {
        Grouping::Theme => by_theme(findings)
            .into_iter()
            .map(|(th, v)| (format!("{}. {}", th.id.number(), th.title.get(lang)), v))
            .collect(),
        Grouping::Duty => by_duty(findings).into_iter().map(|(d, v)| (t::duty_name(lang, d).to_owned(), v)).collect(),
    };
    html! {
        for (title, list) in groups {
            <h3 class="finding-group">{ title }</h3>
            <ul class="finding-list">
                for f in &list { { item(lang, f, grouping, links) } }
            </ul>
        }
    }
}
