//! Overdue actions named where a manager looks first: the start page and the results.

use yew::prelude::*;

use crate::i18n::{followup as t, Lang};
use crate::model::actions::overdue;
use crate::model::answers::Assessment;
use crate::model::dates;
use crate::model::route::Route;

/// Nothing when no action is overdue or today is unknown; `link` adds the way to the action list (only useful for
/// the open assessment).
pub fn overdue_notice(lang: Lang, a: &Assessment, today: &str, link: bool) -> Html {
    let late = overdue(a, today);
    if late.is_empty() {
        return html! {};
    }
    html! {
        <div class="overdue-box" data-testid="overdue">
            <p><strong>{ t::overdue_count(lang, late.len(), &a.title()) }</strong></p>
            <ul>
                for r in late.iter() {
                    <li>
                        { if r.action.what.trim().is_empty() { r.question.text.get(lang).to_owned() } else { r.action.what.trim().to_owned() } }
                        { format!(" – {}: {}", t::DEADLINE.get(lang), dates::long(lang, &r.action.due)) }
                        if !r.action.who.trim().is_empty() { { format!(" ({})", r.action.who.trim()) } }
                    </li>
                }
            </ul>
            if link {
                <p><a href={Route::Actions.to_hash()}>{ t::ACTIONS_LINK.get(lang) }</a></p>
            }
        </div>
    }
}
