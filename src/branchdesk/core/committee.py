"""Who sat on the branch committee, and in which post, on a given day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from branchdesk.core.enums import Post
from branchdesk.core.organisation import CommitteeTerm


def term_on(terms: Iterable[CommitteeTerm], day: date) -> CommitteeTerm | None:
    """The term covering *day*; the later one where a new term overlaps the old one's end."""
    covering = [t for t in terms if t.covers(day)]
    return max(covering, key=lambda t: t.starts_on) if covering else None


def committee_on(terms: Iterable[CommitteeTerm], day: date) -> frozenset[int]:
    term = term_on(terms, day)
    return term.member_ids() if term is not None else frozenset()


def holder_on(terms: Iterable[CommitteeTerm], post: Post, day: date) -> int | None:
    term = term_on(terms, day)
    return term.holder_of(post) if term is not None else None


def post_on(terms: Iterable[CommitteeTerm], member_id: int, day: date) -> Post | None:
    term = term_on(terms, day)
    if term is None:
        return None
    return next((s.post for s in term.seats if s.member_id == member_id), None)
