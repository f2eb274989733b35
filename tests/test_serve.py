"""kg serve: a subprocess on free loopback ports, queried over HTTP, then stopped.

The store stays open (locked) in this process while it is served, as it would be
while ``kg build`` runs: ``kg serve`` works on a snapshot.
"""
from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.errors import StoreError, UsageError
from kg.serve import start

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None and not (
    Path(sys.executable).parent / "oxigraph").exists(), reason="needs the oxigraph package")
COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sparql(url: str, query: str) -> dict:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def read_urls(process: subprocess.Popen, timeout: float = 60) -> dict[str, str]:
    """The URLs ``kg serve`` prints, once it has printed all three."""
    urls, deadline = {}, time.monotonic() + timeout
    while len(urls) < 3 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        label, _, rest = line.strip().partition("  ")
        if rest.strip().startswith("http"):
            urls[label.strip()] = rest.split()[0]
    assert len(urls) == 3, f"kg serve printed {urls}: {process.stderr.read() if process.poll() else ''}"
    return urls


@pytest.fixture
def served(filled_store, tmp_path):
    """``kg serve`` of the filled store in a subprocess: (process, printed URLs)."""
    port, html_port = free_port(), free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", filled_store.location,
         "--port", str(port), "--html-port", str(html_port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        yield process, read_urls(process)
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    """Ctrl-C, as a user would (kg serve then stops Oxigraph); SIGKILL if that hangs."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def test_serve_answers_sparql_and_serves_the_explorer(served, filled_store):
    process, urls = served
    assert urls["SPARQL"].endswith("/query") and urls["query UI"].endswith("/")
    answer = sparql(urls["SPARQL"], COUNT)
    assert answer["results"]["bindings"][0]["n"]["value"] == "2"
    with urllib.request.urlopen(urls["explorer"], timeout=10) as response:
        page = response.read().decode("utf-8")
    assert response.headers["Content-Type"].startswith("text/html") and "帮万家工程" in page
    with urllib.request.urlopen(urls["query UI"], timeout=10) as response:
        assert response.status == 200


def test_serve_is_read_only(served):
    _, urls = served
    update = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(urls["query UI"] + "update", data=update, timeout=10)


def test_the_endpoint_is_a_store_for_other_commands(served):
    from kg.lookup import links
    from kg.store import open_store

    _, urls = served
    with open_store(urls["SPARQL"].removesuffix("/query")) as remote:
        assert {r["other"] for r in links(remote, "帮万家").relations} == {"区发改局", "区科技局"}


def test_ctrl_c_stops_the_server_and_removes_the_snapshot(served, filled_store):
    process, urls = served
    parent = Path(filled_store.location).resolve().parent
    assert list(parent.glob(".kg-serve-*"))
    process.send_signal(signal.SIGINT)
    assert process.wait(15) == 0
    assert "stopped" in process.stdout.read()
    with pytest.raises(OSError):
        sparql(urls["SPARQL"], COUNT)
    assert not list(parent.glob(".kg-serve-*"))


def test_sigterm_stops_it_too(served):
    process, urls = served
    process.terminate()
    assert process.wait(15) == 0
    with pytest.raises(OSError):
        sparql(urls["SPARQL"], COUNT)


def test_oxigraph_dies_with_a_killed_kg_serve(served):
    process, urls = served
    process.kill()
    process.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            sparql(urls["SPARQL"], COUNT)
        except OSError:
            return
        time.sleep(0.2)
    pytest.fail("the oxigraph server outlived kg serve")


def test_serving_a_given_page(filled_store, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><title>mine</title>", encoding="utf-8")
    with start(filled_store.location, port=free_port(), html_port=free_port(), html=page) as served:
        with urllib.request.urlopen(served.urls()["explorer"], timeout=10) as response:
            assert b"mine" in response.read()
    assert served.process.poll() is not None


def test_no_store_no_page_and_server_urls_are_refused(filled_store, tmp_path):
    with pytest.raises(StoreError, match="no store"):
        start(tmp_path / "missing")
    with pytest.raises(StoreError, match="already"):
        start("http://127.0.0.1:7878")
    with pytest.raises(UsageError, match="no such HTML file"):
        start(filled_store.location, html=tmp_path / "missing.html")


def test_a_busy_port_is_an_error(filled_store):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(StoreError, match="did not start"):
            start(filled_store.location, port=port, html_port=free_port())
        sparql_port = free_port()
        with pytest.raises(StoreError, match="cannot serve the explorer"):
            start(filled_store.location, port=sparql_port, html_port=port)
    with pytest.raises(OSError):   # the Oxigraph server started for it was stopped
        sparql(f"http://127.0.0.1:{sparql_port}/query", COUNT)
    assert not list(Path(filled_store.location).resolve().parent.glob(".kg-serve-*"))
