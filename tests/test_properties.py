"""Property tests: any text goes through ingest → structure → extract without a crash,
every offset slices the text to the string it states, and read_document on any bytes
returns a Document or raises InputError.

Texts are drawn both as arbitrary Unicode and as shuffles of report vocabulary
(headings, quotes, heads, cue words, numbers), so the rules actually fire.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import offset_errors
from kg.errors import InputError
from kg.extract import extract
from kg.ingest import make_document, read_document
from kg.model import ENTITY_TYPES, PREDICATES, Document
from kg.structure import structure_of

FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

REPORT_WORDS = [
    "沙河口区", "大连", "大连市", "西安路", "重庆", "兴工街道", "区政府", "区人民政府", "区公安分局", "人大",
    "区人大", "政协", "中央", "党中央", "大连港集团", "诺德大厦", "证券信托大厦", "华北路市场", "星海会展中心一期",
    "“暖房子”工程", "“一键通”居家养老服务", "“三期叠加”", "“四风”问题", "《中国制造2025》", "八项规定",
    "城市管理年", "等21个在建项目", "、", "和", "的", "被评为", "全国和谐社区建设示范区", "签约入驻", "“三大战略”",
    "一、2014年工作回顾\n", "二、2015年工作安排\n", "（一）", "名词解释\n", "“四大数据库”:是指", "十三五",
    "过去一年", "投资2.06亿元", "增长4.5%", "1.2万户", "3.52亿美元", "。", "，", ",", "；", "：", "“", "”",
    "\n", "\r\n", "　　", "——", "产业结构持续优化。", "奋斗镇1万亩节水灌溉", "哈克镇",
]
# Unicode scalar values, i.e. text a file can hold: a lone surrogate ("\ud800") is a Python
# str but not text, and make_document cannot hash it (UnicodeEncodeError; see the report).
char = st.characters(codec="utf-8")
report_like = st.lists(st.one_of(st.sampled_from(REPORT_WORDS), char), max_size=80).map("".join)
any_text = st.one_of(st.text(char, max_size=300), report_like)


def document(text: str) -> Document:
    return make_document(Path("t.txt"), text)


@FAST
@given(any_text)
def test_structure_of_any_text(text):
    structure = structure_of(document(text))
    for sentence in structure.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text.strip()
    for section in structure.sections:
        assert 0 <= section.start <= section.end <= len(text)
        if section.parent is not None:
            parent = structure.sections[section.parent]
            assert parent.level < section.level
            assert parent.start <= section.start <= section.end <= parent.end
    for entry in structure.glossary:
        assert text[entry.start:entry.end].startswith(entry.term)


@FAST
@given(any_text)
def test_extract_any_text(text):
    extraction = extract(document(text))
    assert offset_errors(extraction) == []
    names = {n for e in extraction.entities for n in e.names}
    for entity in extraction.entities:
        assert entity.name and entity.type in ENTITY_TYPES
        for mention in entity.mentions:
            if mention.sentence is not None:
                sentence = extraction.structure.sentences[mention.sentence]
                assert sentence.start <= mention.start < sentence.end
    for relation in extraction.relations:
        assert relation.predicate in PREDICATES and relation.subject in names
        assert relation.predicate == "awarded" or relation.object in names
        assert relation.evidence == extraction.structure.sentences[relation.sentence].text
    for measure in extraction.measures:
        assert measure.kind in (None, "actual", "target")


@FAST
@given(any_text)
def test_rdf_and_json_of_any_text(text):
    from kg.jsonshape import to_json
    from kg.rdf import to_graph

    extraction = extract(document(text))
    assert len(to_json(extraction)["entities"]) == len(extraction.entities)
    assert len(to_graph(extraction)) > 0


# --- read_document on any bytes -----------------------------------------------------------------

SUFFIXES = [".txt", ".md", ".html", ".htm", ".docx", ".pdf", ""]
CHARSETS = ["utf-8", "UTF-8", "gbk", "gb2312", "gb18030", "big5", "utf-16", "iso-8859-1", "windows-1252",
            "shift_jis", "ascii", "no-such-charset"]
html_bytes = st.builds(lambda charset, body: b"<meta charset=\"" + charset.encode() + b"\"><p>" + body,
                       st.sampled_from(CHARSETS), st.binary(max_size=200))
any_bytes = st.one_of(st.binary(max_size=400), html_bytes,
                      any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      any_text.map(lambda t: t.encode("gb18030", "replace")))


def read_bytes(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report{suffix}"
        path.write_bytes(data)
        try:
            return read_document(path)
        except InputError as e:
            message = str(e)
            assert "\n" not in message and str(path) in message
            return None


@FAST
@given(any_bytes, st.sampled_from(SUFFIXES))
def test_read_document_on_any_bytes_gives_a_document_or_an_input_error(data, suffix):
    document = read_bytes(data, suffix)
    if document is not None:
        assert document.text.strip()
        assert suffix in (".txt", ".md", ".html", ".htm", ".docx")


printable = st.text(st.characters(categories=["L", "N", "P", "Zs"], exclude_characters="\ufeff"),
                    min_size=1, max_size=200)


@FAST
@given(st.lists(printable, min_size=1, max_size=5).map("\n".join))
def test_utf8_text_reads_back_unchanged(text):
    document = read_bytes(text.encode("utf-8"), ".txt")
    if text.strip():
        assert document is not None and document.text == text


docx_paragraph = st.text(st.characters(categories=["L", "N", "P"]), min_size=1, max_size=40)


@settings(max_examples=25, deadline=None)
@given(st.lists(docx_paragraph, min_size=1, max_size=5))
def test_docx_paragraphs_read_back_one_per_line(paragraphs):
    import docx

    word = docx.Document()
    for paragraph in paragraphs:
        word.add_paragraph(paragraph)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.docx"
        word.save(path)
        assert read_document(path).text == "\n".join(paragraphs)
