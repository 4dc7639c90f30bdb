"""Trunk pre_build hook: join styles/NN-*.css, in number order, into one stylesheet (one request, one SRI hash).
The sources stay split by concern; .generated/ is not committed."""
from pathlib import Path

root = Path(__file__).resolve().parent.parent
parts = sorted((root / "styles").glob("[0-9][0-9]-*.css"))
out = root / ".generated" / "app.css"
out.parent.mkdir(exist_ok=True)
text = "\n".join(f"/* ---- {p.name} ---- */\n{p.read_text(encoding='utf-8')}" for p in parts)
if not out.exists() or out.read_text(encoding="utf-8") != text:
    out.write_text(text, encoding="utf-8")
