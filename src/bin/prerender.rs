//! Prints the start page, as a first-time visitor sees it, as static HTML. scripts/pre_build.py puts it into
//! index.html so the page paints before the wasm has loaded; main.rs removes it when the app takes over.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use egenvurdering_rus::state::AppState;
    use egenvurdering_rus::{Root, RootProps};
    let render = yew::ServerRenderer::<Root>::with_props(|| RootProps { initial: Some(AppState::default()) }).hydratable(false);
    match tokio::runtime::Builder::new_current_thread().build() {
        Ok(rt) => print!("{}", rt.block_on(render.render())),
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
