"""kg.ingest: every supported format and encoding, offsets kept as in the file,
report metadata, and one-line InputErrors that name the file."""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from helpers import FIXTURES, REPORT_NAMES, REPORTS, report
from kg.errors import InputError
from kg.ingest import doc_id, make_document, read_document

# Lines from hailar-2013.txt (its first lines, and a sentence of the review).
HAILAR_LINES = ["政 府 工 作 报 告", "----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上",
                "海拉尔区人民政府区长　　杜联合", "　　各位代表：",
                "　　现在，我代表区政府向大会作工作报告，请予审议。", "　　一、过去一年工作回顾",
                "　　全年地区生产总值完成253.7亿元，同比增长10.1%。"]


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings and line endings ------------------------------------------------

def test_utf8_text_is_read_as_is(tmp_path):
    text = "\n".join(HAILAR_LINES) + "\n"
    document = read_document(write(tmp_path, "hailar-2013.txt", text.encode("utf-8")))
    assert document.text == text
    assert document.name == "hailar-2013.txt" and document.id == "hailar-2013"


def test_a_utf8_bom_is_dropped_but_hashed(tmp_path):
    raw = b"\xef\xbb\xbf" + "\n".join(HAILAR_LINES).encode("utf-8")
    document = read_document(write(tmp_path, "bom.txt", raw))
    assert document.text == "\n".join(HAILAR_LINES)
    assert not document.text.startswith("\ufeff")
    assert document.sha256 == hashlib.sha256(raw).hexdigest()  # the file's bytes, BOM included


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_text_is_detected(tmp_path, encoding):
    text = "\r\n".join(HAILAR_LINES)
    document = read_document(write(tmp_path, "gbk.txt", text.encode(encoding)))
    assert document.text == text
    assert (document.issuer, document.year) == ("海拉尔区人民政府", 2013)


def test_real_gb18030_file_reads_like_its_utf8_copy():
    gbk = read_document(FIXTURES / "hailar-2014.gbk.txt")
    utf8 = report("hailar-2014")
    assert gbk.text == utf8.text
    assert gbk.id == "hailar-2014"
    assert (gbk.issuer, gbk.level, gbk.year) == (utf8.issuer, utf8.level, utf8.year)
    assert gbk.sha256 != utf8.sha256  # different bytes, same text


def test_crlf_is_kept_so_offsets_are_offsets_into_the_file(tmp_path):
    text = "\r\n".join(HAILAR_LINES)
    document = read_document(write(tmp_path, "crlf.txt", text.encode("utf-8")))
    assert document.text.count("\r\n") == len(HAILAR_LINES) - 1
    start = document.text.index("全年地区生产总值")
    assert start == text.index("全年地区生产总值")
    assert document.text[start:start + 8] == "全年地区生产总值"


def test_bundled_crlf_reports_keep_their_line_endings():
    for name in ("hailar-2012", "hailar-2013", "hailar-2014"):
        assert "\r\n" in report(name).text
    assert "\r" not in report("shahekou-2015").text


def test_big5_text_is_detected(tmp_path):
    text = "各位代表：現在，我代表市政府向大會報告工作，請予審議。\n一、2023年工作回顧\n"
    assert read_document(write(tmp_path, "big5.txt", text.encode("big5"))).text == text


# --- HTML ----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>网页标题不是正文</title><style>p {{ color: red }}</style>
<script>var issuer = "区政府";</script></head>
<body><h1>沙河口区2015年政府工作报告</h1>
<p>各位代表:</p>
<p>现在,我代表区政府向大会报告工作,请予审议。</p>
<noscript>请启用脚本</noscript>
<p>全区实现地区生产总值394.9亿元&lt;初步统计&gt;。<br>同比增长4.5%。</p>
<script type="text/javascript">document.write("隐藏")</script></body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_html_gives_visible_text_one_block_per_line(tmp_path, charset):
    path = write(tmp_path, "shahekou.html", PAGE.format(charset=charset).encode(charset))
    document = read_document(path)
    assert document.text.split("\n") == [
        "沙河口区2015年政府工作报告", "各位代表:", "现在,我代表区政府向大会报告工作,请予审议。",
        "全区实现地区生产总值394.9亿元<初步统计>。", "同比增长4.5%。"]
    for hidden in ("网页标题", "color", "var issuer", "请启用脚本", "隐藏"):
        assert hidden not in document.text
    assert (document.issuer, document.year, document.title) == (
        "沙河口区人民政府", 2015, "沙河口区2015年政府工作报告")


def test_html_without_a_charset_is_detected(tmp_path):
    page = "<p>现在，我代表区政府向大会报告工作。</p>"
    assert read_document(write(tmp_path, "a.htm", page.encode("gb18030"))).text == \
        "现在，我代表区政府向大会报告工作。"


def test_html_with_an_odd_declared_charset_falls_back(tmp_path):
    path = write(tmp_path, "odd.html", b"<meta charset=undefined><p>abc</p>")
    assert read_document(path).text == "abc"


# --- Word ----------------------------------------------------------------------------

def test_docx_written_by_python_docx(tmp_path):
    import docx

    word = docx.Document()
    word.add_heading("沙河口区2015年政府工作报告", level=1)
    word.add_paragraph("现在,我代表区政府向大会报告工作,请予审议。")
    word.add_paragraph("2014年政府工作回顾")
    word.save(tmp_path / "shahekou.docx")
    document = read_document(tmp_path / "shahekou.docx")
    assert document.text == ("沙河口区2015年政府工作报告\n现在,我代表区政府向大会报告工作,请予审议。\n"
                             "2014年政府工作回顾")
    assert (document.issuer, document.level, document.year) == ("沙河口区人民政府", "district", 2015)


def test_real_docx_reads_like_its_text_copy():
    word = read_document(FIXTURES / "dongying-2024.docx")
    text = report("dongying-2024")
    assert word.text.rstrip("\n") == text.text.rstrip("\n")
    assert (word.id, word.issuer, word.level, word.year) == ("dongying-2024", "东营市人民政府", "city", 2024)
    assert word.sha256 == hashlib.sha256((FIXTURES / "dongying-2024.docx").read_bytes()).hexdigest()


# --- metadata ------------------------------------------------------------------------

# Read off the reports: the title line, the signature, 在…第…届人民代表大会, or 我代表国务院.
METADATA = {
    "dongying-2024": ("东营市人民政府", "city", 2024, "政府工作报告"),  # no title line
    "hailar-2012": ("海拉尔区人民政府", "district", 2012, "政府工作报告"),
    "hailar-2013": ("海拉尔区人民政府", "district", 2013, "政府工作报告"),
    "hailar-2014": ("海拉尔区人民政府", "district", 2014, "政府工作报告"),
    "national-2016": ("国务院", "national", 2016, "政府工作报告"),
    "shahekou-2015": ("沙河口区人民政府", "district", 2015, "沙河口区2015年政府工作报告"),
}


def test_every_bundled_report_has_expected_metadata():
    assert set(METADATA) == set(REPORT_NAMES)


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_report_metadata(name):
    document = report(name)
    assert (document.issuer, document.level, document.year, document.title) == METADATA[name]
    assert document.id == name and document.name == f"{name}.txt"
    assert document.source == str(REPORTS / f"{name}.txt")
    assert document.sha256 == hashlib.sha256((REPORTS / f"{name}.txt").read_bytes()).hexdigest()


def test_publisher_in_the_page_header_is_not_the_issuer():
    # shahekou-2015 starts with 发布机构: 大连市政府办公室; the report is the district's.
    assert "大连市政府办公室" in report("shahekou-2015").text[:300]
    assert report("shahekou-2015").issuer == "沙河口区人民政府"


def test_make_document_hashes_the_text_when_no_file_hash_is_given(tmp_path):
    text = "\n".join(HAILAR_LINES)
    document = make_document(tmp_path / "x.txt", text)
    assert document.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert make_document(tmp_path / "x.txt", text, "abc").sha256 == "abc"


@pytest.mark.parametrize("path, expected", [("formats/dongying-2024.docx", "dongying-2024"),
                                            ("hailar-2014.gbk.txt", "hailar-2014"),
                                            ("报告 2015.txt", "报告-2015"),
                                            (".txt", "report")])
def test_doc_id_is_the_first_part_of_the_file_name(path, expected):
    assert doc_id(Path(path)) == expected


# --- errors --------------------------------------------------------------------------

def assert_input_error(path, *words: str) -> str:
    """read_document raises an InputError whose message is one line naming the file."""
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message
    for word in words:
        assert word in message
    return message


def test_missing_file(tmp_path):
    assert_input_error(tmp_path / "nowhere.txt", "no such file")


def test_a_directory_is_not_a_report(tmp_path):
    assert_input_error(tmp_path, "no such file")


def test_empty_file(tmp_path):
    assert_input_error(write(tmp_path, "empty.txt", b""), "empty")


def test_whitespace_only_file(tmp_path):
    assert_input_error(write(tmp_path, "blank.txt", " \r\n\u3000\n".encode("utf-8")), "no text")


def test_binary_file(tmp_path):
    assert_input_error(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary")


@pytest.mark.parametrize("raw", [b"\xff\xfe\xfd" * 50, b"\x01\x02\x03\x04" * 50])
def test_undecodable_file(tmp_path, raw):
    assert_input_error(write(tmp_path, "garbled.txt", raw), "encoding")


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", "政府工作报告".encode("utf-8"))  # 18 bytes
    monkeypatch.setenv("KG_MAX_BYTES", "17")
    assert_input_error(path, "18", "17", "KG_MAX_BYTES")
    monkeypatch.setenv("KG_MAX_BYTES", "18")
    assert read_document(path).text == "政府工作报告"


def test_an_unreadable_size_limit_is_an_error_that_names_it(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_BYTES", "lots")
    with pytest.raises(InputError, match="KG_MAX_BYTES='lots'"):
        read_document(write(tmp_path, "a.txt", "政府工作报告".encode("utf-8")))


def test_corrupt_docx(tmp_path):
    assert_input_error(write(tmp_path, "broken.docx", b"PK\x03\x04 not really a zip"), ".docx")


def test_zip_that_is_not_a_docx(tmp_path):
    with zipfile.ZipFile(tmp_path / "other.docx", "w") as archive:
        archive.writestr("hello.txt", "政府工作报告")
    assert_input_error(tmp_path / "other.docx", ".docx")


def test_docx_without_text(tmp_path):
    import docx

    docx.Document().save(tmp_path / "blank.docx")
    assert_input_error(tmp_path / "blank.docx", "no text")


@pytest.mark.parametrize("name", ["report.pdf", "report"])
def test_unsupported_suffix(tmp_path, name):
    message = assert_input_error(write(tmp_path, name, "政府工作报告".encode("utf-8")), "unsupported")
    assert ".txt" in message and ".docx" in message and ".html" in message


@pytest.mark.parametrize("title, issuer", [
    ("青溪县2018年人民政府工作报告", "青溪县人民政府"),
    ("青溪区2017年度政府工作报告", "青溪区人民政府"),
    ("青溪县20XX年政府工作报告", "青溪县人民政府"),
    ("青溪县人民政府2018年政府工作报告", "青溪县人民政府"),
    ("2018年青溪县政府工作报告", "青溪县人民政府"),      # the year first: not 年青溪县
    ("2018年度青溪区政府工作报告", "青溪区人民政府"),
    # a long autonomous county's name is read whole, not from a character inside it
    ("青松满族蒙古族自治县2021年政府工作报告", "青松满族蒙古族自治县人民政府"),
    ("2021年青松土家族苗族瑶族自治县政府工作报告", "青松土家族苗族瑶族自治县人民政府"),
])
def test_a_title_with_the_year_before_its_government_gives_the_issuer(title, issuer):
    from kg.ingest import _issuer_name, issuer_of

    level, place = issuer_of(f"{title}\n各位代表:现在,我代表政府向大会报告工作。")
    assert _issuer_name(level, place) == issuer


def test_a_year_alone_before_the_report_gives_no_issuer():
    from kg.ingest import issuer_of

    assert issuer_of("2018年人民政府工作报告\n各位代表:现在,我代表政府向大会报告工作。")[1] is None
