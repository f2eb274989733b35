"""Build or update the store from report files: read, skip unchanged, extract, replace.

A file whose bytes hash to what the store holds for its document id is skipped
before it is even decoded (no metadata, no extraction); a changed one replaces its
named graph; a new one is added. With ``jobs > 1`` the
extraction runs in worker processes (spawned, so they share nothing with the open
store); only this process writes to the store. A file that cannot be read or
extracted is recorded in the report and the others still go in.

>>> report = build(["data/reports"], open_store(), jobs=2)  # doctest: +SKIP
>>> report.added, report.failed  # doctest: +SKIP
(['dongying-2024', …], [])
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .errors import KGError
from .ingest import doc_id, read_document, supported
from .model import Document
from .store import Store

Progress = Callable[[int, int], None]


@dataclass
class BuildReport:
    """What a build did: doc ids added, replaced and skipped; (path, reason) that failed;
    seconds spent reading, extracting, storing and in total."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def extracted(self) -> list[str]:
        """Doc ids that went through extraction (added or replaced)."""
        return self.added + self.replaced


def build(paths: Iterable[str | os.PathLike], store: Store, *, jobs: int = 1,
          min_confidence: float = 0.0, progress: Progress | None = None) -> BuildReport:
    """Put the reports under ``paths`` (files or folders) into ``store``.

    Args:
        paths: report files, or folders searched recursively for supported files.
        store: an open store (``kg.store.open_store``).
        jobs: worker processes for extraction (1: extract in this process).
        min_confidence: passed to ``kg.extract.extract``.
        progress: called as ``progress(total, advance)``: once with advance 0, then
            with 1 per file done.

    Raises:
        StoreError: the store cannot be read or written (files done so far stay in).

    >>> build(["data/reports/shahekou-2015.txt"], store).added  # doctest: +SKIP
    ['shahekou-2015']
    """
    started = time.perf_counter()
    report = BuildReport()
    files = expand(paths, report)
    tick = _ticker(progress, len(files))
    documents = read_new(files, store, report, tick, min_confidence)
    report.timings["read"] = time.perf_counter() - started
    extract_and_store(documents, store, report, jobs, min_confidence, tick)
    for ids in (report.added, report.replaced, report.skipped):
        ids.sort()
    report.timings["total"] = time.perf_counter() - started
    return report


def remove(store: Store, doc_id: str) -> None:
    """Remove one document from the store (NotFoundError, with suggestions, if absent).

    >>> remove(store, "shahekou-2015")  # doctest: +SKIP
    """
    store.remove_document(doc_id)


def expand(paths: Iterable[str | os.PathLike], report: BuildReport) -> list[Path]:
    """Files to read: files as given, folders searched for supported files; a missing
    path is recorded as failed."""
    files: dict[Path, None] = {}
    for path in map(Path, paths):
        if path.is_dir():
            files.update(dict.fromkeys(p for p in sorted(path.rglob("*"))
                                       if p.is_file() and supported(p) and not p.name.startswith(".")))
        elif path.is_file():
            files[path] = None
        else:
            report.failed.append((str(path), "no such file or folder"))
    return list(files)


def _ticker(progress: Progress | None, total: int) -> Callable[[], None]:
    if progress is None:
        return lambda: None
    progress(total, 0)
    return lambda: progress(total, 1)


def read_new(files: list[Path], store: Store, report: BuildReport, tick: Callable[[], None],
             min_confidence: float = 0.0) -> list[tuple[Document, bool]]:
    """Read every changed file; return (document, already stored) for those whose hash is
    new, or whose stored graph came from another extractor (``extractor_key``: other code,
    data or settings)."""
    from .extract import extractor_key

    key = extractor_key(min_confidence=min_confidence)
    documents = store.documents()
    stored = {doc: info["sha256"] for doc, info in documents.items() if info.get("extractor") == key}
    seen: dict[str, Path] = {}
    todo = []
    for path in files:
        unchanged = _unchanged(path, stored)
        if unchanged and unchanged not in seen:
            seen[unchanged] = path
            report.skipped.append(unchanged)
        elif (document := _read(path, report)) is not None and _first(document, path, seen, report):
            if stored.get(document.id) == document.sha256:
                report.skipped.append(document.id)
            else:
                todo.append((document, document.id in documents))
                continue
        tick()
    return todo


def _unchanged(path: Path, stored: dict[str, str]) -> str | None:
    """The doc id of ``path`` when the store holds it built from these very bytes.

    >>> _unchanged(Path("data/reports/shahekou-2015.txt"), {"shahekou-2015": "9f…"})  # doctest: +SKIP
    """
    doc = doc_id(path)
    if doc not in stored or not supported(path):
        return None
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return doc if digest == stored[doc] else None


def _read(path: Path, report: BuildReport) -> Document | None:
    try:
        return read_document(path)
    except KGError as e:
        report.failed.append((str(path), str(e)))
    except Exception as e:  # a reader bug must not stop the other files
        report.failed.append((str(path), _reason(e)))
    return None


def _first(document: Document, path: Path, seen: dict[str, Path], report: BuildReport) -> bool:
    if document.id in seen:
        report.failed.append((str(path), f"document id {document.id!r} already read from "
                                         f"{seen[document.id]}"))
        return False
    seen[document.id] = path
    return True


def _reason(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0] if lines else ''}".rstrip(": ")


def extract_graph(document: Document, min_confidence: float = 0.0) -> bytes:
    """The document's named graph as N-Triples (runs in a worker when jobs > 1)."""
    from .extract import extract
    from .rdf import to_ntriples

    return to_ntriples(extract(document, min_confidence=min_confidence))


def extract_and_store(documents: list[tuple[Document, bool]], store: Store, report: BuildReport,
                      jobs: int, min_confidence: float, tick: Callable[[], None]) -> None:
    """Extract each document (in parallel if jobs > 1) and store it as it comes."""
    started, storing = time.perf_counter(), 0.0
    for (document, known), result in _extracted(documents, jobs, min_confidence):
        if isinstance(result, BaseException):
            report.failed.append((document.source, _reason(result)))
        else:
            begin = time.perf_counter()
            store.replace_ntriples(document.id, result)
            storing += time.perf_counter() - begin
            (report.replaced if known else report.added).append(document.id)
        tick()
    report.timings["extract"] = time.perf_counter() - started - storing
    report.timings["store"] = storing


def _extracted(documents, jobs: int, min_confidence: float):
    """(item, N-Triples or the exception) per document, in completion order."""
    if jobs <= 1 or len(documents) <= 1:
        for item in documents:
            yield item, _safely(item[0], min_confidence)
        return
    yield from _in_workers(documents, jobs, min_confidence)


def _safely(document: Document, min_confidence: float) -> bytes | BaseException:
    try:
        return extract_graph(document, min_confidence)
    except Exception as e:
        return e


def _in_workers(documents, jobs: int, min_confidence: float):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    pool = ProcessPoolExecutor(max_workers=min(jobs, len(documents)),
                               mp_context=multiprocessing.get_context("spawn"))
    try:
        futures = {pool.submit(extract_graph, doc, min_confidence): (doc, known)
                   for doc, known in documents}
        for future in as_completed(futures):
            yield futures[future], future.exception() or future.result()
    finally:
        pool.shutdown(cancel_futures=True)
