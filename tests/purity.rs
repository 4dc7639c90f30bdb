//! The model stays pure: no browser or UI crate in src/model, so all of it runs under plain `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn model_uses_no_yew_web_sys_js_sys_or_gloo() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model"), &mut files);
    assert!(files.len() > 5);
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable");
        for banned in ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"] {
            assert!(!text.contains(&format!("{banned}::")) && !text.contains(&format!("use {banned}")), "{f:?} uses {banned}");
        }
    }
}

#[test]
fn app_code_makes_no_network_calls() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable");
        for banned in ["XmlHttpRequest", "WebSocket", "EventSource", "send_beacon", "fetch_with", "web_sys::Request"] {
            assert!(!text.contains(banned), "{f:?} uses {banned}");
        }
    }
}
