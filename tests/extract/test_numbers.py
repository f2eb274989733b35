"""Numerals, multipliers, units and base units (kg.extract.numbers)."""
import pytest

from kg.extract.numbers import (base_of, chinese_number, find_quantities, parse_number,
                                split_unit, unit_kind)


@pytest.mark.parametrize("text, value", [
    ("一百二十", 120), ("两", 2), ("半", 0.5), ("十三", 13), ("十", 10), ("二十五", 25),
    ("三千五百万", 35_000_000), ("一万零五百", 10_500), ("三点五", 3.5), ("一亿二千万", 120_000_000),
    ("1.2万", 12_000), ("3.52亿", 352_000_000), ("1,200", 1200), ("１２", 12), ("24.83", 24.83),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "十三五规划", "一带一路"])
def test_parse_number_refuses_words(text):
    assert parse_number(text) is None


def test_chinese_number_only_takes_numerals():
    assert chinese_number("两个") is None
    assert chinese_number("九") == 9


def one(text):
    """The single quantity in a phrase."""
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_multiplier_in_the_unit_keeps_the_written_value():
    q = one("共惠及百姓1.2万户")
    assert (q.value, q.unit, q.base_value, q.base_unit) == (1.2, "万户", 12000, "户")


@pytest.mark.parametrize("text, unit, base_value, base_unit", [
    ("实际利用外资3.52亿美元", "亿美元", 352_000_000, "USD"),
    ("社会消费品零售总额436.8亿元", "亿元", 43_680_000_000, "CNY"),
    ("国内生产总值达到67.7万亿元", "万亿元", 67_700_000_000_000, "CNY"),
    ("实际利用外资5000万美元", "万美元", 50_000_000, "USD"),
    ("城镇居民人均可支配收入35855元", "元", 35855, "CNY"),
    ("盘活闲置楼宇9.8万平方米", "万平方米", 98_000, "m2"),
    ("高铁营业里程达到3万公里", "万公里", 30_000, "公里"),
    ("牧业年度牲畜存栏14万头只", "万头只", 140_000, "头只"),
    ("粮食产量超过1.2万亿斤", "万亿斤", 1_200_000_000_000, "斤"),
])
def test_money_and_measures_in_base_units(text, unit, base_value, base_unit):
    q = one(text)
    assert (q.unit, q.base_value, q.base_unit) == (unit, base_value, base_unit)


def test_percent_and_percentage_points():
    assert one("同比增长12.3%").unit == "%"
    assert one("同比增长12％").unit == "%"  # full-width percent sign
    q = one("数字经济核心产业增加值占比提高1个百分点")
    assert (q.value, q.unit, unit_kind(q.unit)) == (1, "个百分点", "ratio")


def test_range():
    q = one("国内生产总值增长6.5%－7%")
    assert (q.value, q.value_max, q.unit, q.qualifier) == (6.5, 7, "%", "区间")


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("城镇新增就业1000万人以上", 1000, "万人", "以上"),
    ("居民消费价格涨幅3%左右", 3, "%", "左右"),
    ("城镇登记失业率4.5%以内", 4.5, "%", "以内"),
    ("为辖区企业提供服务6000余次", 6000, "次", "余"),
    ("提供招聘服务1万余次", 1, "万次", "余"),
    ("为2300多名老人安装", 2300, "名", "多"),
    ("新增4万多亿元", 4, "万亿元", "多"),
    ("减轻企业和个人负担5000多亿元", 5000, "亿元", "多"),
])
def test_approximations_keep_the_written_number(text, value, unit, qualifier):
    q = one(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


def test_thousand_that_begins_a_unit_is_not_a_multiplier():
    q = one("大唐5万千瓦风电")
    assert (q.value, q.unit, q.base_value, q.base_unit) == (5, "万千瓦", 50_000, "kW")


def test_product():
    q = one("东电2×35万千瓦热电联产")
    assert (q.value, q.unit, q.qualifier) == (70, "万千瓦", "2×35")


def test_chinese_numeral_quantity():
    q = one("三条主干道路建成通车")
    assert (q.value, q.unit, q.chinese) == (3, "条", True)


@pytest.mark.parametrize("text", ["细颗粒物（PM2.5）浓度", "国产C919大型客机", "新建5G基站", "第三次全国经济普查"])
def test_numbers_inside_names_are_not_quantities(text):
    assert all(q.unit == "" for q in find_quantities(text))


def test_registry_splits_prefix_and_unit():
    assert split_unit("万亿元") == ("万亿", "元")
    assert split_unit("千瓦") == ("", "千瓦")
    assert split_unit("万千瓦") == ("万", "千瓦")
    assert base_of(1.65, "万亿元") == (1_650_000_000_000, "CNY")
    assert unit_kind("万人次") == "people"
