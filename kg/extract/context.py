"""What every rule sees: the text, its words, the document and its structure,
plus the shared name chunker ``head_spans``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Document, Structure
from .words import PUNCT, Words

PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz", "nt", "eng"})
CJK = re.compile(r"[\u4e00-\u9fff]")
COUNTED_INSIDE = re.compile(r"(?:[\d两一二三四五六七八九十]+[个条座所台家级])(?![一二三四五六七八九十])")
CLAUSE_CHARS = re.compile(r"[在的是]")
FACILITY_END = re.compile(r"[\u4e00-\u9fff]{2,}(?:小学|中学|医院|水库|公园|广场|大厦|体育场|体育馆|车站|机场|码头|大桥|"
                          r"故居|市场|批发市场|商厦|大楼|酒店|学校|幼儿园|场馆|纪念馆|博物馆)"
                          r"(?:周边|改造|修缮|扩建|改建|迁建|维修)?$")
PLACE_NAME_END = re.compile(r"[\u4e00-\u9fff]{2,}(?:路|街|大街|大道|镇|乡|村|河|湖|山|街道|社区)$")
# The byline under a report's title: an office title (省长, 代市长, 副县长, 主任, spaced 市 长) opening
# the line or after its government or division (人民政府市长, 江城省省长, 新区区长), then
# the official's name of 2-4 characters, on the same line or the next, closing the line
# (江城市人民政府市长 张小桥; 省长\n李大海; 区长 王 城).
BYLINE_GAP = r"[ \u3000\xa0?]"  # spaces, or the ? a lost character of the layout left
BYLINE_PERSON = re.compile(rf"(?:代理|代|副|(?<![^\s、省市县区州旗盟府]))(?:[省市县区州旗盟乡镇]{BYLINE_GAP}?长|主席|主任|书记)"
                           rf"{BYLINE_GAP}*\n?{BYLINE_GAP}*(?:[\u4e00-\u9fff]{{2,6}}·)?"
                           rf"(?:[\u4e00-\u9fff]{BYLINE_GAP}*){{1,3}}[\u4e00-\u9fff]$")
LINE_END = re.compile(rf"{BYLINE_GAP}*(?:\n|$)")


@dataclass
class Context:
    """The document as the rules see it."""

    document: Document
    structure: Structure
    words: Words
    cache: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def places(self):
        """Gazetteer matches (administrative divisions and countries) in the text."""
        from ..gazetteer import find_places

        return find_places(self.text)

    @cached_property
    def place_spans(self) -> frozenset[tuple[int, int]]:
        """(start, end) of each gazetteer place, for membership tests."""
        return frozenset((p.start, p.end) for p in self.places)

    @cached_property
    def honours(self):
        """Honour titles in the text (see honours.py)."""
        from .honours import find_honours

        return find_honours(self.text)

    @cached_property
    def title_spans(self) -> list[tuple[int, int]]:
        """Where designations and scoped titles stand (honours.title_spans), from the
        honours found once above."""
        from .honours import title_spans

        return title_spans(self.text, self.honours)

    def inside_honour(self, start: int, end: int) -> bool:
        """Whether a span lies inside an honour title: 全国和谐社区建设示范区 names no entity."""
        return any(h.start <= start and end <= h.end for h in self.honours)

    def has_place_or_name(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a place or a body found by an earlier rule
        (a physical project is somewhere or someone's: 柳湾小学改造工程)."""
        return any(start <= p.start and p.end <= end for p in self.places) or \
            any(start <= s and e <= end for s, e in self.cache.get("named", ())) or \
            bool(PLACE_NAME_END.search(self.text[start:end]) or FACILITY_END.search(self.text[start:end]))

    def has_proper(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a proper noun: an unknown or proper word,
        a gazetteer place, a Latin word, a place name or a name an earlier rule found."""
        i = self.words.index_at(start)
        while i < len(self.words.words) and self.words.starts[i] < end:
            if self.words.tags[i] in PROPER_TAGS:
                return True
            i += 1
        if PLACE_NAME_END.search(self.text[start:end]):
            return True  # 文华路|中学: the modifier is itself a place name
        if any(start <= s and e <= end for s, e in self.cache.get("named", ())):
            return True  # 区中心医院|远程医疗项目: a name found by an earlier rule
        return any(start <= p.start and p.end <= end for p in self.places)

    def heads(self, heads: tuple[str, ...]) -> re.Pattern:
        """A compiled pattern finding any of ``heads`` (cached per tuple)."""
        key = ("heads", heads)
        if key not in self.cache:
            alternatives = "|".join(map(re.escape, sorted(set(heads), key=len, reverse=True)))
            self.cache[key] = re.compile(f"(?=({alternatives}))")
        return self.cache[key]

    def head_spans(self, heads: tuple[str, ...], limit: int = 16, verbs: bool = False):
        """(start, head_start, end) of each noun chunk that ends in one of ``heads``.

        Every head occurrence is tried, overlapping ones too; the chunk begins
        where ``Words.name_start`` says and must end at a word boundary.
        """
        text = self.text
        for match in self.heads(heads).finditer(text):
            head = match.group(1)
            head_start, end = match.start(), match.start() + len(head)
            if not self._ends_word(end):
                continue
            start = self.words.name_start(head_start, limit=limit, verbs=verbs)
            modifier = text[start:head_start]
            if (CJK.search(modifier) or re.search(r"[A-Za-z0-9]", modifier)) and \
                    not COUNTED_INSIDE.search(modifier) and not CLAUSE_CHARS.search(modifier):
                yield start, head_start, end

    def _ends_word(self, end: int) -> bool:
        text = self.text
        return end >= len(text) or self.words.is_boundary(end) or bool(PUNCT.match(text[end]))


def byline_person(ctx: Context, c) -> bool:
    """Veto, for every type: a name that ends where an official's name in the byline ends
    (市长 张小桥 read as a bridge, 省长\n李大海 as a sea) is a person. Only in the opening
    lines, before the first full stop, and only when the name closes its line; a title inside
    a phrase (耕地保护省长责任制) is no byline."""
    text = ctx.text
    if text.find("。", 0, c.start) >= 0 or not LINE_END.match(text, c.end):  # no copy of the text per candidate
        return False
    return BYLINE_PERSON.search(text, max(0, c.end - 16), c.end) is not None

