fn main() {
    // The static start page from the build (index.html) has done its job: the app renders the real one.
    if let Some(pre) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerender")) {
        pre.remove();
    }
    yew::Renderer::<egenvurdering_rus::App>::new().render();
}
