"""Chinese names in the order people expect in a table: by pinyin (QCollator for zh_CN, no
new dependency), a polyphonic surname read as a surname — 曾 zēng, not céng; 单 shàn, not
dān; 仇 qiú, not chóu; 解 xiè, not jiě.

A collator reads a character by its commonest reading, so the surname is stood in for by a
character whose common reading is the surname's (曾 → 增): the names then fall where a
pinyin index (a phone book, a roster sorted by 拼音) puts them.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QLocale

# Surnames whose reading as a surname is not the character's commonest one, each with a
# character read that way (《中国姓氏》 readings).
SURNAME_READINGS = {
    "曾": "增",  # zēng
    "单": "善",  # shàn
    "仇": "求",  # qiú
    "解": "谢",  # xiè
    "区": "欧",  # ōu
    "查": "渣",  # zhā
    "朴": "瓢",  # piáo
    "盖": "葛",  # gě
    "覃": "秦",  # qín
    "缪": "妙",  # miào
    "翟": "宅",  # zhái
    "乐": "月",  # yuè
    "召": "绍",  # shào
    "种": "崇",  # chóng
    "员": "运",  # yùn
    "繁": "婆",  # pó
    "秘": "必",  # bì
    "尉": "玉",  # yù (尉迟)
    "长": "掌",  # zhǎng (长孙)
}


@cache
def _collator() -> QCollator:
    collator = QCollator(QLocale("zh_CN"))
    collator.setNumericMode(True)
    return collator


def name_sort_text(name: str) -> str:
    """*name* as it sorts: its surname read as a surname (the name itself follows, so two
    names alike but for the surname's character keep an order)."""
    if not name:
        return name
    return SURNAME_READINGS.get(name[0], name[0]) + name[1:] + "\0" + name


def compare_text(left: str, right: str) -> int:
    """Below, at or above zero as *left* sorts before, with or after *right* (pinyin)."""
    return _collator().compare(left, right)
