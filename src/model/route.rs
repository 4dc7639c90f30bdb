//! Hash routes: every page has a deep link that works on any static host and with Back/Forward.
//! Paths are language-neutral so a link works whatever language the reader has chosen.

use super::bank::ThemeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// All themes of the open assessment, with progress; jump anywhere.
    Overview,
    /// A question page, 1-based within its theme.
    Question { theme: ThemeId, n: usize },
    /// Check your answers for one theme.
    ThemeSummary { theme: ThemeId },
    Results,
    /// The action list with status, filters and downloads (issue 16).
    Actions,
    Report,
    Method,
    Assessments,
    Compare,
    Workshop,
    /// A workshop participant answering on their own device, ending with a code for the trainer.
    Participant,
    Privacy,
    NotFound,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let theme = |s: &str| s.parse::<u8>().ok().and_then(ThemeId::from_number);
        match parts.as_slice() {
            [] => Route::Home,
            ["vurdering"] => Route::Overview,
            ["tema", t] => theme(t).map_or(Route::NotFound, |theme| Route::Question { theme, n: 1 }),
            ["tema", t, "sporsmal", n] => match (theme(t), n.parse::<usize>()) {
                (Some(theme), Ok(n)) if n >= 1 && n <= crate::model::bank::theme(theme).question_count() => {
                    Route::Question { theme, n }
                }
                _ => Route::NotFound,
            },
            ["tema", t, "oppsummering"] => theme(t).map_or(Route::NotFound, |theme| Route::ThemeSummary { theme }),
            ["resultat"] => Route::Results,
            ["tiltak"] => Route::Actions,
            ["rapport"] => Route::Report,
            ["slik-regnes-det"] => Route::Method,
            ["vurderinger"] => Route::Assessments,
            ["sammenlign"] => Route::Compare,
            ["verksted"] => Route::Workshop,
            ["deltaker"] => Route::Participant,
            ["personvern"] => Route::Privacy,
            _ => Route::NotFound,
        }
    }

    pub fn to_hash(self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Overview => "#/vurdering".into(),
            Route::Question { theme, n } => format!("#/tema/{}/sporsmal/{n}", theme.number()),
            Route::ThemeSummary { theme } => format!("#/tema/{}/oppsummering", theme.number()),
            Route::Results => "#/resultat".into(),
            Route::Actions => "#/tiltak".into(),
            Route::Report => "#/rapport".into(),
            Route::Method => "#/slik-regnes-det".into(),
            Route::Assessments => "#/vurderinger".into(),
            Route::Compare => "#/sammenlign".into(),
            Route::Workshop => "#/verksted".into(),
            Route::Participant => "#/deltaker".into(),
            Route::Privacy => "#/personvern".into(),
            Route::NotFound => "#/ikke-funnet".into(),
        }
    }

    /// Pages left out of the lean build that loads first (cargo feature `lean`, docs/size.md): opening one loads
    /// the full build. scripts/lang_builds.py lists the same paths (FULL_ONLY) so that a deep link starts the full
    /// build at once; tests/routes.rs checks that the two lists agree.
    pub const FULL_ONLY: [Route; 4] = [Route::Report, Route::Compare, Route::Workshop, Route::Participant];

    pub fn full_only(self) -> bool {
        Route::FULL_ONLY.contains(&self)
    }

    /// Pages that show the open assessment and make no sense without one.
    pub fn needs_assessment(self) -> bool {
        matches!(
            self,
            Route::Overview | Route::Question { .. } | Route::ThemeSummary { .. } | Route::Results | Route::Actions | Route::Report
        )
    }
}
