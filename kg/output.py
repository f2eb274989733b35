"""Atomic writes: a temporary file in the target's folder, then a rename, so a
reader never sees a half-written file and a failure leaves the old one intact.

>>> write_text(Path("output/example.txt"), "hello")  # doctest: +SKIP
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; OutputError if it cannot be written."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror or e})") from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, _mode(path))
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({e.strerror or e})") from e
    return path


def _mode(path: Path) -> int:
    """The mode the file has, or the one a new file gets (0666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text atomically."""
    return write_bytes(path, text.encode("utf-8"))
