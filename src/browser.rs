//! The only module that touches browser APIs. Every function is total: a failing browser call becomes a value
//! (`Err`, `None`, or nothing happens), never a panic. Native builds (tests, server-side rendering) get inert
//! stand-ins so the same components render there.

pub use imp::*;

/// Why the camera scanner could not start; typing the code works whatever the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The user (or a policy) said no.
    Refused,
    /// No camera, or a browser without camera access.
    Missing,
    /// There is a camera, but it would not start (another program has it, say).
    Failed,
    /// The QR module itself could not be loaded.
    NotLoaded,
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::{JsCast, JsValue};

    use crate::model::save_format::{LoadError, MAX_BACKUP_BYTES};
    use crate::persist::Store;

    /// The window, for event listeners; None in native builds.
    pub fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    fn document() -> Option<web_sys::Document> {
        window()?.document()
    }

    fn js_err(e: JsValue) -> String {
        e.as_string()
            .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
            .or_else(|| js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()))
            .unwrap_or_else(|| "unknown browser error".into())
    }

    /// Now as ISO 8601 (UTC) and as milliseconds since 1970.
    pub fn clock() -> (String, u64) {
        let d = js_sys::Date::new_0();
        (String::from(d.to_iso_string()), d.get_time() as u64)
    }

    /// Today's local date as YYYY-MM-DD.
    pub fn today() -> String {
        let d = js_sys::Date::new_0();
        format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
    }

    /// window.localStorage; every failure (private mode, disabled storage, quota) is an `Err`.
    pub struct LocalStore;

    impl LocalStore {
        fn storage(&self) -> Result<web_sys::Storage, String> {
            window()
                .ok_or("no window")?
                .local_storage()
                .map_err(js_err)?
                .ok_or_else(|| "localStorage is not available".into())
        }
    }

    impl Store for LocalStore {
        fn get(&self, key: &str) -> Result<Option<String>, String> {
            self.storage()?.get_item(key).map_err(js_err)
        }
        fn set(&self, key: &str, value: &str) -> Result<(), String> {
            self.storage()?.set_item(key, value).map_err(js_err)
        }
        fn remove(&self, key: &str) -> Result<(), String> {
            self.storage()?.remove_item(key).map_err(js_err)
        }
        fn keys(&self) -> Vec<String> {
            let Ok(s) = self.storage() else { return Vec::new() };
            let n = s.length().unwrap_or(0);
            (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
        }
    }

    pub fn current_hash() -> String {
        window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
    }

    pub fn set_hash(hash: &str) {
        if let Some(w) = window() {
            let _ = w.location().set_hash(hash);
        }
    }

    /// Offers `content` as a file download. A download, not a network request: the Blob URL stays in this page.
    pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
        let parts = js_sys::Array::of1(&JsValue::from_str(content));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(js_err)?;
        download_blob(filename, &blob)
    }

    /// The report on the page as a Word document: js/docx.js is fetched now, the first time it is needed (it is
    /// inline in the single file), turns the report into a .docx, and the file is offered as a download.
    pub async fn download_report_docx(filename: &str, page: [&str; 2]) -> Result<(), String> {
        use wasm_bindgen_futures::JsFuture;
        let w = window().ok_or("no window")?;
        let load: js_sys::Function =
            js_sys::Reflect::get(&w, &"__loadDocx".into()).map_err(js_err)?.dyn_into().map_err(|_| "the Word writer is missing from this page")?;
        let promise: js_sys::Promise = load.call0(&w).map_err(js_err)?.dyn_into().map_err(|_| "the Word writer did not load")?;
        let module = JsFuture::from(promise).await.map_err(js_err)?;
        let make: js_sys::Function =
            js_sys::Reflect::get(&module, &"reportDocx".into()).map_err(js_err)?.dyn_into().map_err(|_| "the Word writer has no reportDocx")?;
        let opts = js_sys::Object::new();
        js_sys::Reflect::set(&opts, &"page".into(), &js_sys::Array::of2(&page[0].into(), &page[1].into())).map_err(js_err)?;
        let made: js_sys::Promise = make.call1(&JsValue::NULL, &opts).map_err(js_err)?.dyn_into().map_err(|_| "the Word writer gave no file")?;
        let blob: web_sys::Blob = JsFuture::from(made).await.map_err(js_err)?.dyn_into().map_err(|_| "the Word writer gave no file")?;
        download_blob(filename, &blob)
    }

    /// The QR module (qr.js and its wasm): fetched the first time a QR code is drawn or the scanner opens, then
    /// kept by the browser (and the service worker); inline in the single file.
    async fn qr_module() -> Result<JsValue, String> {
        let w = window().ok_or("no window")?;
        let load: js_sys::Function =
            js_sys::Reflect::get(&w, &"__loadQr".into()).map_err(js_err)?.dyn_into().map_err(|_| "the QR module is missing from this page")?;
        let promise: js_sys::Promise = load.call0(&w).map_err(js_err)?.dyn_into().map_err(|_| "the QR module did not load")?;
        wasm_bindgen_futures::JsFuture::from(promise).await.map_err(js_err)
    }

    fn function(module: &JsValue, name: &str) -> Result<js_sys::Function, String> {
        js_sys::Reflect::get(module, &name.into()).map_err(js_err)?.dyn_into().map_err(|_| format!("the QR module has no {name}"))
    }

    /// `text` as a QR code: its side in modules, border included, and an SVG path of the dark modules.
    pub async fn qr_code(text: &str) -> Result<(u32, String), String> {
        let module = qr_module().await?;
        let made: js_sys::Promise = function(&module, "qrCode")?.call1(&JsValue::NULL, &text.into()).map_err(js_err)?.dyn_into().map_err(|_| "no QR code")?;
        let made = wasm_bindgen_futures::JsFuture::from(made).await.map_err(js_err)?;
        let size = js_sys::Reflect::get(&made, &"size".into()).ok().and_then(|v| v.as_f64()).ok_or("no QR code size")?;
        let path = js_sys::Reflect::get(&made, &"path".into()).ok().and_then(|v| v.as_string()).ok_or("no QR code path")?;
        Ok((size as u32, path))
    }

    /// A running camera scanner. Dropping it stops the camera (its light goes out) and forgets the callback.
    pub struct Scanner {
        stop: js_sys::Function,
        _on_code: wasm_bindgen::closure::Closure<dyn FnMut(String)>,
    }

    impl Drop for Scanner {
        fn drop(&mut self) {
            let _ = self.stop.call0(&JsValue::NULL);
        }
    }

    /// Shows the camera in `video` and reads it for a QR code every 200 ms (qr.js); `on_code` gets the first
    /// text read, after the camera has stopped. Err says why there is no camera to use.
    pub async fn start_scanner(video: web_sys::Node, on_code: impl FnMut(String) + 'static) -> Result<Scanner, super::CameraError> {
        use super::CameraError;
        let module = qr_module().await.map_err(|_| CameraError::NotLoaded)?;
        let start = function(&module, "startScanner").map_err(|_| CameraError::NotLoaded)?;
        let on_code = wasm_bindgen::closure::Closure::<dyn FnMut(String)>::new(on_code);
        let started: js_sys::Promise =
            start.call2(&JsValue::NULL, &video, on_code.as_ref()).map_err(|_| CameraError::Failed)?.dyn_into().map_err(|_| CameraError::Failed)?;
        match wasm_bindgen_futures::JsFuture::from(started).await {
            Ok(stop) => Ok(Scanner { stop: stop.dyn_into().map_err(|_| CameraError::Failed)?, _on_code: on_code }),
            // The DOMException's name says which: getUserMedia's documented errors.
            Err(e) => Err(match js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).as_deref() {
                Some("NotAllowedError" | "SecurityError") => CameraError::Refused,
                Some("NotFoundError" | "OverconstrainedError") => CameraError::Missing,
                Some("NotSupportedError") => CameraError::NotLoaded,
                _ => CameraError::Failed,
            }),
        }
    }

    fn download_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), String> {
        let url = web_sys::Url::create_object_url_with_blob(blob).map_err(js_err)?;
        let doc = document().ok_or("no document")?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(js_err)?.dyn_into().map_err(|_| "not an anchor")?;
        a.set_href(&url);
        a.set_download(filename);
        a.click();
        // Revoke later: some browsers start reading the Blob only after the click handler returns.
        yew::platform::spawn_local(async move {
            yew::platform::time::sleep(std::time::Duration::from_secs(10)).await;
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        Ok(())
    }

    /// Reads a picked or dropped file, refusing an oversized one before reading a byte of it.
    pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, LoadError> {
        let size = file.size() as usize;
        // The largest kind of file; the decoder holds each kind to its own limit.
        if size > MAX_BACKUP_BYTES {
            return Err(LoadError::TooLarge { bytes: size });
        }
        let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .map_err(|e| LoadError::Invalid { detail: js_err(e) })?;
        Ok(js_sys::Uint8Array::new(&buf).to_vec())
    }

    pub fn focus(id: &str) {
        if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    }

    pub fn set_title(title: &str) {
        if let Some(d) = document() {
            d.set_title(title);
        }
    }

    pub fn set_html_lang(code: &str) {
        if let Some(el) = document().and_then(|d| d.document_element()) {
            let _ = el.set_attribute("lang", code);
        }
    }

    /// `data-shown` on <html>: the location hash whose page the app has rendered; removed while none is.
    pub fn set_shown_route(hash: Option<&str>) {
        if let Some(el) = document().and_then(|d| d.document_element()) {
            let _ = match hash {
                Some(h) => el.set_attribute("data-shown", h),
                None => el.remove_attribute("data-shown"),
            };
        }
    }

    pub fn print() {
        if let Some(w) = window() {
            let _ = w.print();
        }
    }

    /// navigator.storage, where the browser has it (not in old browsers, some private modes, or http off localhost).
    fn storage_manager() -> Option<JsValue> {
        let nav = window()?.navigator();
        js_sys::Reflect::get(&nav, &"storage".into()).ok().filter(|v| v.is_object())
    }

    async fn call(target: &JsValue, method: &str) -> Option<JsValue> {
        let f: js_sys::Function = js_sys::Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
        let promise: js_sys::Promise = f.call0(target).ok()?.dyn_into().ok()?;
        wasm_bindgen_futures::JsFuture::from(promise).await.ok()
    }

    /// navigator.storage.estimate(): (quota, usage) in bytes; None where the browser cannot say.
    pub async fn storage_estimate() -> Option<(f64, f64)> {
        let est = call(&storage_manager()?, "estimate").await?;
        let get = |k: &str| js_sys::Reflect::get(&est, &k.into()).ok().and_then(|v| v.as_f64());
        Some((get("quota")?, get("usage").unwrap_or(0.0)))
    }

    /// navigator.storage.persist(): whether the browser promises not to evict this origin's data; None where it
    /// cannot be asked.
    pub async fn request_persist() -> Option<bool> {
        call(&storage_manager()?, "persist").await?.as_bool()
    }

    /// The text on the clipboard of a paste event; None when the browser does not give it.
    pub fn pasted_text(e: &web_sys::Event) -> Option<String> {
        let data = js_sys::Reflect::get(e, &"clipboardData".into()).ok()?;
        data.dyn_into::<web_sys::DataTransfer>().ok()?.get_data("text").ok()
    }

    /// Writes to sessionStorage, which outlives a reload of this tab and nothing else.
    pub fn session_set(key: &str, value: &str) -> Result<(), String> {
        let store = window().ok_or("no window")?.session_storage().map_err(js_err)?.ok_or("no sessionStorage")?;
        store.set_item(key, value).map_err(js_err)
    }

    /// Reads and removes a sessionStorage entry.
    pub fn session_take(key: &str) -> Option<String> {
        let store = window()?.session_storage().ok()??;
        let value = store.get_item(key).ok()?;
        let _ = store.remove_item(key);
        value
    }

    /// Calls one of the start-up script's fetchers of another build (scripts/lang_builds.py) and waits for its
    /// answer: true when the build is here. A page without such builds has no fetcher and nothing to fetch: true.
    async fn build_ready(fetcher: &str, args: &js_sys::Array) -> bool {
        let Some(w) = window() else { return false };
        let Ok(f) = js_sys::Reflect::get(&w, &fetcher.into()) else { return false };
        let Ok(f) = f.dyn_into::<js_sys::Function>() else { return true };
        let Some(promise) = f.apply(&w, args).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else { return false };
        wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
    }

    /// Fetches the build of another language (window.__langReady), so that the reload which follows finds it in
    /// the cache even offline.
    pub async fn language_ready(code: &str) -> bool {
        build_ready("__langReady", &js_sys::Array::of1(&code.into())).await
    }

    /// Fetches the full build of this language (window.__fullReady) and marks this tab as using it, so the reload
    /// that follows starts it.
    pub async fn full_build_ready() -> bool {
        build_ready("__fullReady", &js_sys::Array::new()).await
    }

    /// Starts fetching the full build of this language in the background (window.__fullFetch), so that the report
    /// opens at once, and offline, once the results have been seen. Nothing happens on a page without one.
    pub fn prefetch_full_build() {
        if !cfg!(feature = "lean") {
            return;
        }
        let Some(w) = window() else { return };
        if let Some(f) = js_sys::Reflect::get(&w, &"__fullFetch".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = f.call0(&w);
        }
    }

    /// Loads the page again, keeping the route: how a single-language build switches language.
    pub fn reload() {
        if let Some(w) = window() {
            let _ = w.location().reload();
        }
    }

    /// True in the single-file build opened from disk (file://).
    pub fn opened_from_disk() -> bool {
        window().and_then(|w| w.location().protocol().ok()).as_deref() == Some("file:")
    }

    /// Lets the app work offline after the first visit. Skipped where service workers are unavailable
    /// (plain http off localhost, some private modes) and for a file opened from disk, which has no origin a
    /// service worker could belong to (and whose CSP would report the attempt).
    pub fn register_service_worker() {
        if opened_from_disk() {
            return;
        }
        let Some(nav) = window().map(|w| w.navigator()) else { return };
        if !js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(false) {
            return;
        }
        // Not before the page has put what it downloaded into Cache Storage (window.__handover, index.html): the
        // worker's install takes those copies instead of downloading the files again.
        let handover = window()
            .and_then(|w| js_sys::Reflect::get(&w, &"__handover".into()).ok())
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .map(|a| js_sys::Promise::all(&a));
        yew::platform::spawn_local(async move {
            if let Some(done) = handover {
                let _ = wasm_bindgen_futures::JsFuture::from(done).await;
            }
            let _ = wasm_bindgen_futures::JsFuture::from(nav.service_worker().register("./sw.js")).await;
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::persist::{MemoryStore, Store};

    pub fn clock() -> (String, u64) {
        ("2026-01-01T00:00:00.000Z".into(), 1_767_225_600_000)
    }
    pub fn window() -> Option<web_sys::Window> {
        None
    }
    /// Empty natively, so the start page prerendered at build time carries no stale date.
    pub fn today() -> String {
        String::new()
    }
    /// Native stand-in: a fresh in-memory store.
    pub struct LocalStore;
    impl Store for LocalStore {
        fn get(&self, _: &str) -> Result<Option<String>, String> {
            Ok(None)
        }
        fn set(&self, k: &str, v: &str) -> Result<(), String> {
            MemoryStore::default().set(k, v)
        }
        fn remove(&self, _: &str) -> Result<(), String> {
            Ok(())
        }
        fn keys(&self) -> Vec<String> {
            Vec::new()
        }
    }
    pub fn current_hash() -> String {
        String::new()
    }
    pub fn set_hash(_: &str) {}
    pub async fn read_file(_: web_sys::File) -> Result<Vec<u8>, crate::model::save_format::LoadError> {
        Err(crate::model::save_format::LoadError::Empty)
    }
    pub async fn download_report_docx(_: &str, _: [&str; 2]) -> Result<(), String> {
        Err("no browser".into())
    }
    pub async fn qr_code(_: &str) -> Result<(u32, String), String> {
        Err("no browser".into())
    }
    pub struct Scanner;
    pub async fn start_scanner(_: web_sys::Node, _: impl FnMut(String) + 'static) -> Result<Scanner, super::CameraError> {
        Err(super::CameraError::Missing)
    }
    pub fn download(_: &str, _: &str, _: &str) -> Result<(), String> {
        Err("downloads need a browser".into())
    }
    pub fn focus(_: &str) {}
    pub async fn storage_estimate() -> Option<(f64, f64)> {
        None
    }
    pub async fn request_persist() -> Option<bool> {
        None
    }
    pub fn pasted_text(_: &web_sys::Event) -> Option<String> {
        None
    }
    pub fn set_title(_: &str) {}
    pub fn set_html_lang(_: &str) {}
    pub fn set_shown_route(_: Option<&str>) {}
    pub async fn language_ready(_: &str) -> bool {
        true
    }
    pub fn reload() {}
    pub fn prefetch_full_build() {}
    pub async fn full_build_ready() -> bool {
        true
    }
    pub fn session_set(_: &str, _: &str) -> Result<(), String> {
        Err("no browser".into())
    }
    pub fn session_take(_: &str) -> Option<String> {
        None
    }
    pub fn print() {}
    pub fn register_service_worker() {}
    pub fn opened_from_disk() -> bool {
        false
    }
}
