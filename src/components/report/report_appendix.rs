//! The appendix: every question with its answer, note, action, criteria and today's legal basis; the 2004 basis
//! (sosialtjenesteloven 1991) last, marked as history, so nobody takes a repealed law for today's.

use yew::prelude::*;

use crate::components::law_names::{gloss_lang, with_law_names};

use crate::components::results::action_parts;
use crate::i18n::{question as tq, report as t, results as tr, Lang};
use crate::model::answers::Assessment;
use crate::model::bank::{self, laws, Certainty, Question, Requirement};
use crate::model::findings::{holds, DutyFilter};

/// Citations stay Norwegian whatever the page language, marked so screen readers pronounce them right (WCAG 3.1.2).
fn citations(items: &[&str]) -> Html {
    html! { <ul class="citations">for c in items { <li lang="nb">{ *c }</li> }</ul> }
}

/// The laws the appendix cites, each named in full once, with an English gloss on English pages.
fn law_list(lang: Lang) -> Html {
    let used = |short: &str| {
        bank::all_questions().any(|q| q.basis.today.iter().chain(q.basis.supports).any(|c| laws::law_of(c).is_some_and(|l| l.short == short)))
    };
    html! {
        <dl class="law-list">
            for l in laws::LAWS.iter().filter(|l| used(l.short)) {
                <dt lang="nb">{ l.short }</dt>
                <dd><span lang="nb">{ l.name }</span>{ ": " }<span lang={gloss_lang(lang)}>{ l.gloss.get(lang) }</span></dd>
            }
        </dl>
    }
}

fn question(lang: Lang, a: &Assessment, theme: u8, n: usize, q: &'static Question) -> Html {
    let r = a.response(q.id);
    let answer = r.and_then(|r| r.answer).map_or(tq::NOT_ANSWERED.get(lang), |x| x.label().get(lang));
    let note = r.map(|r| r.note.trim()).unwrap_or("");
    let action = r.map(|r| action_parts(lang, &r.action)).unwrap_or_default();
    let duty = q.duty.iter().map(|d| d.name().get(lang)).collect::<Vec<_>>().join(", ");
    let c = &q.criteria;
    html! {
        <section class="appendix-q">
            <h4><span class="q-number">{ format!("{theme}.{n} ") }</span>{ q.text.get(lang) }</h4>
            <dl class="appendix-facts">
                <dt>{ tr::ANSWER.get(lang) }</dt><dd><strong>{ answer }</strong>{ format!(" ({})", q.requirement.label().get(lang)) }
                    if a.to_confirm.contains(q.id) { { " " }<span class="carried-mark">{ crate::i18n::followup::CARRIED_MARK.get(lang) }</span> }
                    if let Some(date) = r.and_then(|r| r.agreed.as_deref()).filter(|_| r.is_some_and(|r| r.answer.is_some())) {
                        { " " }<span class="agreed-mark">{ crate::i18n::workshop::agreed_mark(lang, date) }</span>
                    }</dd>
                if !duty.is_empty() { <dt>{ tq::DUTY.get(lang) }</dt><dd>{ duty }</dd> }
                if !note.is_empty() { <dt>{ t::NOTE.get(lang) }</dt><dd class="note-text">{ note }</dd> }
                if !action.is_empty() {
                    <dt>{ tr::ACTION.get(lang) }</dt>
                    <dd>{ action.into_iter().enumerate().map(|(i, (l, v))| if i == 0 && l == tr::ACTION.get(lang) { v } else { format!("{l}: {v}") }).collect::<Vec<_>>().join(" · ") }</dd>
                }
                if !c.yes.get(lang).is_empty() { <dt>{ tq::CRIT_YES.get(lang) }</dt><dd>{ with_law_names(c.yes.get(lang), lang) }</dd> }
                if !c.partly.get(lang).is_empty() { <dt>{ tq::CRIT_PARTLY.get(lang) }</dt><dd>{ with_law_names(c.partly.get(lang), lang) }</dd> }
                if !c.evidence.get(lang).is_empty() { <dt>{ tq::EVIDENCE.get(lang) }</dt><dd>{ with_law_names(c.evidence.get(lang), lang) }</dd> }
                if q.requirement == Requirement::Legal || !q.basis.today.is_empty() {
                    <dt>
                        { tq::BASIS_TODAY.get(lang) }
                        if q.basis.certainty == Certainty::Indicative { { format!(" ({})", tq::INDICATIVE.get(lang)) } }
                    </dt>
                    <dd>{ citations(q.basis.today) }</dd>
                }
                if !q.basis.supports.is_empty() { <dt>{ tq::BASIS_SUPPORTS.get(lang) }</dt><dd>{ citations(q.basis.supports) }</dd> }
                if !q.basis.guidance.is_empty() { <dt>{ tq::GUIDANCE.get(lang) }</dt><dd>{ citations(q.basis.guidance) }</dd> }
                if !q.basis.then.is_empty() { <dt class="history">{ tq::BASIS_THEN.get(lang) }</dt><dd class="history" lang="nb">{ q.basis.then }</dd> }
            </dl>
        </section>
    }
}

pub fn report_appendix(lang: Lang, a: &Assessment, duty: DutyFilter) -> Html {
    html! {
        <section class="report-appendix" aria-labelledby="r-appendix-h">
            <h2 id="r-appendix-h">{ t::APPENDIX.get(lang) }</h2>
            <p>{ t::APPENDIX_LEAD.get(lang) }</p>
            <h3>{ t::LAWS_CITED.get(lang) }</h3>
            { law_list(lang) }
            for th in bank::themes() {
                <h3>{ format!("{}. {}", th.id.number(), th.title.get(lang)) }</h3>
                for (i, q) in th.questions().enumerate() {
                    if holds(q, duty) { { question(lang, a, th.id.number(), i + 1, q) } }
                }
            }
        </section>
    }
}
