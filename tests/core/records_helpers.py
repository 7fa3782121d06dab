"""Small builders shared by the tests of the record families."""

from __future__ import annotations

from datetime import date

from branchdesk.core.members import Member


def full(member_id: int, name: str = "", joined: date = date(2010, 7, 1)) -> Member:
    return Member(
        name or f"党员{member_id}",
        joined,
        full_on=date(joined.year + 1, joined.month, joined.day),
        id=member_id,
    )


def probationary(member_id: int, joined: date) -> Member:
    return Member(f"预备{member_id}", joined, id=member_id)
