//! One theme in the report: status, reason and the 2004 finding, the legal requirements still to check, and the
//! theme's action plan, whose lines name each requirement (Lovkrav) answered Delvis or Nei.

use yew::prelude::*;

use super::compact_findings::CompactFindings;
use crate::components::results::{ActionPlan, ThemeStatus};
use crate::components::use_app;
use crate::i18n::report as t;
use crate::model::answers::Assessment;
use crate::model::bank::{self, ThemeId};
use crate::model::findings::{holds, legal_to_check, DutyFilter};
use crate::model::scoring::score;

#[derive(Properties, PartialEq)]
pub struct ReportThemeProps {
    pub assessment: Assessment,
    pub theme: ThemeId,
    pub duty: DutyFilter,
}

#[component]
pub fn ReportTheme(props: &ReportThemeProps) -> Html {
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let a = &props.assessment;
    let th = bank::theme(props.theme);
    let s = score(th.questions().filter(|q| holds(q, props.duty)), a);
    let check: Vec<_> = legal_to_check(a, props.duty).into_iter().filter(|f| f.theme == th.id).collect();
    html! {
        <ThemeStatus theme={th} score={s}>
            if !check.is_empty() {
                <h4>{ t::TO_CHECK_SHORT.get(lang) }</h4>
                <CompactFindings findings={check} />
            }
            <h4>{ t::THEME_ACTIONS.get(lang) }</h4>
            <ActionPlan assessment={a.clone()} duty={props.duty} theme={Some(th.id)} editable={false} hide_caption=true
                caption={format!("{}: {}", t::THEME_ACTIONS.get(lang), th.title.get(lang))} />
        </ThemeStatus>
    }
}
