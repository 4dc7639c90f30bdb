//! Where the question comes from: who holds the duty today, today's law (each law named in full the first time),
//! guidance that is not law, the 2004 basis as history, sources and problem areas.

use yew::prelude::*;

use crate::components::law_names::gloss_lang;
use crate::components::use_app;
use crate::i18n::{question as t, Lang};
use crate::model::bank::{self, laws, Certainty, Requirement, LAW_CHECKED};

#[derive(Properties, PartialEq)]
pub struct BasisDetailsProps {
    pub question: &'static str,
}

/// One citation, in Norwegian (marked so screen readers pronounce it right), with the law's title or gloss.
fn citation(c: &'static str, lang: Lang) -> Html {
    let gloss = laws::law_of(c).map(|l| l.gloss.get(lang));
    html! {
        <li>
            <span lang="nb">{ c }</span>
            if let Some(g) = gloss {
                { " (" }<span lang={gloss_lang(lang)}>{ g }</span>{ ")" }
            }
        </li>
    }
}

#[component]
pub fn BasisDetails(props: &BasisDetailsProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(q) = bank::question(props.question) else { return html! {} };
    let lang = ctx.lang;
    let b = &q.basis;
    let class_hint = match q.requirement {
        Requirement::Legal => t::CLASS_LEGAL_HINT.get(lang),
        Requirement::GoodPractice => t::CLASS_GOOD_HINT.get(lang),
    };
    html! {
        <details class="basis">
            <summary>{ t::BASIS_TITLE.get(lang) }</summary>
            <dl>
                <dt>{ t::CLASS.get(lang) }</dt>
                <dd>{ format!("{}. {class_hint}", q.requirement.label().get(lang)) }</dd>
                <dt>{ t::DUTY.get(lang) }</dt>
                <dd>{ q.duty.iter().map(|d| d.name().get(lang)).collect::<Vec<_>>().join(" · ") }</dd>
                if !b.today.is_empty() {
                    <dt>{ t::BASIS_TODAY.get(lang) }</dt>
                    <dd>
                        <ul class="citations">{ for b.today.iter().map(|c| citation(c, lang)) }</ul>
                        if b.certainty == Certainty::Indicative {
                            <em>{ t::INDICATIVE.get(lang) }</em>
                        }
                    </dd>
                }
                if !b.supports.is_empty() {
                    <dt>{ t::BASIS_SUPPORTS.get(lang) }</dt>
                    <dd><ul class="citations">{ for b.supports.iter().map(|c| citation(c, lang)) }</ul></dd>
                }
                if !b.guidance.is_empty() {
                    <dt>{ t::GUIDANCE.get(lang) }</dt>
                    <dd><ul class="citations">
                        for g in b.guidance.iter() { <li lang="nb">{ *g }</li> }
                    </ul></dd>
                }
                <dt>{ t::BASIS_THEN.get(lang) }</dt>
                <dd lang="nb">{ b.then }</dd>
                <dt>{ t::AREAS.get(lang) }</dt>
                <dd>{ q.areas.iter().map(|a| a.name().get(lang)).collect::<Vec<_>>().join(", ") }</dd>
                <dt>{ t::SOURCES.get(lang) }</dt>
                <dd>
                    <ul>
                        for s in q.sources {
                            <li lang="nb">{ format!("[{}] {}", s.key(), s.citation()) }</li>
                        }
                    </ul>
                </dd>
            </dl>
            <p class="muted small">{ t::law_checked(lang, LAW_CHECKED) }</p>
        </details>
    }
}
