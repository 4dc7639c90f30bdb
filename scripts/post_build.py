"""Trunk post_build hook: finish the staged dist before Trunk moves it into place.

1. The CSP in index.html allows scripts from 'self' only. Trunk writes one inline module script (the wasm
   bootstrap) whose text names content-hashed files, so its hash changes with every build: compute it here and
   put it where index.html has the placeholder 'sha256-BOOTSTRAP'.
   The stylesheet (.generated/app.css from pre_build.py) goes into the empty <style></style> of index.html, so
   the first paint waits for no second request; its hash replaces 'sha256-STYLE'.
2. Write sw.js, the service worker that keeps the app usable offline, with the exact list of built files and a
   cache name derived from their contents (a new build gets a new cache; the old one is deleted).
3. Put the start page that pre_build.py rendered into <body>, so the first paint needs no wasm.
4. Write egenvurdering-rus.html, the whole app in one file that works opened from disk (single_file.py).
"""
import base64
import hashlib
import os
import re
import sys
from pathlib import Path

# A __pycache__ written into scripts/ would make `trunk serve` see a change and rebuild, forever.
sys.dont_write_bytecode = True
import lang_builds  # noqa: E402
from single_file import FILE_NAME as SINGLE_FILE, sha256_source, single_file_html  # noqa: E402

root = Path(__file__).resolve().parent.parent
staging = Path(os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist"))
index = staging / "index.html"
# The on-demand QR module (scanner/) goes into staging first, so the service worker list and single file see it.
if os.system(f'bash "{root}/scripts/build_scanner.sh" "{staging}"'): sys.exit("post_build: the QR module (scripts/build_scanner.sh) failed")
html = index.read_text(encoding="utf-8")

PLACEHOLDER = "'sha256-BOOTSTRAP'"
if PLACEHOLDER not in html:
    sys.exit(f"post_build: {index} has no {PLACEHOLDER} in its CSP")
# One download of the wasm in every engine. Trunk preloads it with <link rel="preload" integrity=…> and its
# bootstrap then fetches it by URL alone; WebKit reuses a preload only for an exactly matching request and
# Firefox not for one with integrity, so one engine or another downloaded it twice. Instead a tiny classic script
# starts the fetch as early as the preload did, with the integrity checked on the response actually used, and
# the bootstrap waits for that same response.
preload = re.search(r'<link rel="preload"[^>]*\.wasm"[^>]*>', html)
integrity = preload and re.search(r'integrity="([^"]+)"', preload.group(0))
wasm_arg = re.search(r"module_or_path: ('\./[^']+\.wasm')", html)
if not (integrity and wasm_arg):
    sys.exit("post_build: Trunk's wasm preload or bootstrap changed; check the single-download rewrite")
early = f"<script>window.__wasmFetch = fetch({wasm_arg.group(1)}, {{ integrity: '{integrity.group(1)}', credentials: 'same-origin' }}).then(window.__keepOffline);</script>"
html = html.replace(preload.group(0), early, 1).replace(wasm_arg.group(0), "module_or_path: window.__wasmFetch", 1)
STYLE_PLACEHOLDER, STYLE_SLOT = "'sha256-STYLE'", "<style></style>"
if STYLE_PLACEHOLDER not in html or html.count(STYLE_SLOT) != 1:
    sys.exit(f"post_build: {index} needs {STYLE_PLACEHOLDER} in its CSP and exactly one {STYLE_SLOT}")
css = (root / ".generated" / "app.css").read_text(encoding="utf-8")
if "</style" in css.lower():
    sys.exit("post_build: app.css contains '</style', which would end the inline style element early")
html = html.replace(STYLE_PLACEHOLDER, sha256_source(css)).replace(STYLE_SLOT, f"<style>{css}</style>")
# 3. The start page rendered at build time (pre_build.py), shown until the wasm app replaces it. It is inert:
#    nothing in it works yet, so it must not take focus or input that would be lost.
prerender = (root / ".generated" / "prerender.html").read_text(encoding="utf-8")
if "<body>" not in html:
    sys.exit("post_build: index.html has no <body> to put the prerendered page in")
html = html.replace("<body>", f'<body>\n    <div id="prerender" inert>{prerender}</div>', 1)
# 4. The single file holds Trunk's build, with all three languages: it is one download that must work anywhere.
single = single_file_html(html, staging)
(staging / SINGLE_FILE).write_text(single, encoding="utf-8")
# 5. The served app: one build per language, only the chosen one fetched at start (lang_builds.py). A debug build
#    (trunk serve without --release) keeps Trunk's one build with all three languages.
if os.environ.get("TRUNK_PROFILE", "release") == "release":
    lang_files = lang_builds.build(root, staging)
    html = lang_builds.rewrite_index(html, staging, lang_files)
else:
    lang_files = {}
inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
if not inline:
    sys.exit("post_build: no inline bootstrap script found; the CSP placeholder would stay unresolved")

hashes = " ".join(sha256_source(s) for s in inline)
html = html.replace(PLACEHOLDER, hashes)

index.write_text(html, encoding="utf-8")

# The single file is a download for using the tool elsewhere, not part of this app: the service worker leaves it.
# What loads on demand is not fetched at install either, only kept once the user has needed it (sw.template.js).
# The language builds are kept once used: the visitor's own from the first visit, another once switched to.
# qr*: build_scanner.sh's QR module.
ON_DEMAND = ["docx.js", *sorted(p.name for p in staging.glob("qr*.*")),
             *sorted({f[k][2:] for e in lang_files.values() for f in e.values() for k in ("js", "wasm")})]
files = sorted(
    p.relative_to(staging).as_posix()
    for p in staging.rglob("*")
    if p.is_file() and p.name not in ("sw.js", SINGLE_FILE, *ON_DEMAND)
)
digest = hashlib.sha256()
# On-demand files count too: a new Word writer must not be served from an old cache.
for name in [*files, *ON_DEMAND]:
    digest.update(name.encode())
    digest.update((staging / name).read_bytes())
template = (Path(__file__).parent / "sw.template.js").read_text(encoding="utf-8")
# -- Offline cache without a second download (sw.template.js): the worker fills its cache from the page's hand-over
#    and the HTTP cache, and checks each copy against the integrity of this build's file ("./" is index.html).
if "window.__keepOffline)" not in html:
    sys.exit("post_build: the early wasm fetch no longer hands its response to window.__keepOffline (index.html)")
sw_files = [n for n in ["", *files] if n != "index.html"]
sri = {
    f"./{n}": "sha384-" + base64.b64encode(hashlib.sha384((staging / (n or "index.html")).read_bytes()).digest()).decode()
    for n in sw_files
}
sw = template.replace("__CACHE__", "egenvurdering-rus-" + digest.hexdigest()[:16]).replace(
    "__FILES__", ", ".join(f'"./{n}"' for n in sw_files)
).replace("__ON_DEMAND__", ", ".join(f'"./{n}"' for n in ON_DEMAND)).replace(
    "__INTEGRITY__", ", ".join(f'"{k}": "{v}"' for k, v in sri.items())
)
(staging / "sw.js").write_text(sw, encoding="utf-8")
print(f"post_build: CSP script hashes {hashes}, stylesheet inlined; {SINGLE_FILE} {len(single.encode())} bytes; sw.js caches {len(files) + 1} entries")
