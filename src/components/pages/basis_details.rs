//! Where the question comes from: the kind of requirement, the legal basis then and now, sources, problem areas.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::question as t;
use crate::model::bank::{self, Certainty, Requirement};

#[derive(Properties, PartialEq)]
pub struct BasisDetailsProps {
    pub question: &'static str,
}

#[component]
pub fn BasisDetails(props: &BasisDetailsProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(q) = bank::question(props.question) else { return html! {} };
    let lang = ctx.lang;
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
                <dt>{ t::BASIS_THEN.get(lang) }</dt>
                <dd lang="nb">{ q.basis.then }</dd>
                <dt>{ t::BASIS_TODAY.get(lang) }</dt>
                <dd>
                    <span lang="nb">{ q.basis.today }</span>
                    if q.basis.certainty == Certainty::Indicative {
                        { " " }<em>{ format!("({})", t::INDICATIVE.get(lang)) }</em>
                    }
                </dd>
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
        </details>
    }
}
