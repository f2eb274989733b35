"""Chinese administrative divisions and country names, shipped as data (see data/README.md).

The tables in data/gazetteer/ are built once by data/gazetteer/build.py; this module
only reads them, lazily, and caches what it builds.

>>> [(m.name, m.kind) for m in find_places("江苏省苏州市与俄罗斯")]
[('江苏省', 'province'), ('苏州市', 'city'), ('俄罗斯', 'country')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
LEVELS = ("province", "city", "county", "township")

# Names built only from these morphemes read as common words (城区, 新城区, 市中, 中心镇,
# 城郊乡): directions and sizes, then town/suburb/mine words, then a direction or 关/心.
_GENERIC = (
    r"(?:[东西南北中上下前后内外大小新老旧]|开发|高新|经济|技术|工业|产业)*"
    r"[城郊矿市区]*[东西南北中上下前后内外关心]*"
)
_GENERIC_STEM = re.compile(_GENERIC)
_GENERIC_NAME = re.compile(_GENERIC + "(?:区|镇|乡|街道|街道办事处)")


@dataclass(frozen=True)
class Division:
    """One division, e.g. Division('320508', '姑苏区', '姑苏', 'county', '3205')."""

    code: str
    name: str
    short: str
    level: str
    parent: str


@dataclass(frozen=True)
class PlaceMatch:
    """A place name found in a text: text[start:end] == name; kind is a level or 'country'."""

    start: int
    end: int
    name: str
    kind: str


def is_generic(name: str, suffixed: bool = True) -> bool:
    """True for names made only of generic morphemes, which read as ordinary words.

    With suffixed=False, `name` is a short form without 区/镇/乡/街道 (市中, 新城).

    >>> is_generic("城区"), is_generic("中心镇"), is_generic("姑苏区"), is_generic("市中", False)
    (True, True, False, True)
    """
    pattern = _GENERIC_NAME if suffixed else _GENERIC_STEM
    return pattern.fullmatch(name) is not None


def _rows(filename: str) -> list[list[str]]:
    lines = (DATA / filename).read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t") for line in lines if line]


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Division]:
    if not (DATA / "divisions.tsv").exists():
        return {}
    return {row[0]: Division(*row) for row in _rows("divisions.tsv")}


@lru_cache(maxsize=1)
def divisions() -> dict[str, list[Division]]:
    """Every division under its full name and its short name (shared; do not mutate).

    >>> [d.code for d in divisions()["苏州"]]
    ['3205']
    """
    index: dict[str, list[Division]] = {}
    for division in _by_code().values():
        for key in {division.name, division.short} - {""}:
            index.setdefault(key, []).append(division)
    return index


def lookup(name: str) -> list[Division]:
    """The divisions called `name` (full or short), highest level first.

    >>> [d.level for d in lookup("吉林")]
    ['province', 'city']
    """
    return sorted(divisions().get(name, []), key=lambda d: (LEVELS.index(d.level), d.code))


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Every division name, full (苏州市) and short (苏州)."""
    return frozenset(divisions())


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Chinese country names to ISO 3166-1 alpha-2 codes, e.g. countries()['俄罗斯'] == 'RU'."""
    if not (DATA / "countries.tsv").exists():
        return {}
    return {name: code for code, name in _rows("countries.tsv")}


def country_names() -> frozenset[str]:
    """Every Chinese country name, e.g. '美国' in country_names()."""
    return frozenset(countries())


@lru_cache(maxsize=1)
def features() -> dict[str, str]:
    """China's major natural features and named regions to their kind (river, lake, sea,
    mountain, plateau, region), from data/gazetteer/features.tsv.

    >>> features()["黄河"], features()["渤海"]
    ('river', 'sea')
    """
    if not (DATA / "features.tsv").exists():
        return {}
    return dict(_rows("features.tsv"))


@lru_cache(maxsize=256)
def home_division(place: str) -> Division | None:
    """The division a place name of an issuer denotes, also when the name is written with
    its parents (江城市青溪区, 某省江城市青溪区): each part is looked up among the children
    of the part before it, so a district name that many cities share, or one made of
    generic morphemes (新城区), is read under its own city. None if a part is unknown.

    >>> home_division("苏州市姑苏区").code, home_division("江苏省苏州市").code
    ('320508', '3205')
    """
    whole = lookup(place)
    if whole:
        return whole[0]
    return _division_under(place, None)


def _division_under(place: str, parent: Division | None) -> Division | None:
    """The division ``place`` names below ``parent`` (anywhere when None): a known name
    that opens it, then the rest looked up among that division's children."""
    if parent is not None:
        found = [d for d in lookup(place) if _below(d, parent)]
        if len(found) == 1:
            return found[0]
    for cut in range(2, len(place) - 1):
        found = [d for d in lookup(place[:cut]) if parent is None or _below(d, parent)]
        deeper = _division_under(place[cut:], found[0]) if len(found) == 1 else None
        if deeper is not None:
            return deeper
    return None


def _below(division: Division, parent: Division) -> bool:
    """Whether ``division`` lies under ``parent`` (and is not it)."""
    return division.code.startswith(parent.code) and division.code != parent.code


_TOWNSHIP_SUFFIX = re.compile(r"(?:街道办事处|街道|办事处|镇|乡|苏木)$")


@lru_cache(maxsize=16)
def township_stems(code: str) -> dict[str, str]:
    """Townships under the division ``code`` by their name without 街道/镇/乡/苏木, the short
    form a report of that government uses (青松 for 青松镇); stems under two characters or
    made of generic morphemes are left out (shared; do not mutate).

    >>> township_stems("320508").get("双塔")
    '双塔街道'
    """
    townships = (d for d in _by_code().values() if d.level == "township" and d.code.startswith(code))
    return {stem: name for stem, name in _stems(townships, _TOWNSHIP_SUFFIX).items() if len(stem) >= 2}


COUNTY_SUFFIX = re.compile(r"(?:自治县|自治旗|县|市|区|旗)$")
_NOT_A_COUNTY_STEM = re.compile(r"开发|园|管理|新区|\d")


@lru_cache(maxsize=16)
def county_stems(code: str) -> dict[str, str]:
    """Counties under the prefecture ``code`` by their name without 县/市/区/旗, also when the
    gazetteer gives no short form because the stem reads as a word elsewhere (青河 for 青河县);
    the short form a prefecture's report writes before a firm or a project. Stems under two
    characters, over four, generic, or of a zone are left out (shared; do not mutate).

    >>> county_stems("3205").get("姑苏")
    '姑苏区'
    """
    counties = (d for d in _by_code().values() if d.level == "county" and d.parent == code)
    return {stem: name for stem, name in _stems(counties, COUNTY_SUFFIX).items()
            if 2 <= len(stem) <= 4 and not _NOT_A_COUNTY_STEM.search(stem)}


def _stems(divisions, suffix: re.Pattern) -> dict[str, str]:
    """Each division's name by its stem without ``suffix`` (the first division keeps a stem
    two share); names without the suffix and generic stems are left out."""
    stems = {}
    for division in divisions:
        stem = suffix.sub("", division.name)
        if stem != division.name and not is_generic(stem, False):
            stems.setdefault(stem, division.name)
    return stems


def reads_as_name(text: str, start: int, end: int) -> bool:
    """Whether a short name at text[start:end] stands apart from the words beside it (see
    _reads_as_name): 青河|中航 does, 新河|道 does not."""
    return _reads_as_name(text, start, end, False)


def lies_below(name: str, parent: str) -> bool:
    """Whether some division called ``name`` lies under some division called ``parent``.

    >>> lies_below("姑苏区", "苏州市"), lies_below("苏州市", "姑苏区")
    (True, False)
    """
    return any(_below(d, p) for p in lookup(parent) for d in lookup(name))


def parent_chain(code: str) -> list[Division]:
    """The ancestors of a division, top down (province, city, county); [] if unknown.

    >>> [d.name for d in parent_chain("320508")]
    ['江苏省', '苏州市']
    """
    by_code, chain = _by_code(), []
    division = by_code.get(code)
    while division is not None and division.parent:
        division = by_code.get(division.parent)
        if division is not None:
            chain.append(division)
    return chain[::-1]


_NAME_TAGS = frozenset({"ns", "nt"})  # jieba tags of places and organisations
_NAME_FREQ = 3  # jieba's usual weight of a rare word, for names it does not know
_NOT_SUFFIX = ("乡村", "乡镇")  # 乡 here means countryside: 发展乡村 holds no 发展乡


@lru_cache(maxsize=16)
def _matcher(levels: tuple[str, ...], with_countries: bool):
    """Names to (kind, is a full name), and for each 2-character prefix the name lengths, longest first."""
    kinds: dict[str, tuple[str, bool]] = {}
    rank = {level: i for i, level in enumerate(LEVELS)}
    for division in _by_code().values():
        if division.level not in levels:
            continue
        names = [] if is_generic(division.name) else [(division.name, True)]
        if division.short and division.level != "township":
            names.append((division.short, False))
        for name, full in names:
            known = kinds.get(name)
            if known is None or rank[division.level] < rank[known[0]]:
                kinds[name] = (division.level, full)
    if with_countries:
        for name in countries():
            kinds.setdefault(name, ("country", False))
    lengths: dict[str, set[int]] = {}
    for name in kinds:
        lengths.setdefault(name[:2], set()).add(len(name))
    return kinds, {prefix: sorted(ls, reverse=True) for prefix, ls in lengths.items()}


@lru_cache(maxsize=1)
def _segmenter():
    """A private jieba tokenizer that also knows every place name, and jieba's word tags."""
    import logging

    import jieba  # a project dependency; its dictionary ships with it

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for name in _matcher(LEVELS, True)[0]:
        if not tokenizer.FREQ.get(name):
            tokenizer.add_word(name, _NAME_FREQ)
    tags = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, _, tag = line.split()
            tags[word] = tag
    return tokenizer, tags


def _reads_as_name(text: str, start: int, end: int, full: bool) -> bool:
    """Whether jieba, segmenting around text[start:end], keeps it apart from the words beside it.

    Rejected: a word across its start (幸福|海 in 幸福海宁) or across its end (和政|府 in
    和政府), or a longer ordinary word that begins with it (长治久安, 大理石). After a full
    name a word may begin on its suffix (江城市|委, 青松镇|政府), except 乡村 and 乡镇; the 段 of a
    route's segment may be glued to its last character (某国道青|溪东段 keeps 青溪东).
    """
    tokenizer, tags = _segmenter()
    left = max(0, start - 6)
    position = left
    for token in tokenizer.cut(text[left : end + 6], HMM=False):
        token_start, position = position, position + len(token)
        if token_start < start < position:
            return False
        if token_start == start and position > end:
            return token in tags and tags[token] in _NAME_TAGS
        if start < token_start < end and position > end:
            return (full and token_start == end - 1 and token not in _NOT_SUFFIX) \
                or (position == end + 1 and text.startswith("段", end))  # 某线青|溪东段: a segment
        if position >= end:
            return True
    return True


def find_places(
    text: str, levels: tuple[str, ...] = LEVELS, countries: bool = True
) -> list[PlaceMatch]:
    """Place names in `text`: greedy longest match, left to right, never overlapping.

    Full names match at every level, short names (苏州) at province, city and county
    level only; names made of generic morphemes (城区, 中心镇) never match, nor do names
    that jieba's segmentation cuts through (和政 in 和政府, 中国 in 发展中国家); then a
    shorter name at the same place is tried.
    A name that several divisions share gets the highest level as its kind.

    >>> [(m.start, m.name) for m in find_places("在苏州、杭州等12个城市")]
    [(1, '苏州'), (4, '杭州')]
    """
    kinds, lengths = _matcher(tuple(levels), countries)
    found, i, end = [], 0, len(text) - 1
    while i < end:
        step = 1
        for length in lengths.get(text[i : i + 2], ()):
            name = text[i : i + length]
            kind, full = kinds.get(name, (None, False))
            if kind is not None and _reads_as_name(text, i, i + length, full):
                found.append(PlaceMatch(i, i + length, name, kind))
                step = length
                break
        i += step
    return found
