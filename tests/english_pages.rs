//! English pages speak English: outside text marked lang="nb" (law names, citations, source titles), no
//! Norwegian words are left untranslated. Every route, with the example municipality open, rendered natively.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::bank::{self, ThemeId};
use egenvurdering_rus::model::demo::demo_assessment;
use egenvurdering_rus::model::lang::Lang;
use egenvurdering_rus::model::route::Route;
use egenvurdering_rus::state::AppState;
use egenvurdering_rus::{Root, RootProps};

fn render(state: AppState) -> String {
    let r = yew::ServerRenderer::<Root>::with_props(move || RootProps { initial: Some(state) }).hydratable(false).render();
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime").block_on(r)
}

/// Words that are Norwegian and never English; whole words only.
const NORWEGIAN: &[&str] = &[
    "og", "ikke", "ikkje", "skal", "kommunen", "kommunar", "tjenesten", "tenesta", "hvordan", "korleis", "spørsmål", "tiltak",
    "vurdering", "eller", "må", "til", "med", "som", "av", "på", "fra", "frå", "har", "er", "det", "den", "ein", "en",
];

/// The page's text with every element marked lang="nb" (and its content) taken out, tags and entities dropped.
fn english_text(html: &str) -> String {
    let mut s = html.to_owned();
    // Innermost first: an element marked Norwegian, up to its own closing tag.
    while let Some(at) = s.find(r#"lang="nb""#) {
        let open = s[..at].rfind('<').expect("an opening tag");
        let name: String = s[open + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if name == "html" {
            panic!("the English page says lang=\"nb\" on <html>");
        }
        let close = format!("</{name}>");
        let end = s[at..].find(&close).map(|i| at + i + close.len()).expect("a closing tag");
        s.replace_range(open..end, " ");
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
}

fn norwegian_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != 'å' && c != 'ø' && c != 'æ')
        .filter(|w| NORWEGIAN.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

fn routes() -> Vec<Route> {
    let mut r = vec![
        Route::Home, Route::Overview, Route::Results, Route::Report, Route::Method, Route::Assessments,
        Route::Compare, Route::Workshop, Route::Privacy, Route::Actions, Route::Participant,
    ];
    for t in ThemeId::ALL {
        r.push(Route::ThemeSummary { theme: t });
        for n in 1..=bank::theme(t).question_count() {
            r.push(Route::Question { theme: t, n });
        }
    }
    r
}

#[test]
fn english_pages_have_no_untranslated_norwegian_outside_marked_names_and_citations() {
    let mut found = Vec::new();
    for route in routes() {
        let state = AppState {
            lang: Lang::En,
            route,
            demo: Some(demo_assessment(Lang::En, "2026-12-01", "t")),
            demo_open: true,
            ..AppState::default()
        };
        let text = english_text(&render(state));
        for w in norwegian_words(&text) {
            let at = text.find(&w).unwrap_or(0);
            let context: String = text[text.floor_char_boundary(at.saturating_sub(60))..].chars().take(140).collect();
            found.push(format!("{route:?}: «{w}» in …{}…", context.split_whitespace().collect::<Vec<_>>().join(" ")));
        }
    }
    found.dedup();
    assert!(found.is_empty(), "{} Norwegian words on English pages:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_check_finds_norwegian_and_respects_the_marking() {
    assert_eq!(norwegian_words(&english_text("<p>Share met og status</p>")), ["og"]);
    assert!(norwegian_words(&english_text(r#"<p>See <span lang="nb">lov om sosiale tjenester og</span> here</p>"#)).is_empty());
}
