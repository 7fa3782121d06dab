"""Display names of enum values in Chinese and English — the glossary, as code.

Domain terms are data (the glossary pairs each with its Chinese name), so they live here
once, for the UI, the CLI and the always-Chinese report alike, instead of in Qt's .ts file.
"""

from enum import StrEnum
from typing import Literal

from branchdesk.core.enums import (
    BranchKind,
    Education,
    Gender,
    MembershipEventKind,
    MemberStatus,
    OrgKind,
    Post,
)

Language = Literal["zh", "en"]

_LABELS: dict[StrEnum, tuple[str, str]] = {
    BranchKind.STANDALONE: ("Standalone branch", "独立党支部"),
    BranchKind.JOINT: ("Joint branch", "联合党支部"),
    OrgKind.ASSOCIATION: ("Association", "社会团体"),
    OrgKind.PRIVATE_NON_ENTERPRISE: ("Private non-enterprise unit", "民办非企业单位"),
    OrgKind.FOUNDATION: ("Foundation", "基金会"),
    OrgKind.INTERMEDIARY: ("Intermediary organisation", "社会中介组织"),
    OrgKind.COMMUNITY: ("Community organisation", "城乡社区社会组织"),
    Post.SECRETARY: ("Secretary", "书记"),
    Post.DEPUTY: ("Deputy secretary", "副书记"),
    Post.ORGANISATION: ("Organisation member", "组织委员"),
    Post.PUBLICITY: ("Publicity member", "宣传委员"),
    Post.DISCIPLINE: ("Discipline member", "纪检委员"),
    Post.MEMBER: ("Committee member", "委员"),
    Gender.MALE: ("Male", "男"),
    Gender.FEMALE: ("Female", "女"),
    MemberStatus.FULL: ("Full member", "正式党员"),
    MemberStatus.PROBATIONARY: ("Probationary member", "预备党员"),
    Education.POSTGRADUATE: ("Postgraduate", "研究生"),
    Education.UNDERGRADUATE: ("Undergraduate", "大学本科"),
    Education.COLLEGE: ("College", "大学专科"),
    Education.SECONDARY: ("Secondary school", "中专/高中"),
    Education.BELOW: ("Junior school or below", "初中及以下"),
    MembershipEventKind.TRANSFERRED_IN: ("Transferred in", "组织关系转入"),
    MembershipEventKind.TRANSFERRED_OUT: ("Transferred out", "组织关系转出"),
    MembershipEventKind.PROBATION_EXTENDED: ("Probation extended", "延长预备期"),
    MembershipEventKind.GROUP_MOVED: ("Moved to another group", "调整党小组"),
    MembershipEventKind.DIED: ("Died", "去世"),
    MembershipEventKind.LEFT: ("Left the party", "出党"),
}


# StrEnum members hash and compare as their text, so two enums sharing a value ("committee"
# as a rule scope and as a meeting kind) would overwrite each other's label: key by class too.
_BY_CLASS: dict[tuple[type, str], tuple[str, str]] = {}
_SHORT: dict[tuple[type, str], tuple[str, str]] = {}


def _key(value: StrEnum) -> tuple[type, str]:
    return (type(value), value.value)


def label(value: StrEnum, language: Language = "zh") -> str:
    """The display name of *value*; its raw value if the glossary lacks it."""
    pair = _BY_CLASS.get(_key(value))
    if pair is None:
        return str(value)
    return pair[1] if language == "zh" else pair[0]


def register_labels(labels: dict[StrEnum, tuple[str, str]]) -> None:
    """Add the labels of another record family's enums (each family owns its own)."""
    _BY_CLASS.update({_key(value): pair for value, pair in labels.items()})


def short_label(value: StrEnum, language: Language = "zh") -> str:
    """The short form where space demands it (支委会 for 支部委员会会议); else `label`."""
    pair = _SHORT.get(_key(value))
    if pair is None:
        return label(value, language)
    return pair[1] if language == "zh" else pair[0]


def register_short_labels(labels: dict[StrEnum, tuple[str, str]]) -> None:
    """Short forms, registered beside the family's labels (a value without one has none)."""
    _SHORT.update({_key(value): pair for value, pair in labels.items()})


def has_label(value: StrEnum) -> bool:
    return _key(value) in _BY_CLASS


register_labels(_LABELS)
