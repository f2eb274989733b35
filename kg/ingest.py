"""Read report files (.txt in UTF-8 or GBK/GB18030, .html, .docx) into Documents.

The text is kept as decoded (a BOM dropped, line endings untouched), so offsets
into ``Document.text`` are offsets into the file's characters.

>>> doc = make_document(Path("qingxi-2015.txt"), "青溪区2015年政府工作报告\\n现在，我代表区政府向大会报告工作。")
>>> doc.issuer, doc.level, doc.year
('青溪区人民政府', 'district', 2015)
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

from .errors import InputError
from .model import Document

DEFAULT_MAX_BYTES = 20_000_000
READERS: dict[str, Callable[[Path, bytes], str]] = {}


def max_bytes() -> int:
    """The size limit for one report: ``KG_MAX_BYTES`` or 20 MB."""
    value = os.environ.get("KG_MAX_BYTES", str(DEFAULT_MAX_BYTES))
    try:
        return int(value)
    except ValueError:
        raise InputError(f"KG_MAX_BYTES={value!r}: give the limit as a number of bytes") from None


def reader(*suffixes: str):
    """Register a function ``(path, raw bytes) -> text`` for file suffixes."""

    def register(func):
        for suffix in suffixes:
            READERS[suffix] = func
        return func

    return register


def supported(path: Path) -> bool:
    """Whether a file has a suffix govkg reads."""
    return path.suffix.lower() in READERS


def read_document(path: str | Path) -> Document:
    """Read one report file into a Document with its metadata."""
    path = Path(path)
    raw = _read_bytes(path)
    read = READERS.get(path.suffix.lower())
    if read is None:
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
                         f"use one of {', '.join(sorted(READERS))}")
    text = read(path, raw)
    if not text.strip():
        raise InputError(f"{path}: no text in the file")
    return make_document(path, text, hashlib.sha256(raw).hexdigest())


def make_document(path: Path, text: str, sha256: str | None = None) -> Document:
    """A Document for text already decoded, with metadata read from the text."""
    try:
        sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    except UnicodeEncodeError as e:
        raise InputError(f"{path}: text holds characters no file can store ({e.reason})") from e
    level, place = issuer_of(text)
    return Document(id=doc_id(path), name=path.name, text=text,
                    issuer=_issuer_name(level, place), level=level,
                    year=year_of(text, path.name), title=title_of(text),
                    source=str(path), sha256=sha256)


def doc_id(path: Path) -> str:
    """A stable id from the file name: ``formats/dongying-2024.docx`` → ``dongying-2024``."""
    stem = path.name.split(".")[0] or "report"
    return re.sub(r"[^\w-]+", "-", stem).strip("-").lower() or "report"


def _read_bytes(path: Path) -> bytes:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if size > max_bytes():
        raise InputError(f"{path}: {size:,} bytes is over the limit of {max_bytes():,} "
                         "(set KG_MAX_BYTES to raise it)")
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from e


# --- decoding -------------------------------------------------------------

ENCODINGS = ("utf-8", "gb18030", "big5")


@reader(".txt", ".text", ".md")
def read_text(path: Path, raw: bytes) -> str:
    """Decode plain text: UTF-16 with a BOM, UTF-8 (with or without BOM), else
    GB18030, else Big5."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        if text and _looks_like_text(text):
            return text
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    _refuse_binary(path, raw)
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise InputError(f"{path}: cannot detect the text encoding (tried {', '.join(ENCODINGS)})")


def _refuse_binary(path: Path, raw: bytes) -> None:
    head = raw[:8192]
    if b"\x00" in head:
        raise InputError(f"{path}: binary file, not text")


def _looks_like_text(text: str) -> bool:
    """Mostly printable, with no private-use or control characters beyond whitespace."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\r\n\t\f")
              or 0xE000 <= ord(ch) <= 0xF8FF or ch == "\ufffd")
    return bad <= len(sample) * 0.001


# --- HTML -----------------------------------------------------------------

class _VisibleText(HTMLParser):
    HIDDEN = {"script", "style", "head", "noscript", "template", "svg"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
             "section", "article", "table", "ul", "ol", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


@reader(".html", ".htm")
def read_html(path: Path, raw: bytes) -> str:
    """The visible text of an HTML page, one block per line."""
    declared = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096])
    encoding = declared.group(1).decode("ascii", "replace") if declared else None
    _refuse_binary(path, raw)
    try:
        html = raw.decode(encoding) if encoding else read_text(path, raw)
    except (LookupError, UnicodeError, ValueError):
        html = read_text(path, raw)
    parser = _VisibleText()
    parser.feed(html)
    lines = (line.strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


# --- Word -----------------------------------------------------------------

@reader(".docx")
def read_docx(path: Path, raw: bytes) -> str:
    """The paragraphs of a Word file, one per line."""
    import io
    import zipfile

    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(f"{path}: not a readable .docx file ({e.__class__.__name__})") from e
    except Exception as e:  # python-docx raises assorted errors on corrupt parts
        raise InputError(f"{path}: corrupt .docx file ({e.__class__.__name__}: {e})") from e
    return "\n".join(p.text for p in document.paragraphs)


# --- metadata -------------------------------------------------------------

LEVEL_BY_CHAR = {"省": "province", "自治区": "province", "市": "city", "州": "city",
                 "盟": "city", "区": "district", "县": "county", "旗": "county"}
# 我代表区政府 (a local government) or 我代表 + the two-character name of the national
# cabinet ending in 院 (the State Council delivers the national report).
_DELEGATE = re.compile(r"我代表(?:(?P<cabinet>[\u4e00-\u9fff]{2}院)|(?P<level>省|自治区|市|州|盟|区|县|旗)?(?:人民)?政府)")
# Not from the 年/年度 of a year written first (2020年青溪县政府工作报告).
_DIVISION_END = r"(?:自治区|省|市|州|盟|区|县|旗)"
_NAME = rf"((?![年度])[\u4e00-\u9fff]{{1,8}}?{_DIVISION_END})"
# 青溪区2015年政府工作报告, 青溪县2018年人民政府工作报告, 青溪区2017年度政府工作报告.
# The title's name opens with a word: a long autonomous county's name (甲乙满族蒙古族自治县,
# nine characters before 县) is read whole, not from a character inside it; a year may
# open the title (2020年青溪县…).
_TITLE_NAME = rf"(?:(?<![\u4e00-\u9fff])|(?<=[年度]))((?![年度])[\u4e00-\u9fff]{{1,14}}?{_DIVISION_END})"
_TITLE_PLACE = re.compile(_TITLE_NAME + r"(?:人民政府)?(?:(?:\d{4}|20XX)年度?(?:人民)?)?政府工作报告")
_SIGNATURE = re.compile(_NAME + r"人民政府(?:代理)?(?:省|市|区|县|旗|州)?长")
_CONGRESS = re.compile(r"在" + _NAME + r"第[一二三四五六七八九十]+届人民代表大会")
GENERIC_PLACES = {"全市", "全区", "全县", "全省", "我市", "我区", "我县", "我省", "本市",
                  "本区", "城区", "市区", "辖区", "地区", "社区", "园区", "景区", "新区", "片区",
                  "全旗", "我旗", "全州", "各区", "各县", "各市", "示范区"}


def issuer_of(text: str) -> tuple[str | None, str | None]:
    """(level, place name) of the government that delivers the report."""
    head = text[:3000]
    delegate = _DELEGATE.search(head)
    if delegate and delegate.group("cabinet"):
        return "national", delegate.group("cabinet")
    for pattern in (_TITLE_PLACE, _SIGNATURE, _CONGRESS):
        found = pattern.search(head)
        if found and found.group(1) not in GENERIC_PLACES:
            return _level_of(found.group(1)), found.group(1)
    level_char = delegate.group("level") if delegate else None
    place = _most_frequent_place(text, level_char)
    if place is None:
        return (LEVEL_BY_CHAR.get(level_char) if level_char else None), None
    return _level_of(place), place


def _level_of(place: str) -> str | None:
    for suffix, level in sorted(LEVEL_BY_CHAR.items(), key=lambda kv: -len(kv[0])):
        if place.endswith(suffix):
            return level
    return None


# The gazetteer's level of a division a report's level names (districts are county-level).
KIND_BY_CHAR = {char: {"district": "county"}.get(level, level) for char, level in LEVEL_BY_CHAR.items()}


def _most_frequent_place(text: str, level_char: str | None) -> str | None:
    """The division of the delivering level the report names most (江城 → 江城市),
    for reports without a title."""
    from .gazetteer import find_places, lookup

    kind = KIND_BY_CHAR.get(level_char or "")
    counts = Counter(p.name for p in find_places(text) if kind is None or p.kind == kind)
    for name, count in counts.most_common():
        if count < 3:
            break  # a place named once or twice is not what the report is about
        found = [d for d in lookup(name) if kind is None or d.level == kind]
        if found:
            return found[0].name
    return None


def _issuer_name(level: str | None, place: str | None) -> str | None:
    if level == "national":
        return place
    return f"{place}人民政府" if place else None


_TITLE = re.compile(r"^[\s\u3000]*([^\n]{0,40}?政\s*府\s*工\s*作\s*报\s*告)[\s\u3000]*$", re.M)


def title_of(text: str) -> str | None:
    """The title line (e.g. 青溪区2015年政府工作报告), spaces inside removed."""
    found = _TITLE.search(text[:3000])
    return re.sub(r"[\s\u3000]+", "", found.group(1)) if found else "政府工作报告"


_DELIVERED = re.compile(r"(\d{4})年\d{1,2}月\d{1,2}日在")
_TITLE_YEAR = re.compile(r"(\d{4})年政府工作报告")
_PLAN_YEAR = re.compile(r"(\d{4})年(?:政府)?(?:重点工作|工作安排|工作任务|主要任务|工作目标)")
_REVIEW_YEAR = re.compile(r"(\d{4})年(?:政府)?工作回顾")
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def year_of(text: str, filename: str = "") -> int | None:
    """The year the report is delivered in."""
    head = text[:3000]
    for pattern in (_DELIVERED, _TITLE_YEAR):
        found = pattern.search(head)
        if found:
            return int(found.group(1))
    plan = _PLAN_YEAR.search(text)
    if plan:
        return int(plan.group(1))
    review = _REVIEW_YEAR.search(text)
    if review:
        return int(review.group(1)) + 1
    found = _FILE_YEAR.search(filename)
    return int(found.group(1)) if found else None
