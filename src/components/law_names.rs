//! Norwegian law names inside English or nynorsk prose, marked lang="nb" so screen readers pronounce them as
//! Norwegian (WCAG 3.1.2). The names come from bank::laws, so a new law is marked without touching any text.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::model::bank::laws::LAWS;

/// The first law name in `text`, longest first where names overlap: (start, end).
fn next_name(text: &str) -> Option<(usize, usize)> {
    LAWS.iter()
        .filter_map(|l| text.find(l.name).map(|at| (at, at + l.name.len())))
        .min_by_key(|&(at, end)| (at, usize::MAX - end))
}

/// The language of a law's gloss (bank::laws): English on English pages, else the Norwegian title.
pub fn gloss_lang(lang: Lang) -> &'static str {
    if lang == Lang::En { "en" } else { "nb" }
}

/// `text` as it is on bokmål pages; elsewhere with every law name wrapped in <span lang="nb">.
pub fn with_law_names(text: &str, lang: Lang) -> Html {
    if lang == Lang::Nb {
        return html! { { text.to_owned() } };
    }
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some((start, end)) = next_name(rest) {
        parts.push(html! { { rest[..start].to_owned() } });
        parts.push(html! { <span lang="nb">{ rest[start..end].to_owned() }</span> });
        rest = &rest[end..];
    }
    parts.push(html! { { rest.to_owned() } });
    parts.into_iter().collect::<Html>()
}
