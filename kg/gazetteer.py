"""Chinese administrative divisions, shipped as data (see data/README.md)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Every division name, full (大连市) and short (大连)."""
    path = DATA / "divisions.tsv"
    if not path.exists():
        return frozenset()
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split("\t")
        names.update(f for f in fields[1:3] if f)
    return frozenset(names)
