//! One stored assessment with its actions, and an inline form to edit its details.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::components::manage::LimitedText;
use crate::components::use_app;
use crate::downloads;
use crate::i18n::{data as t, shell as ts};
use crate::model::answers::Assessment;
use crate::model::bank;
use crate::model::limits;
use crate::model::route::Route;
use crate::model::workspace::HeaderField;
use crate::state::{Action, Refused};

#[derive(Properties, PartialEq)]
pub struct AssessmentCardProps {
    pub assessment: Assessment,
    pub is_current: bool,
}

#[component]
pub fn AssessmentCard(props: &AssessmentCardProps) -> Html {
    let editing = use_state(|| false);
    let refs = [use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref()];
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let a = &props.assessment;
    let id = a.id.clone();
    let d = ctx.dispatcher();
    let title = a.title();
    let named = |verb: &str| format!("{verb}: {title}");
    let open = {
        let (d, id) = (d.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Open(id.clone()));
            browser::set_hash(&Route::Overview.to_hash());
        })
    };
    let export = {
        let (d, a) = (d.clone(), a.clone());
        Callback::from(move |_: MouseEvent| match downloads::export_assessment(&a) {
            Ok(()) => d.dispatch(Action::Exported(a.id.clone())),
            Err(e) => d.dispatch(Action::BrowserRefused { what: Refused::Download, detail: e }),
        })
    };
    let carry = {
        let (d, id) = (d.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::CarryForward(id.clone()));
            browser::set_hash(&Route::Overview.to_hash());
        })
    };
    let delete = d.to_callback().reform({ let id = id.clone(); move |_: MouseEvent| Action::Delete(id.clone()) });
    let toggle_edit = { let e = editing.clone(); Callback::from(move |_: MouseEvent| e.set(!*e)) };
    let save_edit = {
        let (d, id, e, refs) = (d.clone(), id.clone(), editing.clone(), refs.clone());
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            let fields = [HeaderField::Municipality, HeaderField::Unit, HeaderField::Date, HeaderField::Participants];
            for (field, r) in fields.into_iter().zip(refs.iter()) {
                if let Some(input) = r.cast::<HtmlInputElement>() {
                    let value = input.value();
                    if field != HeaderField::Municipality || limits::has_visible(&value) {
                        d.dispatch(Action::Header { id: id.clone(), field, value });
                    }
                }
            }
            e.set(false);
        })
    };
    let stale = a.last_exported.as_deref().is_none_or(|t| t < a.updated.as_str());
    let total = bank::all_questions().count();
    let fid = |name: &str| format!("{}-{name}", a.id);
    html! {
        <li class={classes!("card", props.is_current.then_some("card-current"))}>
            <h2 class="card-title">
                { title.clone() }
                if props.is_current { { " " }<span class="muted">{ t::OPENED.get(lang) }</span> }
            </h2>
            <p>{ ts::answered_of(lang, a.answered_count(), total) }</p>
            if a.unconfirmed_count() > 0 {
                <p><span class="carried-mark">{ crate::i18n::followup::CARRIED_MARK.get(lang) }</span>{ " " }{ crate::i18n::followup::unconfirmed(lang, a.unconfirmed_count()) }</p>
            }
            <p class="muted">{ a.last_exported.as_deref().map_or_else(|| t::NEVER_EXPORTED.get(lang).to_owned(), |w| t::last_exported(lang, &w.chars().take(10).collect::<String>())) }</p>
            if stale && a.answered_count() > 0 { <p class="reminder">{ t::EXPORT_REMINDER.get(lang) }</p> }
            <div class="button-row">
                <button type="button" class="button" onclick={open} aria-label={named(ts::OPEN.get(lang))}>{ ts::OPEN.get(lang) }</button>
                <button type="button" class="button secondary" onclick={export} aria-label={named(t::EXPORT.get(lang))}>{ t::EXPORT.get(lang) }</button>
                <button type="button" class="button secondary" onclick={carry} aria-label={named(t::CARRY_FORWARD.get(lang))}>{ t::CARRY_FORWARD.get(lang) }</button>
                <button type="button" class="button secondary" onclick={toggle_edit} aria-expanded={editing.to_string()} aria-label={named(t::EDIT_DETAILS.get(lang))}>{ t::EDIT_DETAILS.get(lang) }</button>
                <button type="button" class="button danger" onclick={delete} aria-label={named(t::DELETE.get(lang))}>{ t::DELETE.get(lang) }</button>
            </div>
            if *editing {
                <form class="form edit-form" onsubmit={save_edit}>
                    <div class="field"><label for={fid("m")}>{ ts::FIELD_MUNICIPALITY.get(lang) }</label>
                        <LimitedText node_ref={refs[0].clone()} id={fid("m")} max={limits::MUNICIPALITY} initial={Some(AttrValue::from(a.municipality.clone()))} /></div>
                    <div class="field"><label for={fid("u")}>{ ts::FIELD_UNIT.get(lang) }</label>
                        <LimitedText node_ref={refs[1].clone()} id={fid("u")} max={limits::UNIT} initial={Some(AttrValue::from(a.unit.clone()))} /></div>
                    <div class="field"><label for={fid("d")}>{ ts::FIELD_DATE.get(lang) }</label>
                        <input ref={refs[2].clone()} id={fid("d")} type="date" value={a.date.clone()} /></div>
                    <div class="field"><label for={fid("p")}>{ ts::FIELD_PARTICIPANTS.get(lang) }</label>
                        <LimitedText node_ref={refs[3].clone()} id={fid("p")} max={limits::PARTICIPANTS} initial={Some(AttrValue::from(a.participants.clone()))} /></div>
                    <div class="button-row">
                        <button type="submit" class="button">{ t::SAVE_DETAILS.get(lang) }</button>
                        <button type="button" class="button secondary" onclick={{ let e = editing.clone(); Callback::from(move |_: MouseEvent| e.set(false)) }}>{ t::CANCEL.get(lang) }</button>
                    </div>
                </form>
            }
        </li>
    }
}
