"""Trunk pre_build hook.

1. Joins styles/NN-*.css, in number order, into .generated/app.css, which post_build.py inlines into index.html;
   the sources stay split by concern.
2. Renders the start page to static HTML (cargo run --bin prerender, natively) into .generated/prerender.html;
   post_build.py puts it into index.html so the first paint needs no wasm.
.generated/ is not committed."""
import os
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
gen = root / ".generated"
gen.mkdir(exist_ok=True)


def write_if_changed(path: Path, text: str) -> None:
    # Unchanged files keep their timestamps, so Trunk's watcher does not loop.
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


parts = sorted((root / "styles").glob("[0-9][0-9]-*.css"))
write_if_changed(gen / "app.css", "\n".join(f"/* ---- {p.name} ---- */\n{p.read_text(encoding='utf-8')}" for p in parts))

# The hook runs inside Trunk's cargo environment for the wasm target; the prerender is a native build.
env = {k: v for k, v in os.environ.items() if not k.startswith("CARGO_") or k == "CARGO_HOME"}
run = subprocess.run(
    ["cargo", "run", "--quiet", "--locked", "--offline", "--bin", "prerender"],
    cwd=root, env=env, capture_output=True, text=True,
)
if run.returncode != 0 or "<h1" not in run.stdout:
    sys.stderr.write(run.stderr)
    sys.exit("pre_build: prerendering the start page failed")
write_if_changed(gen / "prerender.html", run.stdout)
