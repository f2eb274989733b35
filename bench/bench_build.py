#!/usr/bin/env python3
"""Build throughput over a corpus of at least 5 MB: 1 and 2 jobs, against the word
segmenter alone on the same text; then the cost of re-running an unchanged build.

    python bench/bench_build.py [--megabytes 5]

The six sample reports are copied until the corpus holds the requested size; each
copy gets a line of its own so its content hash differs (otherwise the build would
skip it). Each build goes into a fresh embedded store in a temporary folder.
Figures and ratios, not assertions.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

REPORTS = sorted(Path(__file__).resolve().parent.parent.glob("data/reports/*.txt"))


def make_corpus(folder: Path, megabytes: float) -> tuple[list[Path], int]:
    """Copies of the sample reports adding up to ``megabytes`` of UTF-8 text."""
    files, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        for report in REPORTS:
            text = report.read_text(encoding="utf-8") + f"\n（副本 {n}）\n"
            path = folder / f"{report.stem}-copy{n:03d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(path)
            size += len(text.encode("utf-8"))
        n += 1
    return files, size


def build_seconds(files: list[Path], jobs: int, store_dir: Path) -> float:
    from kg.build import build
    from kg.store import open_store

    start = time.perf_counter()
    with open_store(store_dir) as store:
        report = build(files, store, jobs=jobs)
    assert not report.failed, report.failed
    return time.perf_counter() - start


def segment_seconds(files: list[Path]) -> float:
    import jieba

    jieba.initialize()
    start = time.perf_counter()
    for path in files:
        list(jieba.cut(path.read_text(encoding="utf-8")))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-bench-build-"))
    try:
        files, size = make_corpus(work, args.megabytes)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
        print(f"corpus: {len(files)} reports, {size / 1e6:.1f} MB, {chars:,} characters\n")
        baseline = segment_seconds(files)
        print(f"{'run':<28} {'seconds':>8} {'chars/s':>9} {'× segmenter':>12}")
        print(f"{'jieba segmentation alone':<28} {baseline:>8.1f} {chars / baseline:>9.0f} {1.0:>12.1f}")
        for jobs in (1, 2):
            seconds = build_seconds(files, jobs, work / f"store-{jobs}")
            print(f"{f'kg build --jobs {jobs}':<28} {seconds:>8.1f} {chars / seconds:>9.0f} "
                  f"{seconds / baseline:>12.1f}")
        again = build_seconds(files, 1, work / "store-1")
        print(f"{'same build again (no-op)':<28} {again:>8.1f} {'':>9} {again / baseline:>12.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
