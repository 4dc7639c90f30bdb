//! Horizontal bars as plain SVG (no chart library), each labelled with its value; a table always accompanies it.

use yew::prelude::*;

use crate::i18n::percent;

#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: &'static str,
    pub value: Option<u8>,
    /// A second, thinner bar for comparison (the national 2004 share), with its own legend text.
    pub compare: Option<u8>,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub title: AttrValue,
    pub bars: Vec<Bar>,
    /// Legend for the main bars.
    pub value_label: AttrValue,
    /// Legend for the comparison bar, when bars have one.
    #[prop_or_default]
    pub compare_label: Option<AttrValue>,
    pub table_note: AttrValue,
}

const W: u32 = 640;
const LABEL_W: u32 = 200;
const ROW: u32 = 44;

#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let plot = W - LABEL_W - 60;
    let h = ROW * props.bars.len() as u32 + 30;
    let width = |v: u8| u32::from(v) * plot / 100;
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {W} {h}")} role="img" aria-label={format!("{}. {}", props.title, props.table_note)} focusable="false">
                for x in [0u8, 50, 100] {
                    <line x1={(LABEL_W + width(x)).to_string()} x2={(LABEL_W + width(x)).to_string()} y1="0" y2={(h - 24).to_string()} class="grid" />
                    <text x={(LABEL_W + width(x)).to_string()} y={(h - 8).to_string()} class="axis" text-anchor="middle">{ format!("{x}") }</text>
                }
                for (i, b) in props.bars.iter().enumerate() {
                    {{
                        let y = i as u32 * ROW + 6;
                        html! {
                            <g>
                                <text x={(LABEL_W - 8).to_string()} y={(y + 18).to_string()} text-anchor="end" class="label">{ b.label }</text>
                                <rect x={LABEL_W.to_string()} y={y.to_string()} width={width(b.value.unwrap_or(0)).to_string()} height="20" class="bar" />
                                <text x={(LABEL_W + width(b.value.unwrap_or(0)) + 6).to_string()} y={(y + 16).to_string()} class="value">{ percent(b.value) }</text>
                                if let Some(c) = b.compare {
                                    <rect x={LABEL_W.to_string()} y={(y + 24).to_string()} width={width(c).to_string()} height="8" class="bar-compare" />
                                }
                            </g>
                        }
                    }}
                }
            </svg>
            <figcaption>
                <span class="chart-title">{ props.title.clone() }</span>
                <span class="legend"><span class="swatch swatch-value" aria-hidden="true"></span>{ props.value_label.clone() }</span>
                if let Some(l) = &props.compare_label {
                    <span class="legend"><span class="swatch swatch-compare" aria-hidden="true"></span>{ l.clone() }</span>
                }
                <span class="chart-note">{ props.table_note.clone() }</span>
            </figcaption>
        </figure>
    }
}
