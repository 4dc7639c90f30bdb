//! Component tests in headless Chromium: mount the app, act, flush Yew's scheduler, check the DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use yew::scheduler::flush;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("document")
}

#[wasm_bindgen_test]
async fn app_mounts_and_renders_its_heading() {
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    let handle = yew::Renderer::<egenvurdering_rus::App>::with_root(root.clone()).render();
    flush().await;
    let h1 = root.query_selector("h1").expect("query").expect("an h1");
    assert!(!h1.text_content().unwrap_or_default().is_empty());
    handle.destroy();
}
