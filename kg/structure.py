"""Find the sections, sentences and glossary of a report.

Headings are recognised by their grammar: year parts (2014年政府工作回顾), numbered
parts (一、…), sub-parts (（一）…), the glossary (名词解释) and topic lead sentences
(产业结构持续优化。 at the start of a paragraph). Each section knows the year it
speaks of and whether it reports results (actual) or plans (target).

>>> from kg.model import Document
>>> s = structure_of(Document("d", "d.txt", "一、2014年工作回顾\\n产业优化。税收增长5%。", None, None, 2015, None, "", ""))
>>> [x.text for x in s.sentences], s.sections[0].year
(['一、2014年工作回顾', '产业优化。', '税收增长5%。'], 2014)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import Document, GlossaryEntry, Section, Sentence, Structure

SPACE = " \t\u3000\xa0\r"
NUMERAL = "一二三四五六七八九十"
SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』\"]?|\n")


@dataclass
class _Heading:
    level: int
    kind: str
    title: str
    start: int
    end: int  # where the heading's line ends


def structure_of(document: Document) -> Structure:
    """Sections, sentences and glossary of a document."""
    text = document.text
    headings = list(_headings(text))
    sections = _nest(headings, len(text), document.year)
    sentences = tuple(_sentences(text, sections))
    glossary = tuple(_glossary(text, sections))
    return Structure(tuple(sections), sentences, glossary)


# --- headings ---------------------------------------------------------------

HEADING_RULES: list[tuple[str, int, re.Pattern]] = [
    ("glossary", 0, re.compile(r"^(名\s*词\s*解\s*释)$")),
    ("yearpart", 0, re.compile(r"^(\d{4}年[^，。,；;]{0,14}(?:回顾|工作|安排|任务|目标))$")),
    ("part", 1, re.compile(rf"^([{NUMERAL}]+、[^。！？]{{2,40}}?)(?:[。！？]|$)")),
    ("subpart", 2, re.compile(rf"^([（(][{NUMERAL}]+[）)][^。！？]{{2,60}}?)(?:[。！？]|$)")),
]
TOPIC = re.compile(r"^(?:——)?([^，。,；;：:！？“”]{4,22})。")
TOPIC_NOT = re.compile(r"^(各位代表|同志们|现在|过去|今年|去年|\d)")


def _headings(text: str):
    for start, line in _lines(text):
        stripped = line.strip(SPACE)
        if not stripped:
            continue
        lead = start + len(line) - len(line.lstrip(SPACE))
        heading = _line_heading(stripped, lead)
        if heading:
            yield heading
            continue
        topic = TOPIC.match(stripped)
        if topic and not TOPIC_NOT.match(stripped):
            yield _Heading(3, "topic", topic.group(1), lead, start + len(line))


def _line_heading(line: str, start: int) -> _Heading | None:
    for kind, level, pattern in HEADING_RULES:
        found = pattern.match(line)
        if found:
            return _Heading(level, kind, re.sub(r"\s+", "", found.group(1)), start,
                            start + len(line))
    return None


def _lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


# --- nesting, years ---------------------------------------------------------

YEAR = re.compile(r"(\d{4})年")
REVIEW_WORDS = ("回顾", "过去", "总结", "成就")
PLAN_WORDS = ("安排", "重点", "任务", "目标", "打算", "举措", "今年")
FIVE_YEAR = re.compile(r"“?十([一二三四五六])五”?(?:时期|规划)")
LAST_YEAR_WORDS = ("过去一年", "过去的一年", "去年")


def _nest(headings: list[_Heading], length: int, delivered: int | None) -> list[Section]:
    sections: list[Section] = []
    stack: list[Section] = []
    for h in headings:
        while stack and stack[-1].level >= h.level:
            stack.pop()
        parent = stack[-1] if stack else None
        previous = next((s for s in reversed(sections) if s.level <= 1), None)
        year, tense, period = _timing(h, parent or _plan(previous), delivered)
        path = (parent.path if parent else ()) + (h.title,)
        section = Section(len(sections), h.title, _kind(h), h.level, h.start, length,
                          parent.id if parent else None, path, year, tense, period)
        sections.append(section)
        stack.append(section)
    return _close(sections, headings, length)


def _plan(section: Section | None) -> Section | None:
    """A plan part: undated parts after it (政府自身建设) speak of the same year."""
    return section if section and section.tense == "target" else None


def _kind(h: _Heading) -> str:
    if h.kind in ("yearpart", "part"):
        if any(w in h.title for w in REVIEW_WORDS):
            return "review"
        if any(w in h.title for w in PLAN_WORDS) and YEAR.search(h.title):
            return "plan"
        return "part"
    return h.kind


def _timing(h: _Heading, parent: Section | None, delivered: int | None):
    """(year, tense, period) a heading speaks of, inherited from the parent."""
    title = h.title
    five = FIVE_YEAR.search(title)
    if five:
        n = NUMERAL.index(five.group(1)) + 11
        end = 1955 + 5 * n  # 十五五 → 2026–2030
        tense = "target" if delivered and delivered <= end else "actual"
        return end, tense, f"{end - 4}-{end}"
    found = YEAR.search(title)
    if h.kind in ("yearpart", "part") and found:
        year = int(found.group(1))
        review = any(w in title for w in REVIEW_WORDS)
        tense = "actual" if review or (delivered and year < delivered) else "target"
        return year, tense, None
    if h.kind in ("yearpart", "part") and delivered:
        if any(w in title for w in LAST_YEAR_WORDS) or "回顾" in title:
            return delivered - 1, "actual", None
        if "今年" in title:
            return delivered, "target", None
    if parent:
        return parent.year, parent.tense, parent.period
    return None, None, None


def _close(sections: list[Section], headings: list[_Heading], length: int) -> list[Section]:
    """Each section ends where the next heading of the same or a higher level starts;
    a topic ends with its paragraph."""
    closed = []
    for i, (section, h) in enumerate(zip(sections, headings)):
        end = length
        for later in sections[i + 1:]:
            if later.level <= section.level:
                end = later.start
                break
        if section.kind == "topic":
            end = min(end, h.end)
        closed.append(replace(section, end=end))
    return closed


# --- sentences --------------------------------------------------------------

def _sentences(text: str, sections: list[Section]):
    starts = [s.start for s in sections]
    index = 0
    for start, end in _sentence_spans(text):
        yield Sentence(index, start, end, text[start:end], _innermost(sections, starts, start))
        index += 1


def _sentence_spans(text: str):
    begin = 0
    for match in SENTENCE_END.finditer(text):
        yield from _trimmed(text, begin, match.end())
        begin = match.end()
    yield from _trimmed(text, begin, len(text))


def _trimmed(text: str, start: int, end: int):
    while start < end and (text[start] in SPACE or text[start] == "\n"):
        start += 1
    while end > start and (text[end - 1] in SPACE or text[end - 1] == "\n"):
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        yield start, end


def _innermost(sections: list[Section], starts: list[int], offset: int) -> int | None:
    best = None
    for section in sections:
        if section.start > offset:
            break
        if offset < section.end and (best is None or section.level >= sections[best].level):
            best = section.id
    return best


# --- glossary ---------------------------------------------------------------

GLOSS = re.compile(r"^(?P<term>[^:：\n]{2,60}?)\s*[:：]\s*(?P<definition>.*(?:是指|指的是|即|是).*)$")


def _glossary(text: str, sections: list[Section]):
    for section in sections:
        if section.kind != "glossary":
            continue
        for start, line in _lines(text[section.start:section.end]):
            found = GLOSS.match(line.strip(SPACE))
            if found:
                term = found.group("term").strip(SPACE)
                lead = section.start + start + len(line) - len(line.lstrip(SPACE))
                yield GlossaryEntry(term, found.group("definition"), lead,
                                    lead + len(line.strip(SPACE)))
