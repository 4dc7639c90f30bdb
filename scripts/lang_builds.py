"""One wasm build per language and edition, and the start-up that picks one (called by post_build.py for release
builds).

The text of the three languages is a third of the wasm; a visitor reads one. Each build here is the same app with
cargo feature `lang-nb`, `lang-nn` or `lang-en`: the `l!` macro (src/lib.rs) still requires all three texts in the
source, but keeps only that language's in the build. The build Trunk made (all three) goes into the single file,
which must work offline in any language from one download.

In the served index.html an early classic script reads the saved language (the same localStorage entry the app
writes, persist::KEY_PREFS) and starts fetching that language's wasm at once; the module script then imports that
build's glue and instantiates it. `window.__langReady(code)` fetches another language's build, which the service
worker keeps (ON_DEMAND), so the app can switch by reloading, offline too once a language has been used.

Each language comes in two editions. The lean one (cargo feature `lean`) loads first and leaves out the pages in
Route::FULL_ONLY (report, comparison of years, workshop); the full one has everything. A deep link to one of those
pages starts the full edition at once; opening one from the lean edition fetches the full edition
(`window.__fullReady`) and reloads. A tab that has used the full edition keeps it (sessionStorage), so a language
switch or a reload there does not drop back and lose the workshop room.
"""
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LANGS = ["nb", "nn", "en"]
EDITIONS = {"lean": ["lean"], "full": []}
# The hash paths of Route::FULL_ONLY (src/model/route.rs); tests/routes.rs checks that the two agree.
FULL_ONLY = ["rapport", "sammenlign", "verksted", "deltaker"]
EDITION_KEY = "egenvurdering-rus.v1.edition"
PREFS_KEY = "egenvurdering-rus.v1.prefs"
BIN = "egenvurdering-rus"
WASM_OPT = ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
            "--enable-mutable-globals", "--enable-reference-types"]


def fail(msg: str) -> None:
    sys.exit(f"lang_builds: {msg}")


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def run(cmd: list, **kw) -> None:
    r = subprocess.run(cmd, **kw)
    if r.returncode != 0:
        fail(f"{' '.join(map(str, cmd))} exited with {r.returncode}")


def build(root: Path, staging: Path) -> dict:
    """Builds each language's two editions into `staging`; returns {lang: {edition: {js, wasm, wasmSri, jsSri}}}
    with ./ URLs."""
    target = Path(os.environ.get("CARGO_TARGET_DIR") or root / "target")
    files = {}
    for lang in LANGS:
        files[lang] = {}
        for edition, extra in EDITIONS.items():
            features = ",".join([f"lang-{lang}", *extra])
            run(["cargo", "build", "--release", "--offline", "--locked", "--target", "wasm32-unknown-unknown",
                 "--bin", BIN, "--features", features], cwd=root)
            raw = target / "wasm32-unknown-unknown" / "release" / f"{BIN}.wasm"
            with tempfile.TemporaryDirectory() as tmp:
                tmp = Path(tmp)
                stem = f"{BIN}-{lang}-{edition}"
                shutil.copy(raw, tmp / f"{stem}.wasm")
                run(["wasm-bindgen", "--target", "web", "--no-typescript", "--out-dir", str(tmp / "out"), str(tmp / f"{stem}.wasm")])
                run(["wasm-opt", *WASM_OPT, "-o", str(tmp / "opt.wasm"), str(tmp / "out" / f"{stem}_bg.wasm")])
                wasm = (tmp / "opt.wasm").read_bytes()
                js = (tmp / "out" / f"{stem}.js").read_bytes()
            # The glue is named for its own content: builds that import the same browser functions share one file.
            js_name = f"{BIN}-{hashlib.sha256(js).hexdigest()[:16]}.js"
            wasm_name = f"{stem}-{hashlib.sha256(wasm).hexdigest()[:16]}_bg.wasm"
            (staging / js_name).write_bytes(js)
            (staging / wasm_name).write_bytes(wasm)
            files[lang][edition] = {"js": f"./{js_name}", "wasm": f"./{wasm_name}", "wasmSri": sri(wasm), "jsSri": sri(js)}
    return files


def early_script(files: dict) -> str:
    """The classic script in <head>: choose the language and edition, start the wasm download, preload the glue."""
    full_only = "|".join(FULL_ONLY)
    return (
        "<script>(function () {\n"
        f"  var F = {json.dumps(files, separators=(',', ':'))}, lang = 'nb', edition = 'lean';\n"
        f"  try {{ var p = JSON.parse(localStorage.getItem('{PREFS_KEY}')); if (p && F[p.lang]) lang = p.lang; }} catch (e) {{}}\n"
        f"  try {{ if (sessionStorage.getItem('{EDITION_KEY}') === 'full') edition = 'full'; }} catch (e) {{}}\n"
        f"  if (/^#\\/?({full_only})([/?#]|$)/.test(location.hash)) edition = 'full';\n"
        "  var f = F[lang][edition];\n"
        "  window.__langFiles = F; window.__lang = lang; window.__edition = edition;\n"
        # The response goes to the service worker's hand-over (index.html, sw.template.js): no second download.
        "  window.__wasmFetch = fetch(f.wasm, { integrity: f.wasmSri, credentials: 'same-origin' }).then(window.__keepOffline);\n"
        "  var m = document.createElement('link');\n"
        "  m.rel = 'modulepreload'; m.href = f.js; m.integrity = f.jsSri; m.crossOrigin = 'anonymous';\n"
        "  document.head.appendChild(m);\n"
        "  function fetched(g) {\n"
        "    if (!g) return Promise.resolve(false);\n"
        "    return Promise.all([fetch(g.wasm, { integrity: g.wasmSri }), fetch(g.js, { integrity: g.jsSri })])\n"
        "      .then(function (r) { return r[0].ok && r[1].ok && Promise.all([r[0].arrayBuffer(), r[1].text()]).then(function () { return true; }); })\n"
        "      .catch(function () { return false; });\n"
        "  }\n"
        "  window.__langReady = function (code) { return fetched(F[code] && F[code][edition]); };\n"
        "  window.__fullFetch = function () { return fetched(F[lang].full); };\n"
        "  window.__fullReady = function () {\n"
        "    return fetched(F[lang].full).then(function (ok) {\n"
        f"      if (ok) try {{ sessionStorage.setItem('{EDITION_KEY}', 'full'); }} catch (e) {{}}\n"
        "      return ok;\n"
        "    });\n"
        "  };\n"
        f"  if (edition === 'full') try {{ sessionStorage.setItem('{EDITION_KEY}', 'full'); }} catch (e) {{}}\n"
        "})();</script>"
    )


# Trunk's module script imports the glue statically; this one imports the chosen build's.
BOOTSTRAP = """<script type="module">
const f = window.__langFiles[window.__lang][window.__edition];
const bindings = await import(f.js);
// The glue, too, for the offline cache: the copy the import left in the HTTP cache (no second download where the
// engine shares it), handed over before the app registers the service worker (browser.rs waits for __handover).
window.__handover.push(fetch(f.js, { cache: 'force-cache', integrity: f.jsSri }).then((r) => {
  const n = window.__handover.length;
  window.__keepOffline(r);
  return n < window.__handover.length ? window.__handover[n] : null;
}).catch(() => {}));
const wasm = await bindings.default({ module_or_path: window.__wasmFetch });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>"""


def rewrite_index(html: str, staging: Path, files: dict) -> str:
    """index.html as post_build.py left it (Trunk's one build) turned into the per-language start-up. Trunk's build
    of all three languages is removed from the served folder: only the single file uses it."""
    boot = re.search(r'<script type="module">.*?</script>', html, flags=re.S)
    glue = boot and re.search(r"from '\./([^']+\.js)'", boot.group(0))
    early = re.search(r"<script>window\.__wasmFetch = fetch\('\./([^']+\.wasm)'[^<]*</script>", html)
    preload = re.search(r'<link rel="modulepreload"[^>]*>', html)
    if not (boot and glue and early and preload):
        fail("index.html no longer has Trunk's bootstrap, module preload and the early wasm fetch as expected")
    html = html.replace(preload.group(0), "", 1).replace(early.group(0), early_script(files), 1)
    html = html.replace(boot.group(0), BOOTSTRAP, 1)
    for name in (glue.group(1), early.group(1)):
        (staging / name).unlink()
    return html
