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

/// Whole-pixel coordinates: formatting integers keeps the float formatter out of the wasm.
fn point(i: usize, n: usize, v: f64) -> (i32, i32) {
    let angle = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
    ((C + R * v * angle.cos()).round() as i32, (C + R * v * angle.sin()).round() as i32)
}

fn polygon(n: usize, values: impl Iterator<Item = f64>) -> String {
    values.enumerate().map(|(i, v)| { let (x, y) = point(i, n, v); format!("{x},{y}") }).collect::<Vec<_>>().join(" ")
}

#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let n = props.axes.len().max(3);
    html! {
        <figure class="chart chart-radar">
            <svg viewBox="-130 0 660 400" role="img" aria-label={format!("{}. {}", props.title, props.table_note)} focusable="false">
                for ring in [0.25, 0.5, 0.75, 1.0] {
                    <polygon points={polygon(n, std::iter::repeat_n(ring, n))} class="grid" />
                }
                for (i, (label, value)) in props.axes.iter().enumerate() {
                    {{
                        let (x, y) = point(i, n, 1.0);
                        let (lx, ly) = point(i, n, 1.22);
                        let anchor = match lx.cmp(&(C as i32)) { std::cmp::Ordering::Equal => "middle", std::cmp::Ordering::Greater => "start", std::cmp::Ordering::Less => "end" };
                        html! {
                            <g>
                                <line x1="200" y1="200" x2={x.to_string()} y2={y.to_string()} class="grid" />
                                <text x={lx.to_string()} y={ly.to_string()} text-anchor={anchor} class="label">
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
