"""Words of an organisation's name, so that a long title breaks only between them.

A branch is named after its organisation: a place (广州市天河区), a field of work
(社会工作, 电子信息), the kind of body (联合会, 促进会, 有限公司) and the party organisation
(党支部委员会). A general word segmenter (jieba and the like) would bring a 20 MB dictionary
for a text of 20–40 characters, and it splits exactly the terms this needs whole
(社会组织 → 社会/组织). Instead: the vocabulary of organisation names below, place names
recognised by their suffix (市, 区, 县, 街道 …), and every other run of characters kept
together as one word. Breaking nowhere inside an unknown run is the safe failure: the
title loses balance, never a word.
"""

from __future__ import annotations

import re
from functools import cache

# Cost of a piece in the segmentation: a known word is cheapest, a place name found by its
# suffix a little dearer, a character no word covers dearest (so words cover all they can).
_WORD, _PLACE, _UNKNOWN = 1, 3, 10

ORG_WORDS = frozenset(
    """
    中国共产党 中共 党委 党工委 党总支 党支部 支部 总支部 党小组 联合党支部 联合支部
    委员会 支部委员会 党支部委员会 总支部委员会 党总支部委员会 联合支部委员会 功能型党支部
    临时党支部 机关 党组 工作委员会 专业委员会 分会 总会 秘书处 办公室 理事会 监事会
    联合会 协会 学会 研究会 促进会 商会 总商会 基金会 慈善总会 同乡会 校友会 联谊会 互助会
    合作社 专业合作社 俱乐部 研究院 研究所 研究中心 服务中心 发展中心 指导中心 服务站 服务社
    事务所 律师事务所 会计师事务所 有限公司 有限责任公司 股份有限公司 集团 公司 分公司
    中心 学校 培训学校 职业技能 幼儿园 医院 诊所 养老院 敬老院 志愿者 志愿服务 服务队
    社会组织 社会工作 社工 社区 街道 慈善 公益 发展 服务 科技 科学技术 技术 创新 文化
    教育 体育 卫生 健康 养老 产业 行业 企业 企业家 民营 私营 个体 劳动者 个体劳动者 青年
    妇女 儿童 老年人 残疾人 福利 信息 电子 电子信息 软件 信息技术 互联网 人工智能 新材料
    工程 建筑 物流 餐饮 旅游 电子商务 环境 环保 生态 农业 专业 联合 民办 非企业 单位
    民办非企业单位 新兴 领域 两新 组织 园区 产业园 楼宇 商圈 市场 物业 管理 物业管理
    律师 会计师 注册会计师 税务师 评估 咨询 家庭 婚姻 法律 援助 调解 心理 交流 对外
    国际 友好 经济 贸易 进出口 投资 金融 保险 证券 银行 小额贷款 担保 商贸 贸易促进
    大学 学院 后勤 服务队 志愿服务队 管理局 监督管理局 监督 局 机关党委 工会 共青团 团委
    新经济 联合总会 慈善联合总会 综合党委 行业党委 社区社会组织
    文学艺术 艺术 美术 音乐 书法 摄影 作家 新闻 出版 广播 电视 传媒 广告 设计 动漫
    """.split()  # noqa: SIM905 (a word list reads best as text)
)

# Place names end in one of these; the run before the suffix is the place's own name.
PLACE_SUFFIXES = tuple(
    sorted(
        (
            *("特别行政区", "自治区", "自治州", "自治县", "新区", "街道", "开发区", "高新区"),
            *("工业园区", "科技园区", "科技园", "产业园区", "保税区", "创新区", "园区"),
            *("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡"),
        ),
        key=len,
        reverse=True,  # the longest suffix first: 工业园区 before 园区 before 区
    )
)
_INNER_SUFFIXES = frozenset("省市县区镇乡旗盟")
# "第一", "第十二": an ordinal belongs to the word after it (第一支部), never ends a line.
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇0-9]+")
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.\-]*")
_LONGEST_WORD = max(len(w) for w in ORG_WORDS)


def segment(name: str) -> list[str]:
    """*name* as words; joined again they give *name*. Unknown runs stay one word."""
    name = name.strip()
    if not name:
        return []
    runs: list[tuple[str, int]] = []  # unknown characters merged into runs
    for text, cost in _cover(name):
        if runs and cost == _UNKNOWN and runs[-1][1] == _UNKNOWN:
            runs[-1] = (runs[-1][0] + text, cost)
        else:
            runs.append((text, cost))
    words: list[str] = []
    glue_next = after_place = False
    for text, cost in runs:
        # A lone unknown character joins the word before it (服务 + 站), or after a place
        # the word after it (高新区 | 新 + 经济): no line starts or ends with it. A longer
        # unknown run is a proper name and keeps the word naming its kind (华南理工 + 大学,
        # 华强北 + 商圈). An ordinal joins the word after it (第一 + 支部).
        unknown = cost == _UNKNOWN
        joins_before = words and (glue_next or (unknown and len(text) == 1 and not after_place))
        if joins_before:
            words[-1] += text
        else:
            words.append(text)
        glue_next = bool(_ORDINAL.fullmatch(text)) or (unknown and not joins_before)
        after_place = cost == _PLACE
    return words


@cache
def _cover(name: str) -> tuple[tuple[str, int], ...]:
    """The cover of *name* by words, places and single characters of the least cost
    (dynamic programming); each piece is (text, its cost: _WORD, _PLACE or _UNKNOWN)."""
    best: list[tuple[int, tuple[tuple[str, int], ...]]] = [(0, ())]
    for end in range(1, len(name) + 1):
        options: list[tuple[int, tuple[tuple[str, int], ...]]] = []
        for start in range(max(0, end - max(_LONGEST_WORD, 8)), end):
            piece = name[start:end]
            cost = _cost(piece)
            if cost is not None:
                before_cost, before = best[start]
                options.append((before_cost + cost, (*before, (piece, cost))))
        best.append(min(options, key=lambda option: (option[0], len(option[1]))))
    return best[-1][1]


def _cost(piece: str) -> int | None:
    if piece in ORG_WORDS or _ORDINAL.fullmatch(piece) or _LATIN.fullmatch(piece):
        return _WORD
    if _is_place(piece):
        return _PLACE
    if len(piece) == 1:
        return _UNKNOWN
    return None


def _is_place(piece: str) -> bool:
    """A place's own name (1–5 characters, not an organisation word: "社区" is not the 社
    district, nor holding another place: 广州市天河 + 区) and its suffix, the longest that
    leaves a name (高新区: 高 + 新区)."""
    for suffix in PLACE_SUFFIXES:
        stem = piece.removesuffix(suffix)
        if stem != piece and stem:
            return (
                len(stem) <= 5
                and stem not in ORG_WORDS
                and not _has_word(stem)
                and not any(char in _INNER_SUFFIXES for char in stem)
            )
    return False


def _has_word(stem: str) -> bool:
    return any(word in stem for word in ORG_WORDS if len(word) >= 2)
