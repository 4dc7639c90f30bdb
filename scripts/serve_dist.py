"""A static server for dist/ that behaves like a production static host: gzip when the browser accepts it,
the right MIME types (application/wasm), no caching surprises. Binds to 127.0.0.1 only.
Usage: python3 scripts/serve_dist.py PORT [DIR]

For tests of engines whose drivers show no network or console (tests/e2e/engines), SERVE_LOG=FILE appends one
line per request ("GET /path") and sends index.html's own Content-Security-Policy again as a header with a
report-uri, so that every CSP violation is POSTed back here and logged ("CSP {...}")."""
import gzip
import html
import http.server
import os
import re
import threading
import mimetypes
import sys
from functools import partial
from pathlib import Path

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".js")
COMPRESS = {".html", ".js", ".wasm", ".css", ".json", ".svg"}


LOG = os.environ.get("SERVE_LOG")
_log_lock = threading.Lock()
REPORT_PATH = "/__csp-report"


def log(line):
    if LOG:
        with _log_lock, open(LOG, "a", encoding="utf-8") as f:
            f.write(line.replace("\n", " ") + "\n")


class Handler(http.server.SimpleHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(min(int(self.headers.get("Content-Length") or 0), 65536)).decode("utf-8", "replace")
        log(f"CSP {body}" if self.path == REPORT_PATH else f"POST {self.path}")
        self.send_response(204)
        self.end_headers()

    def end_headers(self):
        if LOG and self.command == "GET" and self.path.split("?")[0].split("#")[0] in ("/", "/index.html"):
            meta = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', Path(self.directory, "index.html").read_text("utf-8"))
            if meta:
                self.send_header("Content-Security-Policy", f"{html.unescape(meta.group(1))}; report-uri {REPORT_PATH}")
        super().end_headers()

    def send_head(self):
        log(f"{self.command} {self.path}")
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in COMPRESS or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return _Body(body)

    def log_message(self, *args):
        pass


class _Body:
    """What send_head returns: a readable file-like object copied to the socket by the base class."""

    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        out, self.data = (self.data, b"") if n < 0 else (self.data[:n], self.data[n:])
        return out

    def close(self):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1])
    directory = sys.argv[2] if len(sys.argv) > 2 else "dist"
    http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=directory)).serve_forever()
