//! One stacked bar of how a group answered: a segment per answer, widths as SVG attributes (the CSP forbids
//! inline styles). The numbers are always in the table beside it, so the colours never carry meaning alone.
//! Widths are whole tenths of a per cent in integer arithmetic: float formatting would add kilobytes to the wasm.

use yew::prelude::*;

use crate::model::answers::Answer;

fn tenths(v: u32) -> String {
    format!("{}.{}", v / 10, v % 10)
}

pub fn spread_bar(counts: &[u32; 5]) -> Html {
    let total = counts.iter().sum::<u32>().max(1);
    let mut x = 0u32;
    let mut segments = Vec::new();
    for (i, c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        let w = c * 1000 / total;
        segments.push((tenths(x), tenths(w), Answer::ALL[i].token()));
        x += w;
    }
    html! {
        <svg class="spread-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            for (x, w, token) in segments {
                <rect {x} y="0" height="10" width={w} class={format!("seg seg-{token}")} />
            }
        </svg>
    }
}
