//! Share met per theme across three or more yearly assessments: a line chart for the eye, the same figures in a
//! table for everyone else. Themes differ by colour, dash and marker, so no line depends on colour alone.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::use_app;
use crate::i18n::{followup as t, percent, results as tr};
use crate::model::bank;
use crate::model::trend::{municipalities, trend, Trend};

const W: f64 = 640.0;
const H: f64 = 300.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// Dark enough for 3:1 against white (WCAG 1.4.11), and told apart by dash and marker as well.
const STYLES: [(&str, &str); 4] = [("#1d4f91", ""), ("#a3360d", "8 4"), ("#1e6b35", "2 4"), ("#6a2c8c", "12 4 2 4")];

fn x(i: usize, n: usize) -> f64 {
    if n < 2 { LEFT } else { LEFT + (W - LEFT - RIGHT) * i as f64 / (n - 1) as f64 }
}

fn y(v: u8) -> f64 {
    TOP + (H - TOP - BOTTOM) * (1.0 - f64::from(v) / 100.0)
}

fn marker(shape: usize, cx: f64, cy: f64, color: &str) -> Html {
    match shape {
        0 => html! { <circle cx={cx.to_string()} cy={cy.to_string()} r="5" fill={color.to_owned()} /> },
        1 => html! { <rect x={(cx - 5.0).to_string()} y={(cy - 5.0).to_string()} width="10" height="10" fill={color.to_owned()} /> },
        2 => html! { <polygon points={format!("{},{} {},{} {},{}", cx, cy - 6.0, cx + 6.0, cy + 5.0, cx - 6.0, cy + 5.0)} fill={color.to_owned()} /> },
        _ => html! { <polygon points={format!("{},{} {},{} {},{} {},{}", cx, cy - 6.0, cx + 6.0, cy, cx, cy + 6.0, cx - 6.0, cy)} fill={color.to_owned()} /> },
    }
}

fn chart(lang: crate::i18n::Lang, tr_: &Trend) -> Html {
    let n = tr_.years.len();
    let label = t::trend_chart_label(lang, &tr_.municipality, tr_.years[0], tr_.years[n - 1]);
    html! {
        <figure class="trend-figure">
            <svg class="trend-chart" viewBox={format!("0 0 {W} {H}")} role="img" aria-label={label} focusable="false">
                for g in [0u8, 25, 50, 75, 100] {
                    <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={y(g).to_string()} y2={y(g).to_string()} class="grid" />
                    <text x={(LEFT - 6.0).to_string()} y={(y(g) + 4.0).to_string()} text-anchor="end" class="axis">{ format!("{g} %") }</text>
                }
                for (i, yr) in tr_.years.iter().enumerate() {
                    <text x={x(i, n).to_string()} y={(H - 14.0).to_string()} text-anchor="middle" class="axis">{ yr.to_string() }</text>
                }
                for (k, (_, vals)) in tr_.themes.iter().enumerate() {
                    {{
                        let (color, dash) = STYLES[k % STYLES.len()];
                        let pts: Vec<(f64, f64)> = vals.iter().enumerate().filter_map(|(i, v)| v.map(|v| (x(i, n), y(v)))).collect();
                        let path = pts.iter().map(|(a, b)| format!("{a},{b}")).collect::<Vec<_>>().join(" ");
                        html! {
                            <g>
                                <polyline points={path} fill="none" stroke={color} stroke-width="3" stroke-dasharray={dash} />
                                for (cx, cy) in pts.iter().copied() { { marker(k, cx, cy, color) } }
                            </g>
                        }
                    }}
                }
            </svg>
            <figcaption>
                <ul class="trend-legend">
                    for (k, (id, _)) in tr_.themes.iter().enumerate() {
                        {{
                            let (color, dash) = STYLES[k % STYLES.len()];
                            html! {
                                <li>
                                    <svg width="44" height="14" aria-hidden="true" focusable="false">
                                        <line x1="2" x2="42" y1="7" y2="7" stroke={color} stroke-width="3" stroke-dasharray={dash} />
                                        { marker(k, 22.0, 7.0, color) }
                                    </svg>
                                    { bank::theme(*id).title.get(lang) }
                                </li>
                            }
                        }}
                    }
                </ul>
            </figcaption>
        </figure>
    }
}

#[component]
pub fn TrendChart() -> Html {
    let pick = use_state(|| None::<String>);
    let Some(ctx) = use_app() else { return html! {} };
    let lang = ctx.lang;
    let list = &ctx.workspace.assessments;
    let names = municipalities(list);
    let Some(first) = names.first() else {
        return html! { <section aria-labelledby="trend-h"><h2 id="trend-h">{ t::TREND_TITLE.get(lang) }</h2><p>{ t::TREND_NEED_THREE.get(lang) }</p></section> };
    };
    let chosen = (*pick).clone().filter(|p| names.contains(p)).unwrap_or_else(|| first.clone());
    let Some(tr_) = trend(list, &chosen) else { return html! {} };
    let onchange = {
        let pick = pick.clone();
        Callback::from(move |e: Event| pick.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value())))
    };
    html! {
        <section aria-labelledby="trend-h">
            <h2 id="trend-h">{ t::TREND_TITLE.get(lang) }</h2>
            if names.len() > 1 {
                <div class="field">
                    <label for="trend-muni">{ t::TREND_MUNI.get(lang) }</label>
                    <select id="trend-muni" {onchange}>
                        for m in names.iter() { <option value={m.clone()} selected={*m == chosen}>{ m.clone() }</option> }
                    </select>
                </div>
            }
            { chart(lang, &tr_) }
            <table class="stack-table trend-table">
                    <caption id="trend-table-cap">{ format!("{} – {}", t::TREND_TABLE.get(lang), tr_.municipality) }</caption>
                    <thead><tr>
                        <th scope="col">{ tr::COL_THEME.get(lang) }</th>
                        for yr in tr_.years.iter() { <th scope="col" class="num">{ yr.to_string() }</th> }
                    </tr></thead>
                    <tbody>
                        for (id, vals) in tr_.themes.iter() {
                            <tr>
                                <th scope="row">{ bank::theme(*id).title.get(lang) }</th>
                                for (yr, v) in tr_.years.iter().zip(vals.iter()) { <td class="num" data-label={yr.to_string()}>{ percent(*v) }</td> }
                            </tr>
                        }
                    </tbody>
                </table>
        </section>
    }
}
