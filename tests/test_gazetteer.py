"""The gazetteer: shipped division and country tables, lookup and find_places."""
from kg.gazetteer import (
    DATA,
    LEVELS,
    country_names,
    countries,
    division_names,
    find_places,
    is_generic,
    lies_below,
    lookup,
    parent_chain,
)


def names(text, **kwargs):
    return [(m.name, m.kind) for m in find_places(text, **kwargs)]


def test_tables_are_consistent():
    lines = (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "code\tname\tshort\tlevel\tparent"
    rows = [line.split("\t") for line in lines[1:]]
    codes = {row[0] for row in rows}
    assert len(codes) == len(rows) > 40_000
    assert all(row[3] in LEVELS for row in rows)
    assert all(row[4] in codes for row in rows if row[3] != "province")
    assert not any(row[2] for row in rows if row[3] == "township")
    assert {"市辖区", "县", "省直辖县级行政区划"}.isdisjoint(row[1] for row in rows)


def test_city_full_and_short_name():
    for name in ("大连市", "大连"):
        (dalian,) = lookup(name)
        assert (dalian.name, dalian.short, dalian.level) == ("大连市", "大连", "city")
        assert [d.name for d in parent_chain(dalian.code)] == ["辽宁省"]
    assert {"大连市", "大连"} <= division_names()


def test_county_parent_chain():
    (shahekou,) = lookup("沙河口区")
    assert shahekou.level == "county" and shahekou.short == "沙河口"
    assert [d.name for d in parent_chain(shahekou.code)] == ["辽宁省", "大连市"]
    street = next(d for d in lookup("黑石礁街道") if d.parent == shahekou.code)
    assert street.level == "township"
    assert [d.name for d in parent_chain(street.code)] == ["辽宁省", "大连市", "沙河口区"]


def test_autonomous_regions_lose_suffix_and_ethnic_words():
    assert lookup("内蒙古")[0].name == "内蒙古自治区"
    assert lookup("新疆")[0].name == "新疆维吾尔自治区"
    assert lookup("延边")[0].name == "延边朝鲜族自治州"
    assert lookup("香港")[0].level == "province"
    assert [d.level for d in lookup("吉林")] == ["province", "city"]


def test_municipality_districts_hang_under_the_province():
    (chaoyang,) = [d for d in lookup("朝阳区") if d.code.startswith("11")]
    assert [d.name for d in parent_chain(chaoyang.code)] == ["北京市"]


def test_generic_names_have_no_short_and_never_match():
    assert is_generic("城区") and is_generic("新城区") and is_generic("中心镇")
    assert is_generic("市中", suffixed=False) and not is_generic("新乡", suffixed=False)
    assert all(not d.short for d in lookup("城区"))
    assert names("全区城区面貌明显改善，新区建设加快，市辖区") == []
    assert names("推进中心镇建设，加快老城区改造") == []


def test_common_words_are_not_county_short_forms():
    for word in ("和平", "新华", "长安", "城关", "东城", "青山", "新建", "合作"):
        assert all(d.level in ("province", "city") for d in lookup(word)), word


def test_find_places_offsets():
    text = "在重庆、哈尔滨等12个城市"
    found = find_places(text)
    assert [(m.name, m.kind) for m in found] == [("重庆", "province"), ("哈尔滨", "city")]
    assert all(text[m.start : m.end] == m.name for m in found)


def test_find_places_prefers_the_longest_name():
    assert names("内蒙古自治区呼伦贝尔市海拉尔区") == [
        ("内蒙古自治区", "province"),
        ("呼伦贝尔市", "city"),
        ("海拉尔区", "county"),
    ]
    assert names("海拉尔区哈克镇") == [("海拉尔区", "county"), ("哈克镇", "township")]


def test_find_places_skips_names_cut_out_of_words():
    assert names("人大代表建议和政协委员提案") == []
    assert names("同发展中国家友好合作，国家级示范县，长治久安") == []
    assert names("建设美丽宜居乡村，放宽城镇落户条件") == []
    assert names("大连市委、市政府") == [("大连市", "city")]


def test_countries():
    assert {"俄罗斯", "蒙古", "美国", "中国"} <= country_names()
    assert countries()["俄罗斯"] == "RU"
    assert names("与俄罗斯、蒙古国合作") == [("俄罗斯", "country"), ("蒙古", "country")]
    assert names("中非合作论坛") == []
    assert names("俄罗斯", countries=False) == []


def test_the_own_country_by_its_full_name():
    assert countries()["中华人民共和国"] == countries()["中国"] == "CN"
    assert names("庆祝中华人民共和国成立70周年") == [("中华人民共和国", "country")]


def test_levels_filter_and_townships_match_full_names_only():
    text = "辽宁省大连市沙河口区黑石礁街道"
    assert names(text, levels=("province", "county")) == [("辽宁省", "province"), ("沙河口区", "county")]
    assert ("黑石礁街道", "township") in names(text)
    assert names("兴工", levels=("township",)) == []


def test_home_division_reads_a_district_under_the_city_written_before_it():
    from kg.gazetteer import home_division

    assert home_division("苏州市姑苏区").code == "320508"
    assert home_division("济南市市中区").code.startswith("3701")   # a name several cities share
    assert home_division("枣庄市市中区").code.startswith("3704")
    assert home_division("江苏省苏州市").code == "3205"
    assert home_division("某某市某某区") is None


def test_county_stems_keep_a_county_without_a_short_form_under_its_prefecture():
    from kg.gazetteer import county_stems

    stems = county_stems("1301")
    assert stems.get("平山") == "平山县" and stems.get("赞皇") == "赞皇县"
    assert not any("开发" in s or len(s) < 2 for s in stems)   # zones and one-character stems (赵县) left out
    assert "苏州" not in county_stems("3205") and county_stems("") == {}


def test_lies_below_follows_the_division_codes():
    assert lies_below("姑苏区", "苏州市") and lies_below("苏州市", "江苏省")
    assert not lies_below("苏州市", "姑苏区") and not lies_below("姑苏区", "杭州市")
    assert not lies_below("苏州市", "苏州市")
