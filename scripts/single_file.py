"""The whole app as one HTML file that opens from disk (file://): no server, no network, no install.

For workshops on networks nobody controls, a USB stick, or a PC where only a browser may run. post_build.py calls
`single_file_html` on the finished staging folder and writes the result as egenvurdering-rus.html beside
index.html (the workshop page links to it; the service worker does not cache it).
- Trunk's bootstrap module script, its module preload and the early fetch of the wasm (post_build.py) go. In their place one inline module script holds the
  wasm-bindgen glue (its single export line dropped) and the wasm as base64, instantiated from those bytes.
- The CSP becomes stricter than the hosted one: no 'self' at all and no connect-src, so the page cannot fetch
  anything, not even a file beside it. Scripts and the (already inline) stylesheet are allowed by hash only.
- The Word writer (docx.js) and the QR module (qr.js, its glue and its wasm as base64), which the hosted app fetches
  on demand, are inline too, each in a script of its own; the QR module's wasm starts only when first used.
- The service worker is not used: browser.rs does not register it for a page opened from disk.
Browser storage of a file opened from disk is separate from the hosted app's; the workshop page says so.
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

FILE_NAME = "egenvurdering-rus.html"


def fail(msg: str) -> None:
    sys.exit(f"single_file: {msg}")


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def qr_module(html: str, dist: Path) -> tuple[str, str]:
    """The on-demand QR module (qr.js, its glue and wasm from build_scanner.sh) as one inline module script that
    sets window.__loadQr, with the wasm as base64, started only when first used; and the loader it replaces."""
    LOADER = "<script>window.__loadQr = () => import('./qr.js');</script>"
    if html.count(LOADER) != 1:
        fail("index.html no longer has the one on-demand loader of qr.js this script expects")
    entry = (dist / "qr.js").read_text(encoding="utf-8")
    glue_import = re.search(r"^import init, \{ decode, qr \} from '\./(qr-[0-9a-f]+\.js)';\n", entry, flags=re.M)
    if not glue_import or entry.count("init()") != 1:
        fail("qr.js no longer imports its glue or starts it as this script expects")
    glue = (dist / glue_import.group(1)).read_text(encoding="utf-8")
    EXPORT = "export { initSync, __wbg_init as default };"
    if glue.count(EXPORT) != 1:
        fail("the QR module's glue has changed its exports; check this script against it")
    glue = re.sub(r"^export (class|function) ", r"\1 ", glue.replace(EXPORT, ""), flags=re.M)
    wasm_name = re.search(r"'(qr-[0-9a-f]+_bg\.wasm)'", glue)
    if not wasm_name:
        fail("the QR module's glue no longer names its wasm")
    entry = entry.replace(glue_import.group(0), "").replace("init()", "__wbg_init({ module_or_path: qrBytes() })")
    entry = re.sub(r"^export async function ", "async function ", entry, flags=re.M)
    if re.search(r"^\s*(import|export)\b", glue + entry, flags=re.M):
        fail("the QR module has other imports or exports than expected")
    b64 = base64.b64encode((dist / wasm_name.group(1)).read_bytes()).decode("ascii")
    script = (
        glue + entry
        + "\n// The QR module's wasm, inline: a file opened from disk may not fetch even its neighbours.\n"
        + f'function qrBytes() {{ const t = atob("{b64}"); const b = new Uint8Array(t.length); for (let i = 0; i < t.length; i++) b[i] = t.charCodeAt(i); return b; }}\n'
        + "window.__loadQr = () => Promise.resolve({ qrCode, startScanner });\n"
    )
    if "</script" in script.lower():
        fail("the QR module would contain '</script' and end the inline script early")
    return script, LOADER


def single_file_html(html: str, dist: Path) -> str:
    """The finished index.html of `dist` (CSP, inline style, prerender in place) turned into a standalone page."""
    boot = re.search(r"<script type=\"module\">(.*?)</script>", html, flags=re.S)
    if not boot:
        fail("no Trunk bootstrap module script in index.html")
    glue_name = re.search(r"from '\./([^']+\.js)'", boot.group(1))
    early = re.search(r"<script>window\.__wasmFetch = fetch\('\./([^']+\.wasm)'[^<]*</script>", html)
    wasm_name = early
    if not glue_name or not wasm_name:
        fail("the bootstrap script no longer names the glue .js and the .wasm as expected")

    glue = (dist / glue_name.group(1)).read_text(encoding="utf-8")
    EXPORT = "export { initSync, __wbg_init as default };"
    if glue.count(EXPORT) != 1 or re.search(r"^\s*(export|import)\b", glue.replace(EXPORT, ""), flags=re.M):
        fail("the wasm-bindgen glue has other imports or exports than expected; check this script against it")
    wasm_b64 = base64.b64encode((dist / wasm_name.group(1)).read_bytes()).decode("ascii")

    script = (
        glue.replace(EXPORT, "")
        + "\n// The wasm, inline: a file opened from disk may not fetch even its neighbours.\n"
        + f'const wasmText = atob("{wasm_b64}");\n'
        + "const wasmBytes = new Uint8Array(wasmText.length);\n"
        + "for (let i = 0; i < wasmText.length; i++) wasmBytes[i] = wasmText.charCodeAt(i);\n"
        + "await __wbg_init({ module_or_path: wasmBytes });\n"
    )
    if "</script" in script.lower():
        fail("the inline script would contain '</script' and end early")

    # The Word writer, which the hosted app imports on demand, is inline here: a file opened from disk fetches nothing.
    LOADER = "<script>window.__loadDocx = () => import('./docx.js');</script>"
    if html.count(LOADER) != 1:
        fail("index.html no longer has the one on-demand loader of docx.js this script expects")
    docx = (dist / "docx.js").read_text(encoding="utf-8")
    if docx.count("export async function reportDocx") != 1 or re.search(r"^\s*(import|export)\b", docx.replace("export async function reportDocx", ""), flags=re.M):
        fail("docx.js has other imports or exports than expected")
    docx_script = (
        "(() => {\n" + docx.replace("export async function reportDocx", "async function reportDocx")
        + "\nwindow.__loadDocx = () => Promise.resolve({ reportDocx });\n})();"
    )
    if "</script" in docx_script.lower():
        fail("docx.js would contain '</script' and end the inline script early")

    qr_script, QR_LOADER = qr_module(html, dist)

    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    if len(styles) != 1:
        fail("expected exactly one inline <style> in index.html (post_build.py puts it there)")

    html = html.replace(boot.group(0), f'<script type="module">{script}</script>', 1).replace(early.group(0), "", 1)
    html = html.replace(LOADER, f"<script>{docx_script}</script>", 1)
    html = html.replace(QR_LOADER, f'<script type="module">{qr_script}</script>', 1)
    # Every inline script left is allowed by its hash: those above and the small ones index.html has of its own
    # (the deep-link loading state must work here too).
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    csp = (
        "default-src 'none'; "
        f"script-src 'wasm-unsafe-eval' {' '.join(dict.fromkeys(sha256_source(s) for s in inline))}; "
        f"style-src {sha256_source(styles[0])}; "
        "img-src data: blob:; base-uri 'none'; form-action 'none'; object-src 'none'"
    )
    html, n = re.subn(r'(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")', lambda m: m.group(1) + csp + m.group(2), html)
    if n != 1:
        fail("no CSP meta tag in index.html")
    html, n = re.subn(r'<link rel="(modulepreload|preload)"[^>]*>', "", html)
    if n != 1:
        fail(f"expected Trunk's module preload link, found {n}")
    leftover = re.findall(r'(?:src|href)="(?!#|data:)[^"]*"', html)
    if leftover:
        fail(f"the page still refers to other files: {leftover}")

    return html
