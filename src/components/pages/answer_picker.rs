//! The five-point scale as native radios with no default, plus confirm for carried-over answers and clear.

use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::question as t;
use crate::model::answers::Answer;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct AnswerPickerProps {
    pub question: &'static str,
}

#[component]
pub fn AnswerPicker(props: &AnswerPickerProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let question = props.question;
    let selected = a.answer(question);
    let d = ctx.dispatcher();
    let to_confirm = a.to_confirm.contains(question);
    // Said beside the answer, so whoever changes it later knows the room agreed it (changing it drops the mark).
    let agreed = a.response(question).and_then(|r| r.agreed.clone()).filter(|_| selected.is_some());
    html! {
        <>
            if to_confirm {
                <div class="confirm-box">
                    <p>{ t::TO_CONFIRM.get(lang) }</p>
                    <button type="button" class="button secondary" onclick={d.to_callback().reform(move |_: MouseEvent| Action::Confirm(question))}>
                        { t::CONFIRM.get(lang) }
                    </button>
                </div>
            }
            <div class="radios">
                for (i, answer) in Answer::ALL.into_iter().enumerate() {
                    {{
                        let id = format!("answer-{}", answer.token());
                        html! {
                            <div class="radio">
                                <input type="radio" id={id.clone()} name="answer" value={answer.token()}
                                    checked={selected == Some(answer)}
                                    onchange={d.to_callback().reform(move |_: Event| Action::Answer { question, answer: Some(answer) })} />
                                <label for={id}>
                                    { answer.label().get(lang) }
                                    if ctx.shortcuts { <span class="key-hint" aria-hidden="true">{ format!(" [{}]", i + 1) }</span> }
                                </label>
                            </div>
                        }
                    }}
                }
            </div>
            if let Some(date) = agreed {
                <p class="agreed-mark" data-testid="agreed-mark">{ crate::i18n::workshop::agreed_mark(lang, &date) }</p>
            }
            if selected.is_some() {
                <button type="button" class="link-button" onclick={d.to_callback().reform(move |_: MouseEvent| Action::Answer { question, answer: None })}>
                    { t::CLEAR_ANSWER.get(lang) }
                </button>
            }
        </>
    }
}
