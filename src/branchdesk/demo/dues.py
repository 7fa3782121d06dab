"""The demo branch's dues (issue 18): realistic bases, monthly collection, a prepayment, a
back-payment, a quarterly payer, quarterly hand-overs, and one member in arrears.

Dues are kept from 1 January of last year (the heavy demo too: its decade of members would
otherwise mean a decade of payments), or from admission when later.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from branchdesk.core.dues import (
    DuesBase,
    DuesCategory,
    DuesHandover,
    DuesPayment,
    PaymentMethod,
)
from branchdesk.core.dues_ledger import (
    DuesBook,
    key_of,
    month_end,
    month_start,
    months_between,
    quarter_end,
    shift,
)
from branchdesk.core.members import Member
from branchdesk.core.membership import presence_periods
from branchdesk.workspace import Workspace

# Roles by name in the small demo's roster (demo/roster.PEOPLE).
IN_ARREARS = "潘国栋"  # has paid nothing since June: a warning on 概览
RETIRED = "周建国"  # pension; prepays the year each January
STUDENT = "刘玥"  # studying full-time: 0.2 元
QUARTERLY = "黄志强"  # pays once a quarter, as agreed with the branch
BACK_PAYER = "郑丽华"  # away in spring: February and March paid in April
RAISED = ("林晓燕", "王赟")  # a raise from July
COLLECTOR = "苏晓岚"
QUARTERS_ZH = ("一", "二", "三", "四")


def fill_dues(ws: Workspace, rng: random.Random, today: date) -> None:
    first = date(today.year - 1, 1, 1)
    members = [m for m in ws.members.all() if m.id is not None]
    bases: list[DuesBase] = []
    for member in members:
        start = _dues_start(member, first, today)
        if start is None:
            continue
        bases.extend(_bases(rng, member, start, today))
    for base in bases:
        ws.dues.bases.save(base)
    book = ws.dues.book()
    payments: list[DuesPayment] = []
    for member in members:
        payments.extend(_payments(rng, book, member, first, today))
    ws.dues.payments.add_many(payments)
    _handovers(ws, first, today)


def _dues_start(member: Member, first: date, today: date) -> date | None:
    """The first day the member owes dues in the demo's span; None if never in it."""
    for start, end in presence_periods(member):
        if end is not None and end <= first:
            continue
        day = max(start, first)
        return day if day <= today else None
    return None


def _bases(rng: random.Random, member: Member, start: date, today: date) -> list[DuesBase]:
    mid = member.id or 0
    if member.name == RETIRED:
        return [DuesBase(mid, start, DuesCategory.RETIRED, 468_000, note="退休金")]
    if member.name == STUDENT:
        return [DuesBase(mid, start, DuesCategory.STUDENT, note="在读研究生")]
    pay = rng.randrange(3_600, 14_500) * 100 + rng.choice((0, 50))  # after-tax 元, in 分
    base = DuesBase(mid, start, DuesCategory.SALARY, pay, quarterly=member.name == QUARTERLY)
    found = [base]
    raise_on = date(today.year, 7, 1)
    if member.name in RAISED and start < raise_on <= today:
        found.append(replace(base, applies_from=raise_on, base_fen=pay + 120_000, note="调薪"))
    return found


def _payments(
    rng: random.Random, book: DuesBook, member: Member, first: date, today: date
) -> list[DuesPayment]:
    mid = member.id or 0
    owed = [k for k in months_between(key_of(first), key_of(today)) if book.owes(member, k)]

    def amount(months: list[str]) -> int:
        return sum(d.amount_fen for k in months if (d := book.due_in(mid, k)) is not None)

    def pay(day: date, months: list[str], method: PaymentMethod = PaymentMethod.ONLINE) -> None:
        if months and day <= today:
            found.append(DuesPayment(mid, day, amount(months), tuple(months), method, COLLECTOR))

    found: list[DuesPayment] = []
    if member.name == RETIRED:  # the whole year in January, December included: a prepayment
        ahead = [
            k for k in months_between(key_of(first), f"{today.year}-12") if book.owes(member, k)
        ]
        for year in sorted({k[:4] for k in ahead}):
            pay(date(int(year), 1, 8), [k for k in ahead if k.startswith(year)], PaymentMethod.CASH)
        return found
    if member.name == QUARTERLY:
        for q_end in sorted({quarter_end(k) for k in owed}):
            months = [k for k in owed if shift(key_of(q_end), -2) <= k <= key_of(q_end)]
            pay(q_end.replace(day=20), months)
        return found
    for key in owed:
        if member.name == IN_ARREARS and key >= f"{today.year}-06":
            continue
        if member.name == BACK_PAYER and key in (f"{today.year}-02", f"{today.year}-03"):
            if key.endswith("03"):
                pay(date(today.year, 4, 12), [f"{today.year}-02", key], PaymentMethod.CASH)
            continue
        day = month_start(key).replace(day=rng.randint(5, 18))
        pay(day, [key])
    return found


def _handovers(ws: Workspace, first: date, today: date) -> None:
    """Each ended quarter's collection handed upward on the 15th of the next month."""
    payments = ws.dues.payments.every()
    quarter = date(first.year, 1, 1)
    while True:
        q_last = month_end(shift(key_of(quarter), 2))
        handed_on = date(q_last.year + (q_last.month == 12), q_last.month % 12 + 1, 15)
        if handed_on > today:
            break
        total = sum(p.amount_fen for p in payments if quarter <= p.paid_on <= q_last)
        if total:
            index = (quarter.month - 1) // 3
            ws.dues.handovers.save(
                DuesHandover(
                    handed_on,
                    total,
                    f"{quarter.year}年第{QUARTERS_ZH[index]}季度",
                    "区社会组织党委",
                    "收据已存档",
                )
            )
        quarter = month_start(shift(key_of(quarter), 3))
