"""Quoted names: “帮万家”, “暖房子”工程, 计划生育“暖心”关爱工程, 《…规划纲要》.

A quoted word is a Program unless it reads as a slogan, a concept, an idiom or
an honour. A head noun glued to the closing quote joins the name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .context import Context
from .lexicon import (AWARD_BEFORE, CONCEPT_AFTER, PROGRAM_STRONG_HEADS, PROGRAM_WEAK_HEADS,
                      PROJECT_STRICT_HEADS)
from .pipeline import Candidate

QUOTE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{1,40})[”\"」』]|《([^《》\n]{2,60})》")
NUMERAL = "一二两三四五六七八九十百千万双零"
MODIFIER = r"[\u4e00-\u9fff]{0,6}?"
STRONG_AFTER = re.compile(rf"^({MODIFIER}(?:{'|'.join(sorted(PROGRAM_STRONG_HEADS, key=len, reverse=True))}))")
WEAK_AFTER = re.compile(rf"^({MODIFIER}(?:{'|'.join(sorted(PROGRAM_WEAK_HEADS, key=len, reverse=True))}))")
PROJECT_AFTER = re.compile(rf"^({MODIFIER}(?:{'|'.join(sorted(PROJECT_STRICT_HEADS, key=len, reverse=True))}))")
SAYING_PART = re.compile(r"[，,、]")
QUOTE_CHARS = "“”\"「」『』《》"


def find(ctx: Context):
    """Candidates for every quoted name that is not a slogan or an honour."""
    text = ctx.text
    for match in QUOTE.finditer(text):
        inner = match.group(1) or match.group(2)
        book = match.group(2) is not None
        if _rejected(text, match, inner, book):
            continue
        for candidate in _candidates(ctx, match, inner, book):
            yield replace(candidate, group=match.start())


def _rejected(text: str, match: re.Match, inner: str, book: bool) -> bool:
    before, after = text[max(0, match.start() - 16):match.start()], text[match.end():match.end() + 6]
    if AWARD_BEFORE.search(before) or after.startswith(("称号", "荣誉")):
        return True
    if book:
        return False
    return (len(inner.strip()) < 2 or CONCEPT_AFTER.match(after) is not None
            or _saying(inner) or inner.isdigit())


def _saying(inner: str) -> bool:
    """Slogans and sayings: several clauses, or long clauses, with no number in them."""
    parts = [p for p in SAYING_PART.split(inner) if p]
    if len(parts) < 2:
        return False
    if any(len(p) > 6 for p in parts) or len(parts) > 4:
        return True
    return len(parts) >= 3 and not any(ch in NUMERAL for ch in inner)


def _candidates(ctx: Context, match: re.Match, inner: str, book: bool):
    text = ctx.text
    after = text[match.end():match.end() + 12]
    start, end = match.start(), match.end()
    prefix_start = _prefix(ctx, start)
    strong, weak, project = STRONG_AFTER.match(after), WEAK_AFTER.match(after), PROJECT_AFTER.match(after)
    if project:
        yield _glued(ctx, prefix_start, end + len(project.group(1)), "Project", "quoted+head")
    elif strong:
        yield _glued(ctx, prefix_start, end + len(strong.group(1)), "Program", "quoted+head")
    elif weak:
        name = _strip_quotes(text[prefix_start:end])
        yield Candidate(prefix_start, end + len(weak.group(1)), "Program", "quoted+weak",
                        0.8, name=name)
    if prefix_start < start and not (project or strong):
        yield _glued(ctx, prefix_start, end, "Program", "prefix+quoted")
    rule = "book-title" if book else "quoted"
    yield Candidate(start, end, "Program", rule, 0.7 if book else 0.75, name=inner.strip())


def _prefix(ctx: Context, quote_start: int) -> int:
    """A name prefix glued to the opening quote (计划生育“暖心”关爱工程)."""
    start = ctx.words.name_start(quote_start, limit=8)
    return start if start < quote_start and not ctx.text[quote_start - 1].isspace() else quote_start


def _glued(ctx: Context, start: int, end: int, type_: str, rule: str) -> Candidate:
    return Candidate(start, end, type_, rule, 0.85, name=_strip_quotes(ctx.text[start:end]))


def _strip_quotes(name: str) -> str:
    return "".join(ch for ch in name if ch not in QUOTE_CHARS).strip()
