//! A show of hands for one question: the trainer types how many raised a hand for each answer.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::workshop as t;
use crate::model::answers::Answer;
use crate::model::limits;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HandsFormProps {
    pub question: &'static str,
}

#[component]
pub fn HandsForm(props: &HandsFormProps) -> Html {
    let refs: [NodeRef; 5] = Default::default();
    let refs = use_memo((), move |_| refs);
    let saved = use_state(|| None::<u32>);
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let question = props.question;
    let current = ctx.room.hands.get(question).copied().unwrap_or([0; 5]);
    let onsubmit = {
        let (d, refs, saved) = (ctx.dispatcher(), refs.clone(), saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut counts = [0u32; 5];
            for (c, r) in counts.iter_mut().zip(refs.iter()) {
                // An empty or unreadable field counts as nobody.
                *c = r.cast::<HtmlInputElement>().and_then(|i| i.value().trim().parse::<u32>().ok()).unwrap_or(0).min(limits::HANDS);
            }
            d.dispatch(Action::Hands { question, counts });
            saved.set(Some(counts.iter().sum()));
        })
    };
    html! {
        <form class="hands-form" {onsubmit} aria-labelledby="hands-h">
            <h3 id="hands-h">{ t::HANDS_TITLE.get(lang) }</h3>
            <p class="hint">{ t::HANDS_LEAD.get(lang) }</p>
            <div class="hands-fields">
                for (i, a) in Answer::ALL.iter().enumerate() {
                    <div class="hands-field">
                        <label for={format!("hands-{}", a.token())}>{ a.label().get(lang) }</label>
                        <input type="number" id={format!("hands-{}", a.token())} ref={refs[i].clone()} min="0" max={limits::HANDS.to_string()}
                            inputmode="numeric" value={if current[i] > 0 { current[i].to_string() } else { String::new() }} />
                    </div>
                }
            </div>
            <button type="submit" class="button">{ t::HANDS_SAVE.get(lang) }</button>
            <p aria-live="polite" class="ws-status">{ saved.map(|n| t::hands_saved(lang, n)).unwrap_or_default() }</p>
        </form>
    }
}
