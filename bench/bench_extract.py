#!/usr/bin/env python3
"""Extraction speed per report, after start-up, against the word segmenter alone.

    python bench/bench_extract.py [REPORT...]

Prints, for each report: characters, seconds for jieba segmentation alone (the
baseline every Chinese pipeline pays), seconds for the whole extraction (spaCy
pipeline, rules, resolve, relate), and the ratio. Start-up (loading spaCy, jieba's
dictionary, the gazetteer) is measured once, separately. Figures, not assertions.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPORTS = sorted(Path(__file__).resolve().parent.parent.glob("data/reports/*.txt"))


def timed(func, repeat: int = 3) -> float:
    """The median wall time of ``func()`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(paths: list[Path]) -> None:
    import jieba

    from kg.extract import extract
    from kg.ingest import read_document

    start = time.perf_counter()
    jieba.initialize()
    extract(read_document(paths[0]))
    print(f"start-up (spaCy, jieba, gazetteer, first report): {time.perf_counter() - start:.2f} s\n")
    print(f"{'report':<22} {'chars':>7} {'jieba s':>8} {'extract s':>10} {'ratio':>6} {'chars/s':>8}")
    for path in paths:
        document = read_document(path)
        segment = timed(lambda: list(jieba.cut(document.text)))
        whole = timed(lambda: extract(document))
        print(f"{path.name:<22} {len(document.text):>7} {segment:>8.3f} {whole:>10.3f} "
              f"{whole / segment:>6.1f} {len(document.text) / whole:>8.0f}")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or REPORTS)
