//! A radar (spider) chart of the four themes as plain SVG. Shape depends on axis order, so it sits beside the bars
//! and the table rather than alone.

use yew::prelude::*;

use crate::i18n::percent;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub title: AttrValue,
    /// Axis labels and values, clockwise from the top.
    pub axes: Vec<(String, Option<u8>)>,
    pub table_note: AttrValue,
}

const C: f64 = 200.0;
const R: f64 = 120.0;

fn point(i: usize, n: usize, v: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
    (C + R * v * angle.cos(), C + R * v * angle.sin())
}

fn polygon(n: usize, values: impl Iterator<Item = f64>) -> String {
    values.enumerate().map(|(i, v)| { let (x, y) = point(i, n, v); format!("{x:.1},{y:.1}") }).collect::<Vec<_>>().join(" ")
}

#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let n = props.axes.len().max(3);
    html! {
        <figure class="chart chart-radar">
            <svg viewBox="-70 0 540 400" role="img" aria-label={format!("{}. {}", props.title, props.table_note)} focusable="false">
                for ring in [0.25, 0.5, 0.75, 1.0] {
                    <polygon points={polygon(n, std::iter::repeat_n(ring, n))} class="grid" />
                }
                for (i, (label, value)) in props.axes.iter().enumerate() {
                    {{
                        let (x, y) = point(i, n, 1.0);
                        let (lx, ly) = point(i, n, 1.22);
                        let anchor = if (lx - C).abs() < 1.0 { "middle" } else if lx > C { "start" } else { "end" };
                        html! {
                            <g>
                                <line x1={C.to_string()} y1={C.to_string()} x2={format!("{x:.1}")} y2={format!("{y:.1}")} class="grid" />
                                <text x={format!("{lx:.1}")} y={format!("{ly:.1}")} text-anchor={anchor} class="label">
                                    { format!("{} ({})", label, percent(*value)) }
                                </text>
                            </g>
                        }
                    }}
                }
                <polygon points={polygon(n, props.axes.iter().map(|(_, v)| f64::from(v.unwrap_or(0)) / 100.0))} class="area" />
            </svg>
            <figcaption>{ props.title.clone() }{ " " }{ props.table_note.clone() }</figcaption>
        </figure>
    }
}
