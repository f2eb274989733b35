"""Honours: the titles an entity is awarded (被评为…, 获评…, 获得…称号, 入选…).

An honour is text, not an entity: the rules skip names inside it, and the
relate stage turns it into an ``awarded`` relation.

>>> [h.text for h in find_honours("兴业街道被评为全国经济普查先进单位。")]
['全国经济普查先进单位']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CUE = re.compile(r"(?:被[\u4e00-\u9fff]{0,4}?(?:评为|评选为|确定为|命名为|授予|列入|列为)|获评|荣获|"
                 r"评为|入选|获得|获|成为|授予)")
# What an honour ends with: a designation, a prize, a model, a title.
HONOUR_HEAD = re.compile(r"(?:单位|示范区|示范县|示范市|示范城市|示范点|示范基地|先进区|先进县|先进市|"
                         r"先进集体|先进单位|模范集体|模范城|名城|名镇|名村|示范镇|示范村|试点区|试点县|试点市|试点城市|试点单位|典型区|标杆|"
                         r"品牌|案例|奖|称号|楼|城市|社区|示范|先进|第一|冠军|金奖|荣誉|县城|[十百千]强(?:县|市|区|镇|县市|企业)?|强[县市镇])”?$")
# Cues that name an honour whatever it is called: a title fully in quotes after them is one.
STRONG_CUE = re.compile(r"(?:被[\u4e00-\u9fff]{0,4}?(?:评为|评选为|命名为|授予)|获评|荣获|评为)$")
CLAUSE_END = re.compile(r"[，。；,;！？\n]")
QUOTES = "“”‘’\"「」『』"
NOT_HONOUR = re.compile(r"^(?:了|的|过|得|到|感|益|批|准|利|取|胜|奖励|资金|补贴|支持|贷款|投资)")


@dataclass(frozen=True)
class Honour:
    """An honour and where it is: ``text`` without quotes or 称号; ``start``/``end``
    span the honour in the text, ``cue`` is where the cue verb starts."""

    cue: int
    start: int
    end: int
    text: str


def find_honours(text: str) -> list[Honour]:
    """Every honour in the text, split at 和/、 between quoted titles."""
    honours = []
    for cue in CUE.finditer(text):
        start = cue.end()
        if NOT_HONOUR.match(text[start:start + 2]):
            continue
        strong = STRONG_CUE.search(cue.group()) is not None
        clause_end = CLAUSE_END.search(text, start)
        end = clause_end.start() if clause_end else len(text)
        if strong and text[end - 1:end] == "”" and re.match(r"[，,]以及“", text[end:end + 4]):
            more = CLAUSE_END.search(text, end + 1)  # 荣获“甲”“乙”,以及“丙”等荣誉: one list
            end = more.start() if more else len(text)
        for part_start, part_end in _parts(text, start, end):
            honour = _honour(text, cue.start(), part_start, part_end, strong)
            if honour:
                honours.append(honour)
    return honours


def _parts(text: str, start: int, end: int):
    """One honour, or several joined by 和/、/及: split where the text before the joint
    already ends as an honour (“A”和“B”; 某某试点单位、某市唯一的某某典型区)."""
    for joint in re.finditer(r"(?<=”)[，,]以及(?=“)|[和、及]|(?<=”)(?=“)", text[start:end]):
        left_end = start + joint.start()
        if text[left_end - 1] == "”" or HONOUR_HEAD.search(text[start:left_end]):
            yield start, left_end
            yield from _parts(text, start + joint.end(), end)
            return
    yield start, end


def _honour(text: str, cue: int, start: int, end: int, strong: bool = False) -> Honour | None:
    """The honour in ``text[start:end]``: it ends as a title, is called one (…称号), or,
    after a strong cue (被评为, 荣获), stands wholly in quotes (荣获“某某十佳县”)."""
    raw = text[start:end]
    titled = re.search(r"称号$", raw) is not None
    raw = re.sub(r"(?:荣誉)?称号$", "", raw)
    raw = re.sub(r"(?<=”)等[^“”]*$", "", raw)  # “甲”“乙”等多项荣誉: the summary is no title
    titled = titled or (strong and re.fullmatch(r"“[^“”]+”", raw) is not None)
    if not raw or len(raw) > 40 or not (titled or HONOUR_HEAD.search(raw)):
        return None
    name = "".join(ch for ch in raw if ch not in QUOTES)
    if len(name) < 3:
        return None
    return Honour(cue, start, start + len(raw), name)
