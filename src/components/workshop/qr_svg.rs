//! A QR code drawn as inline SVG: one path of dark modules, so it scales sharply on a phone or a projector and
//! needs no image request (the CSP allows none from elsewhere anyway).

use qrcode::{Color, EcLevel, QrCode};
use yew::prelude::*;

/// Modules of light border the QR standard asks for, so scanners find the code.
const QUIET: usize = 4;

pub fn qr_svg(text: &str, label: &str) -> Html {
    // A code that cannot be encoded is still readable as text beside it.
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else { return html! {} };
    let width = code.width();
    let mut path = String::new();
    for (i, c) in code.to_colors().iter().enumerate() {
        if *c == Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width + QUIET, i / width + QUIET));
        }
    }
    let size = width + 2 * QUIET;
    html! {
        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={label.to_owned()} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} class="qr-light" />
            <path d={path} class="qr-dark" />
        </svg>
    }
}
