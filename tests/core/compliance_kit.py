"""Small builders for the compliance engine's tests: members, terms, facts, a run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from branchdesk.core.compliance import (
    DEFAULT_RULES,
    ComplianceFacts,
    ComplianceResult,
    FactKind,
    MeetingFact,
    Obligation,
    Rule,
    default_rule,
    evaluate,
    window,
)
from branchdesk.core.enums import Post
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.core.organisation import CommitteeSeat, CommitteeTerm, PartyGroup

ALL = frozenset(FactKind)
POSTS = (Post.SECRETARY, Post.DEPUTY, Post.ORGANISATION, Post.PUBLICITY, Post.DISCIPLINE)


def member(
    mid: int,
    joined: date = date(2010, 7, 1),
    *,
    full: date | None = date(2011, 7, 1),
    events: Sequence[MembershipEvent] = (),
    group: int | None = None,
) -> Member:
    return Member(f"党员{mid}", joined, full_on=full, events=tuple(events), group_id=group, id=mid)


def term(starts: date, ends: date, member_ids: Sequence[int], tid: int = 1) -> CommitteeTerm:
    seats = tuple(CommitteeSeat(m, p) for m, p in zip(member_ids, POSTS, strict=False))
    return CommitteeTerm(starts, ends, seats, tid)


def group(gid: int, created: date | None = None) -> PartyGroup:
    return PartyGroup(f"第{gid}党小组", created_on=created, id=gid)


def meeting(rid: int, kind: MeetingKind, day: date, **kw: object) -> MeetingFact:
    return MeetingFact(rid, kind, day, **kw)  # type: ignore[arg-type]


STANDARD_MEMBERS = tuple(member(i) for i in range(1, 8))
STANDARD_TERM = term(date(2023, 6, 18), date(2026, 6, 17), (1, 2, 3, 4, 5))


def facts(**kw: object) -> ComplianceFacts:
    base = ComplianceFacts(
        members=STANDARD_MEMBERS, groups=(group(1),), terms=(STANDARD_TERM,), available=ALL
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def rule(rule_id: str, **changes: object) -> Rule:
    found = default_rule(rule_id)
    assert found is not None
    return replace(found, **changes)  # type: ignore[arg-type]


def run(
    f: ComplianceFacts,
    rules: Sequence[Rule] | str = DEFAULT_RULES,
    *,
    year: int = 2025,
    quarter: int | None = None,
    month: int | None = None,
    today: date = date(2026, 11, 27),
) -> ComplianceResult:
    chosen = [rule(rules)] if isinstance(rules, str) else rules
    return evaluate(f, chosen, window(year, quarter, month), today)


def by_span(result: ComplianceResult, rule_id: str) -> dict[str, Obligation]:
    return {o.span.key: o for o in result.for_rule(rule_id)}


def by_subject(result: ComplianceResult, rule_id: str) -> dict[int | None, Obligation]:
    return {o.subject_id: o for o in result.for_rule(rule_id)}
