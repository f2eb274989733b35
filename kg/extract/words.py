"""Word-level view of a document: jieba tokens with dictionary part-of-speech tags,
and the chunker that finds where a name begins.

Names in reports are noun chunks ending in a head (大厦, 工程, 分局…). Their left
edge is found by walking back over name-like words and stopping at a verb, a
function word, punctuation or a number that is not part of the name.

>>> words = Words.from_text("加快五岔口核心商圈改造")
>>> text = "加快五岔口核心商圈改造"
>>> text[words.name_start(text.index("商圈")):text.index("改造")]
'五岔口核心商圈'
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

# Function words and the verbs and adverbs that open a clause in reports: a name
# never starts with or crosses one of these (general report vocabulary, not names).
STOP_WORDS = frozenset("""
的 地 得 了 着 过 和 与 及 以及 连同 或 并 并且 而 等 等等 在 于 对 向 从 由 把 被 将 为 以 按 按照 经 经过
是 有 没有 也 都 又 还 就 才 再 更 最 很 已 已经 正在 正 要 应 应当 必须 能 能够 可 可以 会 让 使 给
这 那 其 之 各 每 该 本 此 各类 各项 一批 一系列 多个 若干 全部 所有 一些 一个 一项 一座 一处
加快 加大 加强 推进 推动 推广 推行 实施 实现 完成 开展 开工 竣工 启动 建设 建成 新建 扩建 续建
投入 投资 引进 打造 建立 设立 成立 举办 承办 组织 落实 深化 完善 提升 提高 增强 强化 优化 规范
确保 力争 争取 做好 做强 做大 做优 做精 抓好 抓住 支持 鼓励 引导 扶持 培育 发展 促进 保障 加紧
全面 积极 继续 进一步 持续 大力 努力 着力 重点 主要 全力 切实 认真 不断 稳步 扎实 深入 初步
成为 作为 获得 获评 评为 入选 列入 纳入 通过 依托 围绕 结合 借助 利用 采取 实行 坚持 全年 今年
去年 明年 同时 其中 目前 当前 期间 以来 之后 以后 以上 以下 左右 顺利 正式 陆续 相继 先后 率先
签约 入驻 进驻 落户 落地 位于 坐落 坐落于 参与 运营 使用 带动 带领 监督 负责 牵头 编制 制定 出台 印发 发布 开通 开放
及其 及 其 即 指 是指 好 发挥 充分 充分发挥 广泛 广泛开展 开展 一是 二是 三是 四是 五是 六是 七是 八是
九是 十是 一要 二要 三要 个别 现在 近年 近年来 年底 年初 上半年 下半年 同期 历史 首次 首批 首家 唯一
所有 我们 我 我区 我市 我县 我省 我国 全区 全市 全县 全省 各级 有关 相关 国家级 省级 市级 区级
推出 推开 签署 试行 扩大 整合 严格 充实 统筹 运用 获取 参加 交由 提供 组建 探索 研究 启用 申报 谋划 储备
对接 做实 夯实 筹办 举行 召开 部署 安排 督促 指导 保持 增加 减少 降低 取消 下放 放宽 简化 清理 修订
修改 废止 颁布 公布 发放 兑现 完成好 办好 建好 管好 用好 抓紧 加速 加紧 力求 着手 继续推进 大力推进
积极推进 扎实推进 深入推进 全面推进 稳步推进 加快推进 健全 建立健全 以往 目前 驻区 驻 做到 年内 年底前
坚决 打赢 打好 严格执行 认真执行 贯彻落实 严格落实
一手 两手 一手抓 两手抓 以北 以南 以东 以西 以内 以外 打造成 建设成 建成 改造成 高水平 高标准 高质量 高起点 做强 做优 做精 做大
""".split())
# Units and classifiers: a name does not begin with an amount (550万元安康社区文体馆).
LEADING_CHARS = frozenset("好强指即在将把对要")
# Words the dictionary tags as nouns that act as verbs before a name (规划南屏医院).
VERBAL_NOUNS = frozenset("规划 建设 改造 管理 推进 实施 谋划 筹建".split())
NUMBER = re.compile(r"^(?:[\d.]+|[一二两三四五六七八九十百千万亿]+)$")
MONEY = re.compile(r"^(?:[\d.]*)(?:万|亿|千|百)?(?:元|美元)$")
# A magnitude before 级 (千亿|级, 百亿元|级, 万亩|级) ranks what follows by its size: a class
# of scale, not part of a name.
SCALE = re.compile(r"^[\d.]*[十百千万亿]+(?:元|亩|吨|人|平方米)?$")

# Stop words that scheme names still use inside them (数字赋能发展战略).
SCHEME_VERBS = frozenset({"发展"})
# Common nouns the dictionary tags as places or organizations.
NOT_PROPER = {"城市": "n", "农村": "n", "城乡": "n", "地方": "n", "国家": "n", "全国": "n", "基层": "n",
              "中央": "n", "公立医院": "n", "商务区": "n", "交易中心": "n"}
DIRECTION = re.compile(r"[东南西北中]{1,3}部")
NAME_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nz", "ng", "j", "eng", "b", "an",
                       "vn", "s", "f", "a", "x", "m", "q", "mq", "t", "tg", "zg", "g", "i", "l"})
# Tags of words that may hold a head inside them (a name the dictionary knows).
PROPER_WORD_TAGS = frozenset({"ns", "nz", "nt", "nr", "nrt", "nrfg", "j", "eng", "x"})
PUNCT = re.compile(r"[\s，。、；：？！,.;:?!（）()《》“”‘’\"'「」『』【】\[\]—…·•/\\]")
MAX_NAME = 20


@lru_cache(maxsize=4096)
def opens_with_stop(word: str) -> bool:
    """Whether a word begins with a stop word of two or more characters (继续加强, 大力发展).

    >>> opens_with_stop("继续加强"), opens_with_stop("城镇")
    (True, False)
    """
    return any(word.startswith(w) for w in STOP_WORDS if len(w) >= 2)


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    import jieba.posseg

    jieba.posseg.dt.tokenizer.check_initialized()
    return jieba.posseg.dt.word_tag_tab


# A preposition that jieba glues to the level prefix of the next name (由区, 在市, 向县).
GLUED_PREFIX = re.compile(r"[由在对向经为把将被从][区市县省州旗镇乡]")
# One-character prepositions that open a clause around a name (以, 把, 从 …).
PREPOSITIONS = "以把将对向从在由"
# A preposition that jieba's guesser glues to the next name into a word its dictionary
# does not know (以甲乙|公司为龙头); 以甲代乙 is a formula of its own (以电代煤).
GLUED_PREPOSITION = re.compile(rf"[{PREPOSITIONS}被](?![\u4e00-\u9fff]代)[\u4e00-\u9fff]{{2,4}}")


# jieba's weight of a word of everyday vocabulary (煤炭, 纺织, 食品), which names a sector or a
# thing, while a rare name (a firm's common-word short name, a township) weighs a few dozen.
EVERYDAY = 500


def everyday_word(word: str) -> bool:
    """Whether jieba weighs ``word`` as everyday vocabulary (煤炭, 健康), no rare name."""
    import jieba

    return jieba.dt.FREQ.get(word, 0) >= EVERYDAY


def tag_of(word: str) -> str:
    """The dictionary part of speech of a word; unknown words are proper nouns (nz)."""
    if word.isdigit() or re.fullmatch(r"[\d.]+", word):
        return "m"
    if re.fullmatch(r"[A-Za-z]+", word):
        return "eng"
    if word in NOT_PROPER:
        return NOT_PROPER[word]
    if DIRECTION.fullmatch(word):
        return "f"  # 东部, 中西部: directions, whatever the dictionary says
    return _tag_table().get(word, "nz" if len(word) > 1 else "x")


def _split_glued(word: str) -> list[str]:
    """A preposition glued to what follows is a word of its own: 由区 -> 由|区,
    以甲乙 (unknown to the dictionary) -> 以|甲乙; 以工代赈, a known word, stays."""
    if GLUED_PREFIX.fullmatch(word):
        return list(word)
    if GLUED_PREPOSITION.fullmatch(word) and word not in _tag_table():
        return [word[0], word[1:]]
    return [word]


@dataclass
class Words:
    """Tokens of a text with their character offsets and tags."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    tags: list[str]

    @classmethod
    def of(cls, starts: list[int], words: list[str]) -> "Words":
        """Tokens from their starts and texts, with a preposition glued to a level
        prefix split off (jieba's 由区|公安分局 becomes 由|区|公安分局)."""
        split_starts, split_words = [], []
        for start, word in zip(starts, words):
            parts = _split_glued(word)
            for k, part in enumerate(parts):
                split_starts.append(start + k)
                split_words.append(part)
        return cls(split_starts, [s + len(w) for s, w in zip(split_starts, split_words)], split_words,
                   [tag_of(w) for w in split_words])

    @classmethod
    def from_doc(cls, doc) -> "Words":
        return cls.of([t.idx for t in doc], [t.text for t in doc])

    @classmethod
    def from_text(cls, text: str) -> "Words":
        import jieba

        words, starts, offset = [], [], 0
        for word in jieba.cut(text):
            words.append(word)
            starts.append(offset)
            offset += len(word)
        return cls.of(starts, words)

    def retag(self, spans, tag: str) -> None:
        """Give ``tag`` to the words that exactly cover one of ``spans`` (start, end)."""
        index = {s: i for i, s in enumerate(self.starts)}
        for start, end in spans:
            i = index.get(start)
            while i is not None and i < len(self.words) and self.starts[i] < end:
                self.tags[i] = tag
                i += 1

    def index_at(self, offset: int) -> int:
        """Index of the token that contains ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def indices(self, start: int, end: int) -> range:
        """Indices of the tokens from the one holding ``start`` to the last that begins
        before ``end``."""
        first = self.index_at(start)
        return range(first, bisect.bisect_left(self.starts, end, lo=first))

    def is_boundary(self, offset: int) -> bool:
        """Whether a token starts (or ends) at ``offset``."""
        i = bisect.bisect_left(self.starts, offset)
        return (i < len(self.starts) and self.starts[i] == offset) or offset in (0, self.ends[-1])

    def name_start(self, head_start: int, limit: int = MAX_NAME, floor: int = 0,
                   verbs: bool = False) -> int:
        """Where the name whose head begins at ``head_start`` begins.

        Walks back over name-like tokens; stops at stop words, punctuation,
        ``floor`` or ``limit`` characters. With ``verbs``, verbs belong to the
        name too (数字赋能发展战略, 放管服): scheme names are often verb phrases.
        """
        i = self.index_at(head_start)
        if self.starts[i] < head_start:  # the head starts inside a word: 云栖路, not 对路
            if self._holds_head(i, head_start):
                head_start = self.starts[i]
            else:
                return head_start
        start = head_start
        j = self.index_at(head_start) - 1 if head_start > 0 else -1
        seen_proper = self.tags[self.index_at(head_start)] in PROPER_WORD_TAGS and not verbs
        joined = None
        while j >= 0 and self.starts[j] >= floor and head_start - self.starts[j] <= limit:
            if seen_proper and not verbs and (self.tags[j] in ("v", "vn") or self.words[j] in VERBAL_NOUNS):
                break  # 规划|南屏医院: a verb before a proper noun is not part of its name
            if verbs and self._governs_place(j):
                break  # 支援|大甲地保卫战: a verb whose object opens with a place
            if verbs and self.words[j] in ("和", "与") and j > 0 and self._name_like(j - 1):
                joined = joined or start  # 省与市县财政事权划分改革
                start = self.starts[j]
                j -= 1
                continue
            if not (self._name_like(j) or self._inner_verb(j, start)
                    or (verbs and self._verb_like(j))):
                break
            seen_proper = seen_proper or self.tags[j] in PROPER_WORD_TAGS
            start = self.starts[j]
            j -= 1
        if joined is not None and not (j >= 0 and self.tags[j].startswith("v")):
            start = joined  # 和 joins one name only as the object of a verb (推进 A 与 B 改革)
        return self._skip_leading(start, head_start)

    def _governs_place(self, j: int) -> bool:
        """A two-character verb right before a place (or 大 + a place) takes it as its
        object: the scheme's name opens at the place."""
        after = j + 1 + (j + 1 < len(self.words) and self.words[j + 1] == "大")
        return (self.tags[j] == "v" and len(self.words[j]) == 2 and after < len(self.words)
                and self.tags[after] == "ns")

    def _inner_verb(self, j: int, right: int) -> bool:
        """A two-character verb between common nouns belongs to the name:
        行政|审批|制度改革, but not 人民币|加入|国际能源署组织."""
        if self.tags[j] != "v" or len(self.words[j]) < 2 or self.words[j] in STOP_WORDS or j == 0:
            return False
        left, after = j - 1, j + 1
        return (self._name_like(left) and self.tags[left].startswith(("n", "j"))
                and self.starts[j] + len(self.words[j]) == right and after < len(self.words)
                and self.tags[after] in ("n", "vn"))

    def _verb_like(self, j: int) -> bool:
        word = self.words[j]
        if word in SCHEME_VERBS:
            return True
        return (self.tags[j].startswith("v") or self.tags[j] in ("d", "ad")) and \
            word not in STOP_WORDS and not PUNCT.fullmatch(word[:1] or " ")

    def _holds_head(self, i: int, head_start: int) -> bool:
        """A word may contain the head if it is a proper word (云栖路) or a longer
        dictionary noun that ends there (锦绣广场), not a common word (对路, 道路)."""
        word = self.words[i]
        if word in STOP_WORDS:
            return False
        if self.tags[i] in PROPER_WORD_TAGS:
            return True
        return self.tags[i].startswith("n") and head_start - self.starts[i] >= 2

    def _skip_leading(self, start: int, head_start: int) -> int:
        """Drop a leading sum of money, a scale class (千亿级|甲湾产业园) and one-character
        verbs (550万元|安康社区文体馆), but keep capacities, which name projects
        (8万千瓦光伏). An unknown word that
        opens with such a character is cut after it (好东|尖山 → 西峰山)."""
        i = self.index_at(start)
        word = self.words[i] if i < len(self.words) else ""
        if len(word) == 2 and word[0] in LEADING_CHARS and word not in _tag_table() \
                and self.starts[i] + 1 < head_start:
            return self.starts[i] + 1
        while i < len(self.words) and self.starts[i] < head_start:
            word, tag = self.words[i], self.tags[i]
            following = self.words[i + 1] if i + 1 < len(self.words) else ""
            if (NUMBER.match(word) and MONEY.match(following)) or (following == "级" and SCALE.match(word)):
                i += 2
            elif MONEY.match(word) or (len(word) == 1 and (tag in ("v", "d", "p", "c", "u", "q")
                                                            or word in LEADING_CHARS)):
                i += 1
            else:
                break
        return self.starts[i] if i < len(self.words) and self.starts[i] <= head_start else head_start

    def _name_like(self, i: int) -> bool:
        word = self.words[i]
        if word in STOP_WORDS or PUNCT.fullmatch(word[:1] or " "):
            return False
        if opens_with_stop(word) and self.tags[i] not in ("n", "ns", "nr", "nt"):
            return False  # a word that opens with a verb or adverb: 继续加强, 大力发展
        return self.tags[i] in NAME_TAGS or self.tags[i].startswith("n")
