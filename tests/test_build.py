"""kg.build: add, skip unchanged (no extraction), replace changed, record failures, workers."""
from __future__ import annotations

import pytest

import kg.build
from kg.build import BuildReport, build, remove
from kg.errors import NotFoundError


@pytest.fixture
def reports(tmp_path, sample_report):
    """A folder with two short reports (the start of a real one, under two names)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    text = sample_report.read_text(encoding="utf-8")[:3000]
    for name in ("alpha-2015.txt", "beta-2015.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def no_extraction(monkeypatch):
    def fail(document, min_confidence=0.0):
        raise AssertionError(f"{document.id} was extracted")

    monkeypatch.setattr(kg.build, "extract_graph", fail)


def test_build_adds_new_documents(store, reports):
    report = build([reports], store)
    assert report.added == ["alpha-2015", "beta-2015"]
    assert report.replaced == report.skipped == report.failed == []
    assert sorted(store.documents()) == ["alpha-2015", "beta-2015"]
    assert set(report.timings) >= {"read", "extract", "store", "total"}


def test_rebuild_extracts_nothing(store, reports, monkeypatch):
    build([reports], store)
    no_extraction(monkeypatch)
    report = build([reports], store)
    assert report.skipped == ["alpha-2015", "beta-2015"]
    assert report.extracted == [] and report.failed == []


def test_changed_file_is_replaced(store, reports):
    build([reports], store)
    before = store.documents()["alpha-2015"]["sha256"]
    with (reports / "alpha-2015.txt").open("a", encoding="utf-8") as out:
        out.write("\n全面推进“帮万家”工程。\n")
    report = build([reports], store)
    assert report.replaced == ["alpha-2015"] and report.skipped == ["beta-2015"]
    assert store.documents()["alpha-2015"]["sha256"] != before


def test_each_graph_records_its_extractor(store, reports):
    import kg.extract

    build([reports], store, min_confidence=0.5)
    key = kg.extract.extractor_key(min_confidence=0.5)
    assert {info["extractor"] for info in store.documents().values()} == {key}


def test_another_extractor_re_extracts_unchanged_files(store, reports, monkeypatch):
    """After an upgrade (other code or data) every stored report is extracted again."""
    import kg.extract

    build([reports], store)
    monkeypatch.setattr(kg.extract, "extractor_key", lambda *args, **kwargs: "upgraded")
    report = build([reports], store)
    assert report.replaced == ["alpha-2015", "beta-2015"] and report.skipped == []
    assert {info["extractor"] for info in store.documents().values()} == {"upgraded"}


def test_other_settings_re_extract(store, reports):
    build([reports], store, min_confidence=0.5)
    assert build([reports], store, min_confidence=0.5).skipped == ["alpha-2015", "beta-2015"]
    assert build([reports], store, min_confidence=0.8).replaced == ["alpha-2015", "beta-2015"]


def test_bad_files_are_recorded_and_good_ones_go_in(store, reports, tmp_path):
    (reports / "empty-2015.txt").write_text("   \n", encoding="utf-8")
    unsupported = tmp_path / "notes.csv"
    unsupported.write_text("a,b\n", encoding="utf-8")
    report = build([reports, unsupported, tmp_path / "missing.txt"], store)
    assert report.added == ["alpha-2015", "beta-2015"]
    failed = dict(report.failed)
    assert set(failed) == {str(reports / "empty-2015.txt"), str(unsupported), str(tmp_path / "missing.txt")}
    assert all(reason and "\n" not in reason for reason in failed.values())


def test_extraction_failure_is_recorded(store, reports, monkeypatch):
    extract_graph = kg.build.extract_graph

    def flaky(document, min_confidence=0.0):
        if document.id == "beta-2015":
            raise RuntimeError("boom\nsecond line")
        return extract_graph(document, min_confidence)

    monkeypatch.setattr(kg.build, "extract_graph", flaky)
    report = build([reports], store)
    assert report.added == ["alpha-2015"]
    assert report.failed == [(str(reports / "beta-2015.txt"), "RuntimeError: boom")]


def test_duplicate_document_id(store, reports, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "alpha-2015.txt").write_text("沙河口区2015年政府工作报告\n另一份。", encoding="utf-8")
    report = build([reports, other], store)
    assert report.added == ["alpha-2015", "beta-2015"]
    assert report.failed[0][0] == str(other / "alpha-2015.txt")
    assert "alpha-2015" in report.failed[0][1]


def test_progress_reports_every_file(store, reports):
    calls = []
    build([reports], store, progress=lambda total, advance: calls.append((total, advance)))
    assert calls == [(2, 0), (2, 1), (2, 1)]


def test_workers_give_the_same_graphs(store, reports, tmp_path):
    from kg.store import open_store

    report = build([reports], store, jobs=2)
    assert report.added == ["alpha-2015", "beta-2015"] and not report.failed
    with open_store(tmp_path / "serial") as serial:
        build([reports], serial, jobs=1)
        assert serial.triple_count() == store.triple_count()


def test_remove(store, reports):
    build([reports], store)
    remove(store, "alpha-2015")
    assert list(store.documents()) == ["beta-2015"]
    with pytest.raises(NotFoundError) as caught:
        remove(store, "alpha-2015")
    assert caught.value.suggestions == ["beta-2015"]


def test_report_defaults():
    assert BuildReport().extracted == []
