//! One stacked bar of how a group answered: a segment per answer, widths as SVG attributes (the CSP forbids
//! inline styles). The numbers are always in the table beside it, so the colours never carry meaning alone.

use yew::prelude::*;

use crate::model::answers::Answer;

pub fn spread_bar(counts: &[u32; 5]) -> Html {
    let total = f64::from(counts.iter().sum::<u32>().max(1));
    let mut x = 0.0f64;
    let mut segments = Vec::new();
    for (i, c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        let w = f64::from(*c) * 100.0 / total;
        segments.push((x, w, Answer::ALL[i].token()));
        x += w;
    }
    html! {
        <svg class="spread-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            for (x, w, token) in segments {
                <rect x={format!("{x:.2}")} y="0" height="10" width={format!("{w:.2}")} class={format!("seg seg-{token}")} />
            }
        </svg>
    }
}
