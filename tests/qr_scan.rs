//! A participant's code survives the trip the workshop gives it: drawn as a QR code by the on-demand QR module
//! (scanner/), seen by a camera, read back by the same module's decoder, and taken by the trainer's code check.
#![cfg(not(target_arch = "wasm32"))]

use egenvurdering_rus::model::answers::Answer;
use egenvurdering_rus::model::bank;
use egenvurdering_rus::model::participant_code::{decode, encode, Service};
use egenvurdering_scanner::{decode as read_frame, modules, QUIET};

/// `text` as a camera might see it: `scale` pixels a module, dark grey on off-white, inside a mid-grey surround,
/// as RGBA the way a canvas gives frames.
fn camera_frame(text: &str, scale: usize, margin: usize) -> (Vec<u8>, usize) {
    let (w, dark) = modules(text).expect("a participant code fits a QR code");
    let side = (w + 2 * QUIET) * scale + 2 * margin;
    let mut px = Vec::with_capacity(side * side * 4);
    for y in 0..side {
        for x in 0..side {
            let module = |p: usize| (p >= margin).then(|| (p - margin) / scale).filter(|m| (QUIET..QUIET + w).contains(m)).map(|m| m - QUIET);
            let inside = (margin..side - margin).contains(&x) && (margin..side - margin).contains(&y);
            let v = match (inside, module(x), module(y)) {
                (false, _, _) => 150u8,
                (true, Some(mx), Some(my)) if dark[my * w + mx] => 25,
                _ => 230,
            };
            px.extend([v, v.saturating_sub(5), v, 255]);
        }
    }
    (px, side)
}

#[test]
fn a_participant_code_drawn_as_qr_and_read_by_the_camera_decoder_gives_the_same_answers() {
    let answer = |id: &str| bank::all_questions().position(|q| q.id == id).and_then(|i| (i % 6 > 0).then(|| Answer::ALL[i % 5]));
    let code = encode(Some(Service::Housing), answer);
    let (frame, side) = camera_frame(&code, 4, 40);
    let read = read_frame(&frame, side, side).expect("the decoder finds the QR code in the frame");
    assert_eq!(read, code);
    let got = decode(&read).expect("the code read back passes the check symbol");
    assert_eq!(got.service, Some(Service::Housing));
    for q in bank::all_questions() {
        assert_eq!(got.answers.get(q.id).copied(), answer(q.id), "{}", q.id);
    }
}

#[test]
fn a_frame_without_a_code_reads_nothing() {
    let (mut frame, side) = camera_frame("X", 4, 40);
    // The same frame with every module turned light: a blank card.
    frame.iter_mut().for_each(|b| *b = if *b == 25 || *b == 20 { 230 } else { *b });
    assert_eq!(read_frame(&frame, side, side), None);
}
