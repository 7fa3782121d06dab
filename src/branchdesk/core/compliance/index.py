"""The facts sorted by date once, so each rule finds a span's records by bisection.

Only facts dated on or before "today" count: a record dated ahead is a plan, not a deed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import date
from typing import Generic, TypeVar

from branchdesk.core.compliance.facts import (
    COMMITTEE_MIN_SEATS,
    ComplianceFacts,
    MeetingFact,
    ReviewFact,
    TalkFact,
    TrainingFact,
)
from branchdesk.core.compliance.obligations import Obligation
from branchdesk.core.compliance.periods import Span
from branchdesk.core.compliance.rules import Rule
from branchdesk.core.enums import Post
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.members import Member
from branchdesk.core.membership import Period, presence_periods

T = TypeVar("T")


class DatedList(Generic[T]):
    def __init__(self, items: Sequence[T], day_of: Callable[[T], date], today: date) -> None:
        kept = sorted((i for i in items if day_of(i) <= today), key=day_of)
        self._items = kept
        self._days = [day_of(i) for i in kept]

    def within(self, span: Span) -> list[T]:
        lo = bisect_left(self._days, span.start)
        hi = bisect_right(self._days, span.end)
        return self._items[lo:hi]


class FactIndex:
    def __init__(self, facts: ComplianceFacts, today: date) -> None:
        self.facts = facts
        self.today = today
        self.meetings: dict[MeetingKind, DatedList[MeetingFact]] = {
            kind: DatedList([m for m in facts.meetings if m.kind == kind], _held, today)
            for kind in MeetingKind
        }
        self.talks: DatedList[TalkFact] = DatedList(facts.talks, _held, today)
        self.trainings: DatedList[TrainingFact] = DatedList(facts.trainings, _held, today)
        self.reviews: Sequence[ReviewFact] = [r for r in facts.reviews if r.held_on <= today]
        self.members: dict[int, Member] = {m.id: m for m in facts.members if m.id is not None}
        self.presence: dict[int, list[Period]] = {
            mid: presence_periods(m) for mid, m in self.members.items()
        }
        # What rules work out per member or person and day, kept for the index's life: the
        # facts and today do not change under it, so an entry is never stale.
        self.runs: dict[tuple[object, int, date], tuple[str, ...]] = {}
        self.as_of: dict[tuple[int, date], object] = {}
        self.counts: dict[tuple[Rule, Span], tuple[Obligation, ...]] = {}

    def name_of(self, member_id: int | None) -> str:
        member = self.members.get(member_id) if member_id is not None else None
        return member.name if member is not None else ""

    def belongs_on(self, member_id: int, day: date) -> bool:
        return any(
            start <= day and (end is None or day < end) for start, end in self.presence[member_id]
        )

    def members_on(self, day: date) -> list[int]:
        return [mid for mid in self.members if self.belongs_on(mid, day)]

    def secretary_on(self, day: date) -> int | None:
        term = self.facts.term_on(day)
        return term.holder_of(Post.SECRETARY) if term is not None else None

    def committee_in(self, span: Span) -> bool:
        """A committee (≥3 seats) sat on at least one day of *span*."""
        return any(
            len(t.seats) >= COMMITTEE_MIN_SEATS
            and t.starts_on <= span.end
            and t.ends_on >= span.start
            for t in self.facts.terms
        )


def _held(fact: MeetingFact | TalkFact | TrainingFact) -> date:
    return fact.held_on
