//! Share met as horizontal bars. Labels and values are HTML text that wraps, so text-spacing overrides
//! (WCAG 1.4.12) and long Norwegian words never clip; only the bar itself is SVG, whose width is an attribute,
//! as the stylesheet-only CSP forbids inline styles. One measure on one axis: 0–100 % met. A table always
//! accompanies it.

use yew::prelude::*;

use crate::i18n::percent;

#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: Option<u8>,
}

pub fn share_bars(title: &str, table_note: &str, bars: &[Bar]) -> Html {
    let summary = bars.iter().map(|b| format!("{}: {}", b.label, percent(b.value))).collect::<Vec<_>>().join("; ");
    html! {
        <figure class="chart">
            <figcaption>
                <span class="chart-title">{ title }</span>
                <span class="chart-note">{ table_note }</span>
            </figcaption>
            <div class="bars" role="img" aria-label={format!("{title}. {summary}")}>
                for b in bars {
                    <div class="bar-row">
                        <span class="bar-label">{ b.label.clone() }</span>
                        <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <line x1="50" x2="50" y1="0" y2="10" class="grid" vector-effect="non-scaling-stroke" />
                            <rect x="0" y="0" height="10" width={b.value.unwrap_or(0).to_string()} class="bar" />
                        </svg>
                        <span class="bar-value">{ percent(b.value) }</span>
                    </div>
                }
            </div>
        </figure>
    }
}
