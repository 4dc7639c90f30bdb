//! A text field with a limit that never cuts silently: the limit and a live count are shown, the count is
//! announced politely only near the limit, and a paste that would not fit is refused with a warning (the
//! browser's maxlength would otherwise cut it without a word).

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::components::use_app;
use crate::i18n::manage as t;

#[derive(Properties, PartialEq)]
pub struct LimitedTextProps {
    pub id: AttrValue,
    pub max: usize,
    /// The stored value, for a field the app keeps in step with its state (with `on_input`).
    #[prop_or_default]
    pub value: Option<AttrValue>,
    /// The starting text of a field read only on submit; set once, so re-renders never reset what was typed.
    #[prop_or_default]
    pub initial: Option<AttrValue>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub name: Option<AttrValue>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// Ids of hints and errors the parent shows for this field.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    #[prop_or_default]
    pub invalid: bool,
    #[prop_or_default]
    pub node_ref: NodeRef,
    #[prop_or_default]
    pub on_input: Option<Callback<String>>,
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// 0 at the limit, 1 within 5 %, 2 within 10 %, 3 further away: the announcement changes only between bands.
fn band(left: usize, max: usize) -> u8 {
    match left {
        0 => 0,
        l if l * 20 <= max => 1,
        l if l * 10 <= max => 2,
        _ => 3,
    }
}

fn dom_value(r: &NodeRef) -> Option<String> {
    r.cast::<HtmlTextAreaElement>().map(|e| e.value()).or_else(|| r.cast::<HtmlInputElement>().map(|e| e.value()))
}

fn selected_units(r: &NodeRef) -> usize {
    let range = |s: Option<u32>, e: Option<u32>| e.unwrap_or(0).saturating_sub(s.unwrap_or(0)) as usize;
    if let Some(t) = r.cast::<HtmlTextAreaElement>() {
        return range(t.selection_start().ok().flatten(), t.selection_end().ok().flatten());
    }
    r.cast::<HtmlInputElement>().map_or(0, |i| range(i.selection_start().ok().flatten(), i.selection_end().ok().flatten()))
}

#[component]
pub fn LimitedText(props: &LimitedTextProps) -> Html {
    let start = props.value.clone().or_else(|| props.initial.clone()).unwrap_or_default();
    let count = use_state(|| start.chars().count());
    let announced = use_state(|| (3u8, String::new()));
    let paste_warning = use_state(|| None::<String>);
    let ctx = use_app();
    // A refused edit (storage full) leaves the typed text in the field; put back what is stored.
    {
        let (r, value, count) = (props.node_ref.clone(), props.value.clone(), count.clone());
        use_effect_with(ctx.as_ref().map(|c| c.refusals), move |_| {
            let Some(value) = value else { return };
            if dom_value(&r).is_some_and(|v| v != value.as_str()) {
                if let Some(t) = r.cast::<HtmlTextAreaElement>() {
                    t.set_value(&value);
                } else if let Some(i) = r.cast::<HtmlInputElement>() {
                    i.set_value(&value);
                }
                count.set(value.chars().count());
            }
        });
    }
    {
        let (count, value) = (count.clone(), props.value.clone());
        use_effect_with(value, move |v| {
            if let Some(v) = v {
                count.set(v.chars().count());
            }
        });
    }
    {
        let (r, initial) = (props.node_ref.clone(), props.initial.clone());
        use_effect_with((), move |_| {
            let Some(v) = initial else { return };
            if let Some(i) = r.cast::<HtmlInputElement>() {
                i.set_value(&v);
            } else if let Some(t) = r.cast::<HtmlTextAreaElement>() {
                t.set_value(&v);
            }
        });
    }
    let Some(ctx) = ctx else { return html! {} };
    let lang = ctx.lang;
    let max = props.max;
    let oninput = {
        let (count, announced, warn, on_input) = (count.clone(), announced.clone(), paste_warning.clone(), props.on_input.clone());
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_dyn_into::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .or_else(|| e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()))
                .unwrap_or_default();
            let n = v.chars().count();
            count.set(n);
            let b = band(max.saturating_sub(n), max);
            if b != announced.0 {
                announced.set((b, if b < 3 { t::left(lang, max.saturating_sub(n)) } else { String::new() }));
            }
            if warn.is_some() {
                warn.set(None);
            }
            if let Some(cb) = &on_input {
                cb.emit(v);
            }
        })
    };
    let onpaste = {
        let (r, warn) = (props.node_ref.clone(), paste_warning.clone());
        Callback::from(move |e: Event| {
            let Some(pasted) = browser::pasted_text(&e) else { return };
            let current = dom_value(&r).map_or(0, |v| units(&v));
            let room = max.saturating_sub(current.saturating_sub(selected_units(&r)));
            // Measured in UTF-16 units, as maxlength is: exactly the pastes the browser would cut.
            if units(&pasted) > room {
                e.prevent_default();
                warn.set(Some(t::paste_refused(lang, pasted.chars().count(), room, max)));
            }
        })
    };
    let id = props.id.clone();
    let count_id = format!("{id}-count");
    let warn_id = format!("{id}-paste");
    let describedby = [props.describedby.as_ref().map(|d| d.to_string()), Some(count_id.clone()), paste_warning.is_some().then(|| warn_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let invalid = props.invalid.then_some("true");
    html! {
        <>
            if props.multiline {
                <textarea ref={props.node_ref.clone()} id={id.clone()} name={props.name.clone()} rows="4" maxlength={max.to_string()}
                    aria-describedby={describedby} aria-invalid={invalid} value={props.value.clone()} {oninput} {onpaste} />
            } else {
                <input ref={props.node_ref.clone()} id={id.clone()} name={props.name.clone()} type="text" maxlength={max.to_string()}
                    autocomplete={props.autocomplete.clone()} aria-describedby={describedby} aria-invalid={invalid}
                    value={props.value.clone()} {oninput} {onpaste} />
            }
            <p id={count_id} class={classes!("counter", (*count >= max).then_some("counter-full"))}>{ t::count(lang, *count, max) }</p>
            <p class="visually-hidden" aria-live="polite">{ announced.1.clone() }</p>
            if let Some(w) = &*paste_warning {
                <p id={warn_id} class="error-text" role="alert">{ w.clone() }</p>
            }
        </>
    }
}
