//! The criteria for Ja and Delvis and the evidence an auditor would ask for, shown beside the answer scale so that
//! an answer is a finding, not an opinion.

use yew::prelude::*;

use crate::components::law_names::with_law_names;

use crate::components::use_app;
use crate::i18n::question as t;
use crate::model::bank;

#[derive(Properties, PartialEq)]
pub struct CriteriaBoxProps {
    pub question: &'static str,
}

#[component]
pub fn CriteriaBox(props: &CriteriaBoxProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(q) = bank::question(props.question) else { return html! {} };
    let lang = ctx.lang;
    let c = &q.criteria;
    html! {
        <section class="criteria" aria-labelledby="criteria-h">
            <h2 id="criteria-h">{ t::CRITERIA_TITLE.get(lang) }</h2>
            <dl>
                <dt>{ t::CRIT_YES.get(lang) }</dt>
                <dd>{ with_law_names(c.yes.get(lang), lang) }</dd>
                <dt>{ t::CRIT_PARTLY.get(lang) }</dt>
                <dd>{ with_law_names(c.partly.get(lang), lang) }</dd>
                <dt>{ t::CRIT_NO.get(lang) }</dt>
                <dd>{ t::CRIT_NO_TEXT.get(lang) }</dd>
                <dt>{ t::EVIDENCE.get(lang) }</dt>
                <dd>{ with_law_names(c.evidence.get(lang), lang) }</dd>
            </dl>
        </section>
    }
}
