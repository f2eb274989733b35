"""Serve the embedded store: a read-only SPARQL endpoint with a query UI, and the explorer.

``start(store)`` takes a snapshot of the store (:func:`snapshot`: a backup, which hard
links the data files, or a copy when another process such as ``kg build`` holds the
store's lock), starts Oxigraph's
server on it (``oxigraph serve-read-only --union-default-graph``, the ``oxigraph`` PyPI
package) on ``host:port``, and serves the HTML explorer from a second, plain HTTP
server on ``host:html_port`` (default ``port + 1``). The explorer is the given HTML
file, or one rendered from the snapshot. ``Served.stop()`` (or leaving the ``with``
block) stops the child server and removes the snapshot.

URLs: ``http://HOST:PORT/`` Oxigraph's query UI, ``/query`` the SPARQL endpoint (also a
store location for ``--store``), ``http://HOST:HTML_PORT/`` the explorer.

>>> with start("output/store", port=7878) as served:  # doctest: +SKIP
...     served.urls()["sparql"]
'http://127.0.0.1:7878/query'
"""
from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import StoreError, UsageError

READY_TIMEOUT = 30.0   # seconds for Oxigraph to answer its first query
STOP_TIMEOUT = 5.0     # seconds between SIGTERM and SIGKILL


@dataclass
class Served:
    """A running ``kg serve``: the Oxigraph child process, the explorer server, the snapshot."""

    host: str
    port: int
    html_port: int
    process: subprocess.Popen
    snapshot: Path
    httpd: object = None
    log: Path | None = None

    def urls(self) -> dict[str, str]:
        """The query UI, SPARQL endpoint and explorer URLs.

        >>> served.urls()["explorer"]  # doctest: +SKIP
        'http://127.0.0.1:7879/'
        """
        base, html = _url(self.host, self.port), _url(self.host, self.html_port)
        return {"ui": base + "/", "sparql": base + "/query", "store": base, "explorer": html + "/"}

    def wait(self) -> None:
        """Block until the Oxigraph server exits (StoreError if it does on its own)."""
        while self.process.poll() is None:
            time.sleep(0.2)
        raise StoreError(f"the oxigraph server exited with code {self.process.returncode}: "
                         f"{_tail(self.log)}")

    def stop(self) -> None:
        """Stop the explorer server and the Oxigraph child; remove the snapshot."""
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
        _terminate(self.process)
        shutil.rmtree(self.snapshot, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start(store: str | os.PathLike, *, host: str = "127.0.0.1", port: int = 7878,
          html_port: int | None = None, html: str | os.PathLike | None = None) -> Served:
    """Snapshot ``store``, serve it read-only over SPARQL, and serve the explorer.

    Args:
        store: the folder of an embedded store (a server URL is refused: it is served).
        host / port: where Oxigraph listens (query UI at ``/``, SPARQL at ``/query``).
        html_port: the explorer's port (default ``port + 1``).
        html: an explorer page to serve; None renders one from the store.

    Raises:
        StoreError: no store there, no ``oxigraph`` binary, or the server did not start.
    """
    path, binary = _store_path(store), oxigraph_binary()
    if html is not None and not Path(html).is_file():
        raise UsageError(f"--html {html}: no such HTML file")
    work = Path(tempfile.mkdtemp(prefix=".kg-serve-", dir=_snapshot_parent(path)))
    try:
        snapshot(path, work / "store")
        page = Path(html) if html else render_explorer(work / "store", work / "site" / "index.html")
        served = _launch(binary, work, host, port, html_port or port + 1)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    try:
        served.httpd = serve_file(page, host, served.html_port)
    except BaseException:
        served.stop()
        raise
    return served


def oxigraph_binary() -> str:
    """The ``oxigraph`` server program: on PATH, else beside this Python (a venv's bin)."""
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if not found:
        raise StoreError("kg serve needs the Oxigraph server: pip install oxigraph")
    return found


def snapshot(store: Path, target: Path) -> Path:
    """A consistent copy of the store at ``target``, whoever holds its lock.

    A free store is opened and backed up (flushed, then hard-linked where it can be);
    one locked by a writer (``kg build``) is opened read-only and copied quad by quad,
    so that what the writer has not flushed yet is in the copy too.

    >>> snapshot(Path("output/store"), Path("/tmp/snap"))  # doctest: +SKIP
    """
    import pyoxigraph as ox

    try:
        try:
            ox.Store(str(store)).backup(str(target))
        except OSError as e:
            if "lock" not in str(e).lower():
                raise
            copy = ox.Store(str(target))
            copy.bulk_extend(ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, None))
            copy.flush()
    except OSError as e:
        raise StoreError(f"cannot snapshot store {store}: {str(e).splitlines()[0]}") from None
    return target


def render_explorer(store: Path, output: Path) -> Path:
    """Render the HTML explorer of a (snapshot) store to ``output``."""
    from .network import to_networkx
    from .render import render_html
    from .store import EmbeddedStore

    opened = EmbeddedStore(store, read_only=True)
    try:
        graph = to_networkx(opened)
    finally:
        opened.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    return Path(render_html(graph, output, title="govkg").path)


def serve_file(page: Path, host: str, port: int):
    """Serve one HTML page at ``/`` (and its own name) on a thread; returns the server."""
    handler = functools.partial(_PageHandler, page=page)
    try:
        httpd = _QuietServer((host, port), handler)
    except OSError as e:
        raise StoreError(f"cannot serve the explorer on {host}:{port}: {e.strerror or e}") from None
    threading.Thread(target=httpd.serve_forever, daemon=True, name="kg-explorer").start()
    return httpd


class _QuietServer(ThreadingHTTPServer):
    """A threading HTTP server that does not print a client's dropped connection."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass


class _PageHandler(BaseHTTPRequestHandler):
    """GET / (or /NAME.html) → the page; anything else → 404. Logs nothing."""

    def __init__(self, *args, page: Path, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self.path.split("?")[0] not in ("/", "/index.html", f"/{self.page.name}"):
            self.send_error(404)
            return
        body = self.page.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def _launch(binary: str, work: Path, host: str, port: int, html_port: int) -> Served:
    log = work / "oxigraph.log"
    command = [binary, "serve-read-only", "--location", str(work / "store"),
               "--bind", f"{host}:{port}", "--union-default-graph"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True,
                                   preexec_fn=_die_with_parent)
    served = Served(host, port, html_port, process, work, log=log)
    try:
        _wait_ready(served)
    except BaseException:
        _terminate(process)
        raise
    return served


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, SIGTERM it when kg dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _wait_ready(served: Served, timeout: float = READY_TIMEOUT) -> None:
    url = served.urls()["sparql"] + "?query=ASK%7B%7D"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if served.process.poll() is not None:
            raise StoreError(f"the oxigraph server did not start on {served.host}:{served.port}: "
                             f"{_tail(served.log)}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise StoreError(f"the oxigraph server did not answer on {url} within {timeout:.0f} s")


def _terminate(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _store_path(store: str | os.PathLike) -> Path:
    if "://" in str(store):
        raise StoreError(f"{store} is a SPARQL server already; kg serve serves an embedded store")
    path = Path(store)
    if not (path / "CURRENT").is_file():
        raise StoreError(f"no store at {path} (build one with kg build)")
    return path


def _snapshot_parent(store: Path) -> Path:
    """Beside the store when writable (the backup then hard-links its files), else /tmp."""
    parent = store.resolve().parent
    return parent if os.access(parent, os.W_OK) else Path(tempfile.gettempdir())


def _url(host: str, port: int) -> str:
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


def _tail(log: Path | None, lines: int = 3) -> str:
    if log is None or not log.exists():
        return "no log"
    text = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return " | ".join(text[-lines:]) or "no output"
