"""Heart-to-heart talks (谈心谈话) and the coverage the rules ask of them.

条例 art. 19: each year, committee members talk with each other, with the members, and
members talk with each other. Coverage is derived per pair type from the talks themselves;
"committee" means the members holding a post in the term covering the talk's date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from branchdesk.core.committee import committee_on
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import register_labels
from branchdesk.core.members import Member
from branchdesk.core.membership import is_member_on
from branchdesk.core.organisation import CommitteeTerm
from branchdesk.core.validation import FieldError, limit_text, not_in_future, require_text


class TalkKind(StrEnum):
    ROUTINE = "routine"  # 日常交流
    IDEOLOGICAL = "ideological"  # 思想交流
    WARNING = "warning"  # 提醒谈话
    JOB_CHANGE = "job_change"  # 岗位变动
    TRANSFER_IN = "transfer_in"  # 组织关系转入
    COMMENDATION = "commendation"  # 受到表彰
    FAMILY_HARDSHIP = "family_hardship"  # 家庭困难


class PairType(StrEnum):
    COMMITTEE_COMMITTEE = "committee_committee"  # 支委之间
    COMMITTEE_MEMBER = "committee_member"  # 支委与党员
    MEMBER_MEMBER = "member_member"  # 党员之间


register_labels(
    {
        TalkKind.ROUTINE: ("Routine exchange", "日常交流"),
        TalkKind.IDEOLOGICAL: ("Ideological talk", "思想交流"),
        TalkKind.WARNING: ("Warning talk", "提醒谈话"),
        TalkKind.JOB_CHANGE: ("Job change", "岗位变动谈话"),
        TalkKind.TRANSFER_IN: ("Transfer in", "转入谈话"),
        TalkKind.COMMENDATION: ("Commendation", "表彰谈话"),
        TalkKind.FAMILY_HARDSHIP: ("Family hardship", "家庭困难谈话"),
        # 条例 art. 19's wording (支部委员之间、支部委员和党员之间、党员和党员之间), short.
        PairType.COMMITTEE_COMMITTEE: ("Committee ↔ committee", "支委之间"),
        PairType.COMMITTEE_MEMBER: ("Committee ↔ member", "支委与党员"),
        PairType.MEMBER_MEMBER: ("Member ↔ member", "党员之间"),
    }
)


@dataclass(frozen=True)
class Counterpart:
    """The person talked with: a member, or a named non-member such as the organisation's head."""

    member_id: int | None = None
    name: str = ""  # a non-member's name
    role: str = ""  # a non-member's position, e.g. 协会会长
    id: int | None = None

    @property
    def is_member(self) -> bool:
        return self.member_id is not None


@dataclass(frozen=True)
class Talk:
    held_on: date
    talker_id: int
    counterparts: tuple[Counterpart, ...]
    kind: TalkKind = TalkKind.ROUTINE
    starts_at: time | None = None
    place: str = ""
    talker_post: str = ""  # as written on the record, e.g. 支部书记
    others_present: str = ""
    topic: str = ""
    content: str = ""
    problems: str = ""
    suggestions: str = ""
    follow_up: str = ""
    id: int | None = None

    def participant_ids(self) -> set[int]:
        ids = {c.member_id for c in self.counterparts if c.member_id is not None}
        return ids | {self.talker_id}


NO_COUNTERPART = QT_TRANSLATE_NOOP("Validation", "Add at least one person talked with.")
NAMELESS_COUNTERPART = QT_TRANSLATE_NOOP(
    "Validation", "A person talked with is a member or has a name."
)
TALKS_TO_SELF = QT_TRANSLATE_NOOP("Validation", "The talker cannot also be the person talked with.")
TALKER_NOT_MEMBER = QT_TRANSLATE_NOOP(
    "Validation", "The talker was not a member of the branch on {day}."
)


# The longest text each field takes: validate_talk checks them, the form's fields read them.
TALK_LIMITS = {
    "place": 200,
    "talker_post": 50,
    "others_present": 500,
    "topic": 200,
    **dict.fromkeys(("content", "problems", "suggestions", "follow_up"), 8000),
}


def validate_talk(talk: Talk, members: Iterable[Member], today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    not_in_future(errors, "held_on", talk.held_on, today)
    by_id = {m.id: m for m in members}
    talker = by_id.get(talk.talker_id)
    if talker is None or not is_member_on(talker, talk.held_on):
        errors.append(FieldError("talker_id", TALKER_NOT_MEMBER, {"day": str(talk.held_on)}))
    if not talk.counterparts:
        errors.append(FieldError("counterparts", NO_COUNTERPART))
    if any(c.member_id is None and not c.name.strip() for c in talk.counterparts):
        errors.append(FieldError("counterparts", NAMELESS_COUNTERPART))
    if any(c.member_id == talk.talker_id for c in talk.counterparts):
        errors.append(FieldError("counterparts", TALKS_TO_SELF))
    for name, limit in TALK_LIMITS.items():
        check = require_text if name == "topic" else limit_text
        check(errors, name, getattr(talk, name), limit)
    return errors


def pair_type(a: int, b: int, committee: frozenset[int]) -> PairType:
    on_committee = (a in committee) + (b in committee)
    return (
        PairType.COMMITTEE_COMMITTEE,
        PairType.COMMITTEE_MEMBER,
        PairType.MEMBER_MEMBER,
    )[2 - on_committee]


def pair_types(
    talker_id: int, counterpart_ids: Iterable[int], committee: frozenset[int]
) -> list[PairType]:
    """The pair type of the talker with each member talked with."""
    return [pair_type(talker_id, other, committee) for other in counterpart_ids]


def talk_pairs(talk: Talk, terms: Iterable[CommitteeTerm]) -> list[PairType]:
    """The pair type of the talker with each member counterpart (non-members form no pair)."""
    members = (c.member_id for c in talk.counterparts if c.member_id is not None)
    return pair_types(talk.talker_id, members, committee_on(terms, talk.held_on))


@dataclass(frozen=True)
class TalkCoverage:
    year: int
    as_of: date  # members are those on this day: 31 December, or today for the current year
    talks: int
    pairs: dict[PairType, int]  # how many member pairs of each type talked that year
    members_without_talk: tuple[int, ...]

    @property
    def missing_pair_types(self) -> list[PairType]:
        return [p for p in PairType if self.pairs[p] == 0]


def talk_coverage(
    talks: Iterable[Talk],
    members: Iterable[Member],
    terms: Iterable[CommitteeTerm],
    year: int,
    today: date,
) -> TalkCoverage:
    """Pairs of each type in *year*, and the members on the year's last day with no talk.

    For the current year "the last day" is *today*, so the list is what is still to do.
    """
    terms = list(terms)
    as_of = min(date(year, 12, 31), today)
    pairs = dict.fromkeys(PairType, 0)
    talked: set[int] = set()
    count = 0
    for talk in talks:
        if talk.held_on.year != year or talk.held_on > as_of:
            continue
        count += 1
        talked |= talk.participant_ids()
        for kind in talk_pairs(talk, terms):
            pairs[kind] += 1
    without = tuple(
        m.id for m in members if m.id is not None and is_member_on(m, as_of) and m.id not in talked
    )
    return TalkCoverage(year, as_of, count, pairs, without)
