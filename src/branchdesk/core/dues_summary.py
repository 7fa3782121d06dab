"""A year of dues in one object: each member's line, what was collected, handed over and
is still held. The 党费 page, `dues --json`, the ledger, the notice and the report all read
it, so their figures cannot disagree."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from branchdesk.core.dues import DuesHandover, DuesPayment, yuan
from branchdesk.core.dues_ledger import DuesBook, MemberYear, collected_in, members_year
from branchdesk.core.labels import label
from branchdesk.core.members import Member

FORMAT_VERSION = 1


@dataclass(frozen=True)
class DuesYear:
    year: int
    as_of: date  # the day judged: today, or 31 December of a past year
    members: tuple[MemberYear, ...]
    payments: tuple[DuesPayment, ...]  # received in the year (by the day paid)
    handovers: tuple[DuesHandover, ...]  # handed over in the year
    held_fen: int  # everything received to date less everything handed over to date

    @property
    def due_fen(self) -> int:
        return sum(m.due_fen for m in self.members)

    @property
    def paid_fen(self) -> int:
        """Paid towards the year's months (by whatever date)."""
        return sum(m.paid_fen for m in self.members)

    @property
    def collected_fen(self) -> int:
        """Received during the year, whatever months it covers (the cash book)."""
        return sum(p.amount_fen for p in self.payments)

    @property
    def handed_over_fen(self) -> int:
        return sum(h.amount_fen for h in self.handovers)

    @property
    def in_arrears(self) -> tuple[MemberYear, ...]:
        return tuple(m for m in self.members if m.arrears_months)


def dues_year(
    book: DuesBook,
    members: Iterable[Member],
    handovers: Sequence[DuesHandover],
    year: int,
    today: date,
) -> DuesYear:
    as_of = min(today, date(year, 12, 31))
    first, last = date(year, 1, 1), date(year, 12, 31)
    return DuesYear(
        year,
        as_of,
        tuple(members_year(book, members, year, as_of)),
        tuple(p for p in book.payments if first <= p.paid_on <= last),
        tuple(h for h in handovers if first <= h.handed_on <= last),
        collected_in(book.payments, date.min, as_of)
        - sum(h.amount_fen for h in handovers if h.handed_on <= as_of),
    )


def dues_sentence(d: DuesYear) -> str:
    """The report's sentence on dues, from the records ("" when none are kept)."""
    if not any(m.owed_months or m.paid_fen for m in d.members):
        return ""
    whole = d.as_of == date(d.year, 12, 31)
    span = "全年" if whole else f"1月至{d.as_of.month}月"
    text = (
        f"{span}应交党费{yuan(d.due_fen)}元，党员实交{yuan(d.paid_fen)}元，"
        f"向上级党组织上缴{yuan(d.handed_over_fen)}元"
    )
    late = d.in_arrears
    if late:
        names = "、".join(f"{m.name}欠交{m.arrears_months}个月" for m in late)
        text += f"；{len(late)}名党员未按时交纳（{names}）"
    else:
        text += "；党员均按时交纳"
    return text + "。"


def to_dict(d: DuesYear) -> dict[str, Any]:
    """The documented `dues --json` shape (docs/cli-json.md)."""
    return {
        "format": FORMAT_VERSION,
        "year": d.year,
        "as_of": d.as_of.isoformat(),
        "totals": {
            "due_fen": d.due_fen,
            "paid_fen": d.paid_fen,
            "collected_fen": d.collected_fen,
            "handed_over_fen": d.handed_over_fen,
            "held_fen": d.held_fen,
            "members_in_arrears": len(d.in_arrears),
        },
        "members": [_member(m) for m in d.members],
        "handovers": [
            {
                "handed_on": h.handed_on.isoformat(),
                "amount_fen": h.amount_fen,
                "period": h.period,
                "receiver": h.receiver,
            }
            for h in d.handovers
        ],
    }


def _member(m: MemberYear) -> dict[str, Any]:
    base = m.base
    rate = m.monthly.rate if m.monthly is not None else None
    return {
        "member_id": m.member_id,
        "name": m.name,
        "category": base.category.value if base else None,
        "category_zh": label(base.category, "zh") if base else "",
        "base_fen": base.base_fen if base else None,
        "rate_id": rate.id if rate else None,
        "rate": rate.describe() if rate else ("manual" if m.monthly else None),
        "manual_fen": base.manual_fen if base else None,
        "quarterly": base.quarterly if base else False,
        "monthly_fen": m.monthly.amount_fen if m.monthly else None,
        "months_owed": m.owed_months,
        "due_fen": m.due_fen,
        "paid_fen": m.paid_fen,
        "months_in_arrears": m.arrears_months,
        "arrears_months": [line.month for line in m.months if line.in_arrears],
        "consecutive_unpaid": len(m.arrears_run),
    }
