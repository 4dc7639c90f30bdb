//! The action list: every action with its status, narrowed by theme, duty holder, owner and status, with the
//! plan as CSV and the deadlines as a calendar file. The filter lives in the page, since it is a view, not data.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::action_card::ActionCard;
use super::overdue_notice::overdue_notice;
use crate::browser;
use crate::components::shell::Heading;
use crate::components::use_app;
use crate::downloads;
use crate::i18n::followup as t;
use crate::model::actions::{filtered, owners, rows, ActionFilter};
use crate::model::answers::ActionStatus;
use crate::model::bank::{self, DutyHolder, ThemeId};
use crate::model::route::Route;
use crate::state::{Action, Refused};

#[component]
pub fn ActionsPage() -> Html {
    let filter = use_state(ActionFilter::default);
    let Some(ctx) = use_app() else { return html! {} };
    let Some(a) = ctx.open() else { return html! {} };
    let lang = ctx.lang;
    let today = browser::today();
    let all = rows(a);
    let shown = filtered(a, &filter);
    let select = |id: &'static str, label: &'static str, options: Vec<(String, String)>, current: String, apply: fn(&mut ActionFilter, &str)| {
        let filter = filter.clone();
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut f = (*filter).clone();
            apply(&mut f, &v);
            filter.set(f);
        });
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <select {id} {onchange}>
                    <option value="" selected={current.is_empty()}>{ t::F_ALL.get(lang) }</option>
                    for (v, l) in options {
                        <option value={v.clone()} selected={v == current}>{ l }</option>
                    }
                </select>
            </div>
        }
    };
    let themes = ThemeId::ALL.iter().map(|th| (th.number().to_string(), bank::theme(*th).title.get(lang).to_owned())).collect();
    let duties = DutyHolder::ALL.iter().map(|d| (d.token().to_owned(), d.name().get(lang).to_owned())).collect();
    let owner_opts = owners(a).into_iter().map(|o| (o.clone(), o)).collect();
    let statuses = ActionStatus::ALL.iter().map(|s| (s.token().to_owned(), s.label().get(lang).to_owned())).collect();
    let download = |ics: bool| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(a) = ctx.open() else { return };
            let res = if ics { downloads::export_deadlines(a, ctx.lang) } else { downloads::export_action_plan(a, ctx.lang) };
            if let Err(detail) = res {
                ctx.dispatch(Action::BrowserRefused { what: Refused::Download, detail });
            }
        })
    };
    html! {
        <>
            <p class="breadcrumb"><a href={Route::Results.to_hash()}>{ a.title() }</a></p>
            <Heading text={t::ACTIONS_TITLE.get(lang)} />
            <p class="lead">{ t::ACTIONS_LEAD.get(lang) }</p>
            { overdue_notice(lang, a, &today, false) }
            if all.is_empty() {
                <p>{ t::NO_ACTIONS.get(lang) }</p>
            } else {
                <h2 id="actions-list-h">{ t::LIST_TITLE.get(lang) }</h2>
                <fieldset class="action-filters">
                    <legend>{ t::FILTERS.get(lang) }</legend>
                    <div class="filter-row">
                        { select("f-theme", t::F_THEME.get(lang), themes, filter.theme.map(|x| x.number().to_string()).unwrap_or_default(),
                            |f, v| f.theme = v.parse::<u8>().ok().and_then(ThemeId::from_number)) }
                        { select("f-duty", t::F_DUTY.get(lang), duties, filter.duty.map(|d| d.token().to_owned()).unwrap_or_default(),
                            |f, v| f.duty = DutyHolder::ALL.into_iter().find(|d| d.token() == v)) }
                        { select("f-owner", t::F_OWNER.get(lang), owner_opts, filter.owner.clone().unwrap_or_default(),
                            |f, v| f.owner = (!v.is_empty()).then(|| v.to_owned())) }
                        { select("f-status", t::F_STATUS.get(lang), statuses, filter.status.map(|s| s.token().to_owned()).unwrap_or_default(),
                            |f, v| f.status = ActionStatus::from_token(v)) }
                    </div>
                </fieldset>
                <p role="status" class="shown-count">{ t::shown_of(lang, shown.len(), all.len()) }</p>
                if shown.is_empty() {
                    <p>{ t::NONE_MATCH.get(lang) }</p>
                } else {
                    <ul class="action-cards" aria-labelledby="actions-list-h">
                        for r in shown {
                            <ActionCard key={r.question.id} carried={a.to_confirm.contains(r.question.id)} row={r.clone()} today={AttrValue::from(today.clone())} />
                        }
                    </ul>
                }
            }
            <div class="button-row no-print">
                <button type="button" class="button secondary" onclick={download(false)}>{ t::DOWNLOAD_CSV.get(lang) }</button>
                <button type="button" class="button secondary" onclick={download(true)} aria-describedby="ics-hint">{ t::DOWNLOAD_ICS.get(lang) }</button>
            </div>
            <p id="ics-hint" class="hint">{ t::ICS_HINT.get(lang) }</p>
        </>
    }
}
