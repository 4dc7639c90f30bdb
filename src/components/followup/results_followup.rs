//! What the results must say before any figure: how many carried answers are unconfirmed (they count in the
//! scores as last year's answers), which actions are overdue, and the way to the action list.

use yew::prelude::*;

use super::overdue_notice::overdue_notice;
use crate::i18n::{followup as t, Lang};
use crate::model::answers::Assessment;
use crate::model::route::Route;

pub fn results_followup(lang: Lang, a: &Assessment, today: &str) -> Html {
    let unconfirmed = a.unconfirmed_count();
    html! {
        <div class="results-followup">
            if unconfirmed > 0 {
                <p class="carried-note" data-testid="unconfirmed"><span class="carried-mark">{ t::CARRIED_MARK.get(lang) }</span>{ " " }{ t::unconfirmed(lang, unconfirmed) }</p>
            }
            { overdue_notice(lang, a, today, false) }
            <p><a href={Route::Actions.to_hash()}>{ t::ACTIONS_LINK.get(lang) }</a></p>
        </div>
    }
}
