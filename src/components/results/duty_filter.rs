//! Narrow results or report to one duty holder: since 2010 Nav and the health and care service hold different
//! parts of what one social service held in 2004, and each must see its own.

use yew::prelude::*;

use crate::i18n::{results as t, Lang};
use crate::model::bank::DutyHolder;
use crate::model::findings::DutyFilter;

/// `id`: prefix for the radio ids, unique on the page.
pub fn duty_filter(lang: Lang, id: &'static str, value: DutyFilter, onchange: &Callback<DutyFilter>) -> Html {
    let options = std::iter::once(None).chain(DutyHolder::ALL.into_iter().map(Some));
    html! {
        <fieldset class="duty-filter no-print">
            <legend>{ t::DUTY_FILTER.get(lang) }</legend>
            <div class="duty-options">
                for choice in options {
                    {{
                        let radio = format!("{id}-{}", choice.map_or("all", |d| d.token()));
                        let label = choice.map_or(t::DUTY_ALL.get(lang), |d| d.name().get(lang));
                        let onchange = onchange.reform(move |_: Event| choice);
                        html! {
                            <div class="radio">
                                <input type="radio" id={radio.clone()} name={id} checked={value == choice} {onchange} />
                                <label for={radio}>{ label }</label>
                            </div>
                        }
                    }}
                }
            </div>
        </fieldset>
    }
}
