use wasm_bindgen::{closure::Closure, JsCast};

fn start() {
    // The static start page from the build (index.html), or the loading state shown instead of it for a deep link,
    // has done its job: the app renders the real page.
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        for id in ["prerender", "route-loading"] {
            if let Some(el) = doc.get_element_by_id(id) {
                el.remove();
            }
        }
    }
    yew::Renderer::<egenvurdering_rus::App>::new().render();
}

/// Runs `start` in a task of its own; false if the browser would not schedule it.
fn start_in_new_task(w: &web_sys::Window) -> bool {
    w.set_timeout_with_callback(Closure::once_into_js(start).unchecked_ref()).is_ok()
}

fn main() {
    let Some(w) = web_sys::window() else { return start() };
    // Render after the browser has painted the prerendered start page, and in a task of its own rather than the
    // one that instantiated the wasm: the page shows as early as it can, and no single task is long enough to
    // hold up a click or key press. A frame callback runs just before a paint; a timeout set there runs after.
    // Hidden tabs get no frames, so there the timeout alone.
    let hidden = w.document().is_some_and(|d| d.hidden());
    let scheduled = if hidden {
        start_in_new_task(&w)
    } else {
        let w2 = w.clone();
        let after_paint = Closure::once_into_js(move || {
            if !start_in_new_task(&w2) {
                start();
            }
        });
        w.request_animation_frame(after_paint.unchecked_ref()).is_ok()
    };
    if !scheduled {
        start();
    }
}
