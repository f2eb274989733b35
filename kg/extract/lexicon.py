"""The grammar of names: head nouns by entity type, level prefixes, cue words.

Everything here is general vocabulary of Chinese administrative writing (how
bodies, places, buildings and schemes are named), not names taken from reports.
Heads are tried longest first, so 交易中心 wins over 中心.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Government levels that prefix a body's name: 区政府, 市委, 县公安局, 国家发展改革委.
LEVELS = ("自治区", "自治州", "自治县", "街道", "全国", "国家", "中央", "省", "市", "区", "县", "旗",
          "州", "盟", "镇", "乡")
# Words that begin with a level character but are not a level prefix.
NOT_LEVEL = re.compile(r"^(?:市场|市民|市区|市级|市县|市域|市政(?!府)|区域|区间|区级|区位|区县|县域|县级|县区|"
                       r"省级|省内|省市|镇级|乡镇|乡村|乡级|州级|市内|区内|国家级|全国性|中央级)")

# Head nouns of public bodies (Department).
DEPARTMENT_HEADS = (
    "人民代表大会常务委员会", "人大常委会", "人民代表大会", "人民政府", "政府办公室", "常务委员会",
    "委员会", "办公室", "办公厅", "人大", "政协", "政府", "党委", "党组", "纪委", "监委", "常委会",
    "管委会", "工委", "公安分局", "分局", "支队", "大队", "中队", "派出所", "指挥部", "指挥中心",
    "服务中心", "管理中心", "监测中心", "救助站", "总会", "医院", "法院", "检察院", "委", "局",
    "厅", "办",
)
# Heads that make a Department only with a level prefix (区人才交流市场, 区红十字会).
LEVEL_ONLY_HEADS = ("中心", "市场", "协会", "促进会", "联合会", "基金会", "商会", "学会", "馆")
# Levels that LEVEL_ONLY_HEADS need: local governments (区人才交流市场), not 国家科学中心.
LOCAL_LEVELS = ("自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "旗", "州", "盟", "镇", "乡")

# Head nouns of organizations that are not government bodies.
ORGANIZATION_HEADS = (
    "股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "银行", "证券", "保险", "大学",
    "学院", "师大", "研究院", "研究所", "实验室", "交易中心", "交易所", "报社", "出版社", "电视台",
    "合作社", "促进会", "联合会", "协会", "商会", "基金会", "联盟", "论坛", "组织", "部队",
)

# Head nouns of capital projects, buildings and facilities (Project). Strict heads
# name a building whatever the modifier (商贸金融大厦); the others need a proper noun
# (甲乙公路, 甲乙城际轨道; 农村公路 is a kind, 城际|公交 runs on: no bare 城际 head).
PROJECT_STRICT_HEADS = (
    "大厦", "酒店", "饭店", "宾馆", "公寓", "商城", "商厦", "大楼", "写字楼", "购物中心",
    "会展中心", "金融中心", "国际中心", "财富中心", "书城", "商业体", "综合体", "大剧院",
    "剧院", "美术馆", "博物馆", "纪念馆", "纪念园", "文体馆", "体育馆", "图书馆", "科技馆",
    "产业园", "物流园", "物流园区", "创意产业园", "主题公园", "公园", "遗址公园", "故居", "古城",
    "养老院", "养护院", "客运总站", "客运站", "机场", "水厂", "电厂", "热电厂", "专用线", "快速路",
    "外环路", "内环路", "环路", "出口路", "购物广场", "商业广场", "大桥", "桥", "高铁", "城际铁路",
    "路西延", "路东延", "路南延", "路北延", "路改建", "路拓宽",
    "数据库", "信息系统", "生产线", "产业大厦",
)
PROJECT_HEADS = (
    "改造工程", "改造项目", "建设项目", "工程", "项目", "广场", "商业街", "二期", "三期", "一期", "四期", "扩建",
    "迁建", "技改", "小学", "中学", "幼儿园", "学校", "卫生服务中心", "中心", "市场", "农贸市场",
    "批发市场", "交易市场", "风电", "光伏", "煤矿", "露天矿", "热电联产", "水源地", "高速",
    "快速路", "高速公路", "公路", "铁路", "城际轨道", "客运专线", "客专", "大桥", "桥", "隧道", "地铁", "回迁区", "墓地", "园区", "基地", "景观区",
    "分校", "文体馆", "用房", "湿地项目", "医院", "分拣中心", "码头", "泊位", "航道",
)

# Kinds of public, municipal, storage, heritage and research facilities of the planning codes'
# lists (public service, municipal utility, transport, storage, cultural heritage, large
# research facilities), not drawn from any report: 甲乙粮食储备库, 丙丁会议旧址, 戊己大科学装置.
GENERAL_FACILITY_HEADS = (
    "储备库", "粮库", "冷库", "物流港", "旧址", "祠堂", "陵园", "纪念碑", "文化馆", "档案馆", "展览馆", "艺术馆",
    "文化宫", "音乐厅", "游泳馆", "卫生院", "保健院", "福利院", "敬老院", "疗养院", "消防站", "加油站", "加气站",
    "充电站", "焚烧厂", "填埋场", "停车场", "停车楼", "水闸", "船闸", "大坝", "廊道",
    "绿道", "步行街", "生态城", "小镇", "古镇", "度假村", "科学装置", "示范装置", "研究设施", "试验场", "观测站",
    "铁矿", "金矿", "铜矿", "磷矿", "数据中心", "综合管廊", "地下空间", "门诊部", "滑雪场",
)
# A firm's plant by its number (甲乙汽车|二厂, 丙钢|三厂): the number names one plant of the firm.
NUMBERED_PLANTS = tuple(f"{n}厂" for n in "一二三四五六七八九十")
# Facility heads the shared head list does not hold: schools by stage, pumping, heating and power
# stations, treatment plants, hospital branches and campuses, incubator parks, and the
# phase of a renovation (甲堤综合改造一期: the verb stops the chunker before the phase), inland ports,
# resorts and tourist zones developed as one site (甲乙湖旅游度假区, 丙丁国际生态旅游区) and railway
# stations (甲乙北客站, 丙丁镇高铁站: 高铁|站 is no line head), eco-parks (甲乙生态园, 中外合作的 中X生态园).
FACILITY_HEADS = ("高中", "初中", "完全中学", "泵站", "变电站", "污水处理厂", "垃圾处理厂", "净水厂", "热力站", "换热站",
                  "分院", "院区", "体育场", "体育中心", "创业园", "科技园", "科技城", "孵化园", "发电厂",
                  "门诊楼", "住院楼", "教学楼", "综合楼", "改造一期", "改造二期", "改造三期",
                  "电站", "水电站", "光伏电站", "抽水蓄能电站", "风电场", "湿地公园", "森林公园", "体育公园", "郊野公园",
                  "旅游度假区", "度假区", "旅游区", "高铁站", "火车站", "动车站", "客站", "交通枢纽", "综合枢纽", "水利枢纽", "航电枢纽", "航运枢纽", "陆港", "植物园", "动物园", "工业园", "工业园区", "生态园", "电子商务园", "商务园", "软件园", "创意园", "灌区",
                  *GENERAL_FACILITY_HEADS, *NUMBERED_PLANTS)
# Heads of things built in the open that are also places once built: a road, a line, a dam.
BUILT_HEADS = ("高速公路", "公路", "铁路", "高铁", "快线", "快速路", "大道", "水库", "大桥", "隧道",
               "机场", "码头", "干渠", "路")

# Head nouns of places (Place).
PLACE_HEADS = (
    "特别行政区", "自治区", "街道办事处", "办事处", "街道", "社区", "新村", "村", "镇", "乡",
    "苏木", "嘎查", "大街", "大道", "路", "街", "巷", "河", "江", "湖", "湾", "海", "山", "岛",
    "水库", "湿地", "商圈", "商务区", "商业区", "经济带", "观光带", "开发区", "高新区", "新区",
    "新镇区", "组团", "地区", "片区", "示范区", "试验区", "自贸区", "藏区", "港区",
)
# Heads that are never a place on their own or with a generic modifier.
GENERIC_PLACE_NAMES = frozenset(
    "全区 全市 全县 全省 全旗 辖区 城区 市区 郊区 山区 林区 牧区 矿区 园区 景区 社区 新区 老区 片区 "
    "街道 地区 本地 当地 基层 农村 城乡 城镇 乡镇 村镇 各地 外地 异地 内地 全国 国内 国外 境内 境外 "
    "海外 沿海 沿江 沿边 边境 周边 城中村 城北 城南 城东 城西 两岸 东部 西部 中部 南部 北部 东北 西北 西南 东南 道路 马路 "
    "公路 铁路 思路 出路 门路 网路 线路 高速公路 高速铁路 主干道路 一路 沿路 半山 江山 河山 开发区 示范区 试验区".split())

# Head nouns of named initiatives (Program). Strong heads make the quoted word plus
# head the canonical name (“暖居”工程 → 暖居工程); weak heads leave the quoted
# word canonical (“一码通”居家养老服务 → 一码通).
PROGRAM_STRONG_HEADS = (
    "行动计划", "专项行动", "专题教育", "工程", "计划", "行动", "政策", "制度", "模式", "机制", "普法",
    "规划", "战略", "纲要", "改革", "方案", "监管", "处突圈", "项目",
)
PROGRAM_WEAK_HEADS = (
    "招商工作站", "工作站", "服务平台", "平台", "品牌", "服务", "活动", "建设", "工作", "创业模式",
)
PROGRAM_HEADS = tuple(h for h in PROGRAM_STRONG_HEADS if h != "项目") + (
                                        "洽谈会", "博览会", "交易会", "冬奥会", "奥运会",
                                        "保卫战", "攻坚战", "攻坚行动", "革命", "主题教育",
                                        "马拉松", "运动会", "运会", "文化节", "旅游节", "观鸟季", "责任制",
                                        "平台", "品牌", "服务", "活动", "年", "基金", "协定",
                                        "自贸区", "试验区", "示范区", "普查", "普法", "运动会", "节")

# What comes after a quoted slogan or concept rather than an initiative.
CONCEPT_AFTER = re.compile(r"^(?:问题|经费|支出|思维|情结|影响|特征|特点|精神|思想|理念|要求|意识|陷阱|分裂|现象|"
                           r"重要思想|布局|目标|的|之|时期|期间|以来|称号|荣誉|奖)")
# Cue words before an honour: the quoted text after them is an award, not an entity.
AWARD_BEFORE = re.compile(r"(?:被评为|被评|获评|评为|荣获|获得|获|入选|列为|列入|确定为|命名为|授予|成为)"
                          r"[^，。；,;“”]{0,12}$")

# Named bodies from general lists (data/organizations/named_bodies.tsv, sources in
# data/README.md): people's organisations (人民团体) and their official short forms,
# the Party and the democratic parties, international and regional organisations.
BODIES_FILE = Path(__file__).resolve().parents[2] / "data" / "organizations" / "named_bodies.tsv"


@dataclass(frozen=True)
class NamedBody:
    """One body of a general list: its full name, official short forms and kind."""

    name: str
    short_forms: tuple[str, ...]
    kind: str  # named_bodies.tsv: mass | party | armed | international; departments.tsv: see there


@lru_cache(maxsize=1)
def named_bodies() -> tuple[NamedBody, ...]:
    """The bodies of the general list, in file order.

    >>> any(b.kind == "mass" and "科协" in b.short_forms for b in named_bodies())
    True
    """
    return _read_bodies(BODIES_FILE)


# Standard names of working bodies that follow a level prefix (市|自然资源和规划局, 县委|组织部),
# from the State Council's and the Party's naming of departments (data/README.md).
DEPARTMENTS_FILE = BODIES_FILE.with_name("departments.tsv")


@lru_cache(maxsize=1)
def department_names() -> tuple[NamedBody, ...]:
    """Standard department names with their short forms and kind.

    >>> next(b for b in department_names() if "住建局" in b.short_forms).name
    '住房和城乡建设局'
    """
    return _read_bodies(DEPARTMENTS_FILE)


def _read_bodies(path: Path) -> tuple[NamedBody, ...]:
    """Rows ``name<TAB>short,forms<TAB>kind`` of a list; ``#`` lines are comments."""
    bodies = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, shorts, kind = line.split("\t")
            bodies.append(NamedBody(name, tuple(s for s in shorts.split(",") if s), kind))
    return tuple(bodies)
