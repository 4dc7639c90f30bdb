//! Narrow results or report to one duty holder: since 2010 Nav and the health and care service hold different
//! parts of what one social service held in 2004, and each must see its own.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::results as t;
use crate::model::bank::DutyHolder;
use crate::model::findings::DutyFilter;

#[derive(Properties, PartialEq)]
pub struct DutyFilterChoiceProps {
    /// Prefix for the radio ids, unique on the page.
    pub id: AttrValue,
    pub value: DutyFilter,
    pub onchange: Callback<DutyFilter>,
}

#[component]
pub fn DutyFilterChoice(props: &DutyFilterChoiceProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let options = std::iter::once(None).chain(DutyHolder::ALL.into_iter().map(Some));
    html! {
        <fieldset class="duty-filter no-print">
            <legend>{ t::DUTY_FILTER.get(lang) }</legend>
            <div class="duty-options">
                for choice in options {
                    {{
                        let id = format!("{}-{}", props.id, choice.map_or("all", |d| d.token()));
                        let label = choice.map_or(t::DUTY_ALL.get(lang), |d| d.name().get(lang));
                        let onchange = props.onchange.reform(move |_: Event| choice);
                        html! {
                            <div class="radio">
                                <input type="radio" id={id.clone()} name={props.id.clone()} checked={props.value == choice} {onchange} />
                                <label for={id}>{ label }</label>
                            </div>
                        }
                    }}
                }
            </div>
        </fieldset>
    }
}
