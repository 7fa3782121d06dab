"""The dues ledger worked out from bases and payments: what each month owes, what was paid,
and how many months are in arrears.

Months are text keys "2026-03". A member owes a month when he belongs to the branch on at
least one of its days (from admission as a probationary member, art. 8, until transfer out
or death) and the month is tracked: from the month of his first recorded base, and not
before the branch's tracking start when one is given (`tracking_start`, the hook for the
branch setting of issue 16). A month's dues fall due when the month ends, or when the
quarter ends for a member who pays quarterly by agreement (art. 12).
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from branchdesk.core.dues import (
    DEFAULT_DUES_RATES,
    DuesBase,
    DuesPayment,
    DuesRate,
    MonthlyDue,
    monthly_due,
)
from branchdesk.core.members import Member
from branchdesk.core.membership import presence_periods


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def key_of(day: date) -> str:
    return month_key(day.year, day.month)


def split_key(key: str) -> tuple[int, int]:
    year, month = key.split("-")
    return int(year), int(month)


def month_start(key: str) -> date:
    year, month = split_key(key)
    return date(year, month, 1)


def month_end(key: str) -> date:
    year, month = split_key(key)
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(key: str) -> date:
    year, month = split_key(key)
    return month_end(month_key(year, (month - 1) // 3 * 3 + 3))


def shift(key: str, months: int) -> str:
    year, month = split_key(key)
    index = year * 12 + month - 1 + months
    return month_key(index // 12, index % 12 + 1)


def months_between(first: str, last: str) -> Iterator[str]:
    """Every month key from *first* to *last*, both included."""
    key = first
    while key <= last:
        yield key
        key = shift(key, 1)


def year_months(year: int) -> list[str]:
    return [month_key(year, m) for m in range(1, 13)]


def allocate(payment: DuesPayment) -> dict[str, int]:
    """The amount spread over the months it covers, exactly in 分: equal shares, the odd 分
    to the earliest months."""
    share, odd = divmod(payment.amount_fen, len(payment.months))
    months = sorted(payment.months)
    return {m: share + (1 if i < odd else 0) for i, m in enumerate(months)}


@dataclass(frozen=True)
class DuesBook:
    """Everything the dues figures read: bases, payments, the rate table."""

    bases: tuple[DuesBase, ...] = ()
    payments: tuple[DuesPayment, ...] = ()
    rates: tuple[DuesRate, ...] = DEFAULT_DUES_RATES
    tracking_start: date | None = None  # the branch's tracking start (开始使用本软件记录的日期)

    @cached_property
    def _bases_by_member(self) -> dict[int, list[DuesBase]]:
        found: dict[int, list[DuesBase]] = defaultdict(list)
        for base in sorted(self.bases, key=lambda b: (b.applies_from, b.id or 0)):
            found[base.member_id].append(base)
        return found

    @cached_property
    def _paid_by_member(self) -> dict[int, dict[str, int]]:
        found: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for payment in self.payments:
            for month, fen in allocate(payment).items():
                found[payment.member_id][month] += fen
        return found

    def bases_of(self, member_id: int) -> list[DuesBase]:
        return self._bases_by_member.get(member_id, [])

    def base_in(self, member_id: int, key: str) -> DuesBase | None:
        """The base in force for month *key*: the latest one applying from that month or
        before (a base dated the 15th applies to its whole month)."""
        found = None
        for base in self.bases_of(member_id):
            if key_of(base.applies_from) <= key:
                found = base
        return found

    def due_in(self, member_id: int, key: str) -> MonthlyDue | None:
        base = self.base_in(member_id, key)
        return monthly_due(base, self.rates) if base is not None else None

    def paid_in(self, member_id: int, key: str) -> int:
        return self._paid_by_member.get(member_id, {}).get(key, 0)

    def covered(self, member_id: int, key: str) -> bool:
        return key in self._paid_by_member.get(member_id, {})

    def first_tracked(self, member: Member) -> str | None:
        """The first month the member owes in this book: his first base's month, not before
        the tracking start; None when no base is recorded (dues not tracked for him)."""
        bases = self.bases_of(member.id or 0)
        if not bases:
            return None
        first = key_of(bases[0].applies_from)
        if self.tracking_start is not None:
            first = max(first, key_of(self.tracking_start))
        return first

    def owes(self, member: Member, key: str) -> bool:
        first = self.first_tracked(member)
        if first is None or key < first:
            return False
        start, end = month_start(key), month_end(key)
        return any(s <= end and (e is None or e > start) for s, e in presence_periods(member))

    def falls_due(self, member_id: int, key: str) -> date:
        """The last day to pay month *key*: its end, or its quarter's for quarterly payers."""
        base = self.base_in(member_id, key)
        return quarter_end(key) if base is not None and base.quarterly else month_end(key)

    def in_arrears(self, member: Member, key: str, as_of: date) -> bool:
        """Owed, fallen due before *as_of*, and not covered by any payment."""
        mid = member.id or 0
        return (
            self.owes(member, key)
            and self.falls_due(mid, key) < as_of
            and not self.covered(mid, key)
        )

    def arrears_run(self, member: Member, as_of: date) -> tuple[str, ...]:
        """The consecutive months unpaid as of *as_of*, ending with the latest fallen-due
        month (oldest first); empty when that month is paid or not owed."""
        first = self.first_tracked(member)
        if first is None:
            return ()
        key = key_of(as_of)
        run: list[str] = []
        # The latest month that may have fallen due is at most three months back (a
        # quarterly payer in the first month of a quarter).
        for back in range(4):
            candidate = shift(key, -back)
            if self.falls_due(member.id or 0, candidate) < as_of and self.owes(member, candidate):
                key = candidate
                break
        else:
            return ()
        while key >= first and self.in_arrears(member, key, as_of):
            run.append(key)
            key = shift(key, -1)
        return tuple(reversed(run))


@dataclass(frozen=True)
class MonthLine:
    month: str
    owed: bool
    due_fen: int | None  # None: owed with no base to compute it from (or not owed)
    paid_fen: int
    covered: bool
    in_arrears: bool


@dataclass(frozen=True)
class MemberYear:
    """One member's dues for a year, as the 党费 page, `dues --json`, the ledger and the
    report show it."""

    member_id: int
    name: str
    base: DuesBase | None  # in force in the latest owed month to date
    monthly: MonthlyDue | None
    months: tuple[MonthLine, ...]
    arrears_run: tuple[str, ...]  # the consecutive unpaid months as of the day judged

    @property
    def due_fen(self) -> int:
        """What the year's owed months up to the day judged come to."""
        return sum(m.due_fen or 0 for m in self.months if m.owed)

    @property
    def paid_fen(self) -> int:
        """Paid towards the months of this year (prepayment for next year not included)."""
        return sum(m.paid_fen for m in self.months)

    @property
    def arrears_months(self) -> int:
        return sum(1 for m in self.months if m.in_arrears)

    @property
    def owed_months(self) -> int:
        return sum(1 for m in self.months if m.owed)


def member_year(book: DuesBook, member: Member, year: int, as_of: date) -> MemberYear:
    """The year's months up to *as_of*'s month (the whole year for a past year)."""
    mid = member.id or 0
    last = min(month_key(year, 12), key_of(as_of))
    lines: list[MonthLine] = []
    latest_owed: str | None = None
    for key in year_months(year):
        owed = key <= last and book.owes(member, key)
        due = book.due_in(mid, key) if owed else None
        if owed:
            latest_owed = key
        lines.append(
            MonthLine(
                key,
                owed,
                due.amount_fen if due is not None else None,
                book.paid_in(mid, key),
                book.covered(mid, key),
                book.in_arrears(member, key, as_of) if owed else False,
            )
        )
    shown = latest_owed or last
    base = book.base_in(mid, shown)
    return MemberYear(
        mid,
        member.name,
        base,
        book.due_in(mid, shown) if base is not None else None,
        tuple(lines),
        book.arrears_run(member, as_of),
    )


def members_year(
    book: DuesBook, members: Iterable[Member], year: int, as_of: date
) -> list[MemberYear]:
    """Every member who owed or paid anything in *year*, and every member of the year who
    has no base yet (so that the missing base shows), in roster order."""
    found: list[MemberYear] = []
    if not book.bases:  # dues are not kept in this folder: no line, no missing base
        return found
    first = date(year, 1, 1)
    for member in members:
        line = member_year(book, member, year, as_of)
        no_base = not book.bases_of(member.id or 0) and any(
            s <= as_of and (e is None or e > first) for s, e in presence_periods(member)
        )
        if line.owed_months or line.paid_fen or no_base:
            found.append(line)
    return found


def collected_in(payments: Iterable[DuesPayment], first: date, last: date) -> int:
    """Money received between two days (both included), whatever months it covers."""
    return sum(p.amount_fen for p in payments if first <= p.paid_on <= last)


def parse_months(text: str) -> tuple[str, ...] | None:
    """'2026-01 to 2026-03', '2026-01至2026-03', '2026-11, 2026-12' or '2026.1' → month keys
    (sorted, no repeats); None when a part is not a month."""
    cleaned = text.replace("，", ",").replace("、", ",").replace("；", ",").replace(";", ",")
    found: set[str] = set()
    for part in (p.strip() for p in cleaned.split(",")):
        if not part:
            continue
        for sep in (" to ", "至", "–", "~", "～"):
            if sep in part:
                first, _, last = part.partition(sep)
                a, b = _month(first), _month(last)
                if a is None or b is None or b < a:
                    return None
                found.update(months_between(a, b))
                break
        else:
            key = _month(part)
            if key is None:
                return None
            found.add(key)
    return tuple(sorted(found)) or None


def _month(text: str) -> str | None:
    cleaned = text.strip().replace("年", "-").replace(".", "-").replace("/", "-").rstrip("月")
    year, _, month = cleaned.partition("-")
    if len(year) != 4 or not year.isdigit() or not month.isdigit() or not 1 <= int(month) <= 12:
        return None
    return month_key(int(year), int(month))
