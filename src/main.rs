use wasm_bindgen::{closure::Closure, JsCast};

fn start() {
    // The static start page from the build (index.html) has done its job: the app renders the real one.
    if let Some(pre) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerender")) {
        pre.remove();
    }
    yew::Renderer::<egenvurdering_rus::App>::new().render();
}

fn main() {
    // Render in a task of its own rather than in the one that instantiated the wasm: two shorter tasks instead
    // of one long one, so a click or key press on a slow machine is never held up behind both.
    let deferred = Closure::once_into_js(start);
    let scheduled = web_sys::window()
        .and_then(|w| w.set_timeout_with_callback(deferred.unchecked_ref()).ok())
        .is_some();
    if !scheduled {
        start();
    }
}
