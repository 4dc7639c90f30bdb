//! The app's QR module, loaded only when a QR code is needed: `qr` draws a participant's code as one SVG path, and
//! `decode` reads a code from one camera frame. Both run in the browser; no pixel and no code leaves it.
//! Kept apart from the main wasm so the first load of the app does not carry a QR encoder and decoder.

use qrcode::{Color, EcLevel, QrCode};
use wasm_bindgen::prelude::*;

/// Modules of light border the QR standard asks for, so scanners find the code.
pub const QUIET: usize = 4;

/// A QR code ready to draw: the side in modules (border included) and an SVG path of the dark modules.
#[wasm_bindgen(getter_with_clone)]
pub struct Qr {
    pub size: usize,
    pub path: String,
}

/// The dark and light modules of `text`, row by row, with the side length; None if it does not fit a QR code.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    // Level M: a phone screen with glare or a smudged projector still reads.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some((code.width(), code.to_colors().iter().map(|c| *c == Color::Dark).collect()))
}

/// `text` as a QR code for inline SVG; one path, so it scales sharply on a phone or a projector.
#[wasm_bindgen]
pub fn qr(text: &str) -> Option<Qr> {
    let (width, dark) = modules(text)?;
    let mut path = String::new();
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        path.push_str(&format!("M{} {}h1v1h-1z", i % width + QUIET, i / width + QUIET));
    }
    Some(Qr { size: width + 2 * QUIET, path })
}

/// The text of the first QR code found in one frame of RGBA pixels (as a canvas gives them); None when there is
/// none, or the frame is not `width` × `height`.
#[wasm_bindgen]
pub fn decode(rgba: &[u8], width: usize, height: usize) -> Option<String> {
    if width == 0 || height == 0 || rgba.len() != width.checked_mul(height)?.checked_mul(4)? {
        return None;
    }
    // Luma by the usual weights, in integers; the decoder only needs light against dark.
    let luma = |x: usize, y: usize| {
        let p = &rgba[(y * width + x) * 4..][..3];
        ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8
    };
    decode_luma(width, height, luma)
}

/// As `decode`, from any source of luminance (0 black, 255 white): the native tests feed it rendered codes.
pub fn decode_luma(width: usize, height: usize, mut luma: impl FnMut(usize, usize) -> u8) -> Option<String> {
    let img: Vec<u8> = (0..height).flat_map(|y| (0..width).map(move |x| (x, y))).map(|(x, y)| luma(x, y)).collect();
    // quircs keeps its Galois-field tables small, which matters for a module fetched on demand.
    let mut decoder = quircs::Quirc::default();
    decoder.identify(width, height, &img).flatten().find_map(|code| {
        let data = code.decode().ok()?;
        String::from_utf8(data.payload).ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` rendered as a camera might see it: `scale` pixels a module, an RGBA frame with a grey margin.
    fn frame(text: &str, scale: usize, margin: usize) -> (Vec<u8>, usize) {
        let (w, dark) = modules(text).expect("fits");
        let side = (w + 2 * QUIET) * scale + 2 * margin;
        let mut px = vec![0u8; side * side * 4];
        for y in 0..side {
            for x in 0..side {
                let (mx, my) = ((x as isize - margin as isize) / scale as isize - QUIET as isize, (y as isize - margin as isize) / scale as isize - QUIET as isize);
                let inside = x >= margin && y >= margin && x < side - margin && y < side - margin;
                let v = if !inside {
                    160
                } else if mx >= 0 && my >= 0 && (mx as usize) < w && (my as usize) < w && dark[my as usize * w + mx as usize] {
                    20
                } else {
                    235
                };
                px[(y * side + x) * 4..][..4].copy_from_slice(&[v, v, v, 255]);
            }
        }
        (px, side)
    }

    #[test]
    fn a_code_drawn_and_read_back_is_the_same() {
        let text = "2A7K9M3PQRSTVWXYZ0123456789AB";
        let (px, side) = frame(text, 5, 30);
        assert_eq!(decode(&px, side, side).as_deref(), Some(text));
    }

    #[test]
    fn an_empty_or_wrong_sized_frame_reads_nothing() {
        let (px, side) = frame("HELLO", 4, 10);
        assert_eq!(decode(&px, side, side - 1), None);
        assert_eq!(decode(&[], 0, 0), None);
        assert_eq!(decode(&vec![255; 64 * 64 * 4], 64, 64), None);
    }

    #[test]
    fn the_svg_path_has_one_square_per_dark_module_inside_the_border() {
        let (w, dark) = modules("ABC").expect("fits");
        let q = qr("ABC").expect("fits");
        assert_eq!(q.size, w + 2 * QUIET);
        assert_eq!(q.path.matches('M').count(), dark.iter().filter(|d| **d).count());
        assert!(q.path.starts_with(&format!("M{QUIET} {QUIET}h1")), "the finder pattern's corner comes first: {}", &q.path[..20]);
    }
}
