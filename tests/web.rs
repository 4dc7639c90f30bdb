//! Component tests in headless Chromium: mount the app, act, flush Yew's scheduler (no sleeps), check DOM and storage.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::scheduler::flush;

use egenvurdering_rus::persist::{CORRUPT_PREFIX, KEY_WORKSPACE};

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().expect("window")
}

fn document() -> web_sys::Document {
    window().document().expect("document")
}

fn storage() -> web_sys::Storage {
    window().local_storage().expect("storage").expect("localStorage")
}

async fn mount() -> (web_sys::Element, yew::AppHandle<egenvurdering_rus::App>) {
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    let handle = yew::Renderer::<egenvurdering_rus::App>::with_root(root.clone()).render();
    flush().await;
    (root, handle)
}

fn click(root: &web_sys::Element, selector: &str) {
    let el: web_sys::HtmlElement = root.query_selector(selector).expect("query").expect(selector).dyn_into().expect("html element");
    el.click();
}

fn set_input(root: &web_sys::Element, selector: &str, value: &str) {
    let el: web_sys::HtmlInputElement = root.query_selector(selector).expect("query").expect(selector).dyn_into().expect("input");
    el.set_value(value);
}

async fn start_assessment(root: &web_sys::Element) {
    set_input(root, "#new-municipality", "Nettleservik");
    click(root, "form button[type=submit]");
    flush().await;
    // The submit sets the hash; the hashchange event arrives as a task, so wait for it explicitly.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    }))
    .await
    .expect("tick");
    flush().await;
}

#[wasm_bindgen_test]
async fn answering_a_question_saves_it_and_it_survives_a_remount() {
    storage().clear().expect("clear");
    window().location().set_hash("").expect("hash");
    let (root, handle) = mount().await;
    start_assessment(&root).await;
    assert!(root.query_selector("h1").expect("q").expect("h1").text_content().unwrap_or_default().contains("skriftlig fastsatt"));
    click(&root, "#answer-partly");
    flush().await;
    let saved = storage().get_item(KEY_WORKSPACE).expect("get").expect("saved");
    assert!(saved.contains("\"t1.responsibility\":{\"answer\":\"partly\""), "{saved}");
    handle.destroy();

    let (root, handle) = mount().await;
    let checked: web_sys::HtmlInputElement = root.query_selector("#answer-partly").expect("q").expect("radio").dyn_into().expect("input");
    assert!(checked.checked(), "answer restored from storage");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_full_storage_is_shown_and_the_answer_stays_on_screen() {
    storage().clear().expect("clear");
    window().location().set_hash("").expect("hash");
    let (root, handle) = mount().await;
    start_assessment(&root).await;
    // Every write now fails, as in a full quota or old private mode.
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into()).and_then(|s| js_sys::Reflect::get(&s, &"prototype".into())).expect("proto");
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).expect("setItem");
    let failing = js_sys::Function::new_with_args("k, v", "throw new DOMException('full', 'QuotaExceededError')");
    js_sys::Reflect::set(&proto, &"setItem".into(), &failing).expect("patch");
    click(&root, "#answer-no");
    flush().await;
    let alert = root.query_selector(".alert-error[role=alert]").expect("q");
    js_sys::Reflect::set(&proto, &"setItem".into(), &original).expect("restore");
    let text = alert.expect("an error alert").text_content().unwrap_or_default();
    assert!(text.contains("tok ikke imot"), "{text}");
    let radio: web_sys::HtmlInputElement = root.query_selector("#answer-no").expect("q").expect("radio").dyn_into().expect("input");
    assert!(radio.checked());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_corrupt_saved_blob_is_kept_aside_and_offered_for_download() {
    storage().clear().expect("clear");
    storage().set_item(KEY_WORKSPACE, "{\"format\":\"egenvurdering-rus/workspace\", broken").expect("set");
    window().location().set_hash("#/vurderinger").expect("hash");
    let (root, handle) = mount().await;
    let kept: Vec<String> = (0..storage().length().expect("len"))
        .filter_map(|i| storage().key(i).ok().flatten())
        .filter(|k| k.starts_with(CORRUPT_PREFIX))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(storage().get_item(&kept[0]).expect("get").as_deref(), Some("{\"format\":\"egenvurdering-rus/workspace\", broken"));
    assert!(root.query_selector("h1").expect("q").is_some(), "the app still renders");
    let alert = root.query_selector("[role=alert]").expect("q").expect("alert").text_content().unwrap_or_default();
    assert!(alert.contains("kunne ikke leses"), "{alert}");
    window().location().set_hash("").expect("hash");
    handle.destroy();
}
