"""Sizes of the release build in dist/, and the size budget: what `scripts/bench` prints first, and what
`scripts/test` checks after the release build.

First load: what a visitor downloads before the app runs in their language: index.html (stylesheet and start page
inline), that language's wasm-bindgen glue and lean wasm (scripts/lang_builds.py). Everything else is on demand and printed separately.
Sizes are gzip -9, as a static host serves them. The budget is the figure recorded in docs/size.md (the line
`budget: first load <bytes> B gzip`): a build more than 5 % over it fails loudly. Raising the figure is a
decision to write down in docs/size.md with the reason, not something a test does.

Usage: python3 scripts/size_check.py [dist]    (exit 1 when over budget)
"""
import gzip
import json
import re
import sys
from pathlib import Path

SURVEYJS_GZIP = 414881   # survey-core + survey-js-ui + CSS 2.5.38, gzip -9 (shared/research/anchors-features.md §4.1)
TARGET = 165952          # issue #17: at most 0.40 of SurveyJS
ALLOWED_GROWTH = 1.05

root = Path(__file__).resolve().parent.parent
dist = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "dist"


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def main() -> int:
    html = (dist / "index.html").read_text(encoding="utf-8")
    m = re.search(r"var F = (\{.*?\}), lang = 'nb'", html)
    if not m:
        print("size: index.html has no per-language start-up (scripts/lang_builds.py); is this a release build?")
        return 1
    langs = json.loads(m.group(1))
    index = gz(dist / "index.html")
    first = {}
    for lang, editions in langs.items():
        f = editions["lean"]
        js, wasm = gz(dist / f["js"][2:]), gz(dist / f["wasm"][2:])
        first[lang] = index + js + wasm
        print(f"first load {lang}   {first[lang]:8d} B gzip  (index.html {index} + glue {js} + lean wasm {wasm})")
    worst = max(first.values())
    print(f"vs SurveyJS      {worst / SURVEYJS_GZIP:.2f} of its core+UI+CSS gzip ({SURVEYJS_GZIP} B); "
          f"target <= 0.40 ({TARGET} B), {worst - TARGET:+d} B from it")

    for lang, editions in langs.items():
        f = editions["full"]
        print(f"{'on demand':<16} {gz(dist / f['wasm'][2:]):8d} B gzip  full build, {lang} (report, comparison, workshop): {f['wasm'][2:]}")
    used = {f[k][2:] for e in langs.values() for f in e.values() for k in ("js", "wasm")}
    for p in sorted(dist.iterdir()):
        if p.is_file() and p.name not in used and p.name not in ("index.html", "sw.js") and not p.name.startswith("."):
            kind = "single file, all languages" if p.suffix == ".html" else "on demand"
            print(f"{kind:<16} {gz(p):8d} B gzip  {p.name}")
    print(f"{'on demand':<16} {'':8s}   the other two languages' lean builds, each about the size of the first load's wasm")

    doc = (root / "docs" / "size.md").read_text(encoding="utf-8")
    b = re.search(r"^budget: first load (\d+) B gzip", doc, flags=re.M)
    if not b:
        print("size: docs/size.md has no line 'budget: first load <bytes> B gzip'")
        return 1
    budget = int(b.group(1))
    limit = int(budget * ALLOWED_GROWTH)
    if worst > limit:
        print(f"SIZE BUDGET EXCEEDED: first load {worst} B gzip is more than 5 % over the {budget} B recorded in "
              f"docs/size.md (limit {limit} B). Cut, or record a new figure there with the reason.")
        return 1
    print(f"size budget      ok: {worst} B gzip <= {limit} B (docs/size.md records {budget} B, +5 % allowed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
