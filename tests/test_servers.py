"""The CLI against the two SPARQL servers CI starts: the same answers as the embedded store.

shahekou-2015 (and national-2016, the sample report whose departments run programs)
is built with ``kg build`` into an embedded store and into each server
(KG_TEST_OXIGRAPH_URL, KG_TEST_VIRTUOSO_URL); then ``kg links``, ``kg show`` and named
queries through ``--store URL`` must print exactly what they print on the embedded
store (every named query orders its rows completely, so the order is the same too).
Without a server URL these tests are skipped, or fail under KG_REQUIRE_SERVERS=1.
"""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import SERVERS, server_url
from helpers import REPORTS
from kg.cli import app

pytestmark = pytest.mark.server
DOC_IDS = ["national-2016", "shahekou-2015"]
BUILT = [REPORTS / f"{doc_id}.txt" for doc_id in DOC_IDS]
LEFTOVERS = ("demo-", "remote-", *DOC_IDS)   # documents other tests (or a failed run) leave


def kg(*args) -> str:
    """The stdout of ``kg ARGS``, which must succeed."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def embedded(tmp_path_factory) -> str:
    """An embedded store holding the two reports, built through the CLI."""
    root = tmp_path_factory.mktemp("embedded")
    kg("build", *BUILT, "--store", root / "store", "--output", root / "out", "--no-html")
    return str(root / "store")


@pytest.fixture(scope="module", params=SERVERS)
def served(request, tmp_path_factory) -> str:
    """Each server's store URL, holding only the two reports, built through the CLI."""
    from kg.store import open_store

    url = server_url(*request.param)
    with open_store(url) as store:
        for doc_id in store.documents():
            if doc_id.startswith(LEFTOVERS):
                store.remove_document(doc_id)
    out = tmp_path_factory.mktemp("out")
    summary = kg("build", *BUILT, "--store", url, "--output", out, "--no-html")
    assert summary.startswith("added 2, "), summary
    with open_store(url) as store:
        assert list(store.documents()) == DOC_IDS, "the test server holds other documents"
    yield url
    with open_store(url) as store:
        for doc_id in DOC_IDS:
            store.remove_document(doc_id)


def test_links_are_the_same(embedded, served):
    here = kg("links", "帮万家", "--all", "--store", embedded)
    assert "relations" in here and "«" in here
    assert kg("links", "帮万家", "--all", "--store", served) == here


def test_links_as_json_are_the_same(embedded, served):
    here = kg("links", "帮万家", "--format", "json", "--store", embedded)
    assert kg("links", "帮万家", "--format", "json", "--store", served) == here


def test_show_is_the_same(embedded, served):
    here = kg("show", "暖房子工程", "--store", embedded)
    assert kg("show", "暖房子工程", "--store", served) == here


@pytest.mark.parametrize("name", ["programs-by-department", "projects-by-place", "measures",
                                  "targets"])
def test_named_query_csv_is_the_same(embedded, served, name):
    here = kg("query", name, "--format", "csv", "--store", embedded)
    assert len(here.splitlines()) > 1, f"{name} found nothing in {DOC_IDS}"
    assert kg("query", name, "--format", "csv", "--store", served) == here


def test_bound_named_query_is_the_same(embedded, served):
    args = ("query", "measures-of-entity", "--bind", "name=暖房子工程", "--format", "csv")
    here = kg(*args, "--store", embedded)
    assert kg(*args, "--store", served) == here
