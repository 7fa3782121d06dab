"""Dues rates at every band edge, the fixed categories, and the ledger's sums in 分."""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.core.dues import (
    DEFAULT_DUES_RATES,
    DuesBase,
    DuesCategory,
    DuesPayment,
    monthly_due,
    parse_yuan,
    percent_of,
    validate_payment,
    yuan,
)
from branchdesk.core.dues_ledger import DuesBook, allocate, member_year
from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.members import Member, MembershipEvent

S = DuesCategory.SALARY
R = DuesCategory.RETIRED


def due(category: DuesCategory, base: str) -> int:
    fen = parse_yuan(base)
    assert fen is not None
    return monthly_due(DuesBase(1, date(2026, 1, 1), category, fen), DEFAULT_DUES_RATES).amount_fen


@pytest.mark.parametrize(
    ("base", "expected_fen"),
    [
        ("3000.00", 1500),  # 0.5% of the whole base
        ("3000.01", 3000),  # 1%: 30.0001 元 → 30.00
        ("5000.00", 5000),
        ("5000.01", 7500),  # 1.5%: 75.00015 元 → 75.00
        ("10000.00", 15000),
        ("10000.01", 20000),  # 2%: 200.0002 元 → 200.00
        ("0.01", 0),  # 0.00005 元 rounds down
        ("1", 1),  # 0.5 分 rounds half up
        ("2999.99", 1500),  # 14.99995 元 → 15.00 (half up)
    ],
)
def test_salary_bands_at_their_edges(base: str, expected_fen: int) -> None:
    assert due(S, base) == expected_fen


@pytest.mark.parametrize(
    ("base", "expected_fen"),
    [("5000.00", 2500), ("5000.01", 5000), ("3000.00", 1500), ("12000", 12000)],
)
def test_retiree_bands(base: str, expected_fen: int) -> None:
    assert due(R, base) == expected_fen


@pytest.mark.parametrize(
    "category", [DuesCategory.STUDENT, DuesCategory.UNEMPLOYED, DuesCategory.RELIEF]
)
def test_fixed_categories_pay_twenty_fen_whatever_the_base(category: DuesCategory) -> None:
    assert due(category, "0") == 20
    assert due(category, "8000") == 20


def test_an_approved_manual_amount_replaces_the_rate() -> None:
    base = DuesBase(1, date(2026, 1, 1), S, 800_000, manual_fen=1000)
    result = monthly_due(base, DEFAULT_DUES_RATES)
    assert (result.amount_fen, result.rate) == (1000, None)


def test_percent_of_rounds_half_up_exactly() -> None:
    assert percent_of(100, 50) == 1  # 0.5 分
    assert percent_of(99, 50) == 0  # 0.495 分
    assert percent_of(333_333, 150) == 5000  # 4999.995 分
    assert yuan(123456) == "1234.56"
    assert parse_yuan("3,000.5元") == 300050
    assert parse_yuan("1.234") is None
    assert parse_yuan("abc") is None


def member(joined: date = date(2010, 7, 1), events: tuple[MembershipEvent, ...] = ()) -> Member:
    return Member("张三", joined, full_on=date(2011, 7, 1), events=events, id=1)


def test_a_base_change_mid_year_applies_from_its_month() -> None:
    book = DuesBook(
        bases=(
            DuesBase(1, date(2026, 1, 1), S, 450_000),  # 1%: 45.00
            DuesBase(1, date(2026, 7, 15), S, 600_000),  # 1.5%: 90.00 from July
        )
    )
    year = member_year(book, member(), 2026, date(2026, 12, 31))
    dues = [m.due_fen for m in year.months]
    assert dues == [4500] * 6 + [9000] * 6
    assert year.due_fen == 6 * 4500 + 6 * 9000 == 81000
    assert year.base is not None and year.base.base_fen == 600_000


def test_prepayment_covers_months_ahead_and_counts_in_their_year() -> None:
    base = DuesBase(1, date(2026, 1, 1), S, 450_000)
    months = ("2026-11", "2026-12", "2027-01", "2027-02")
    book = DuesBook(bases=(base,), payments=(DuesPayment(1, date(2026, 11, 3), 18000, months),))
    year = member_year(book, member(), 2026, date(2026, 11, 27))
    assert [m.paid_fen for m in year.months][10:] == [4500, 4500]
    assert year.paid_fen == 9000  # January and February 2027 are next year's
    next_year = member_year(book, member(), 2027, date(2027, 3, 2))
    assert next_year.paid_fen == 9000
    assert next_year.arrears_months == 0  # February ended and is paid; March is running


def test_back_payment_clears_arrears_and_sums_exactly() -> None:
    base = DuesBase(1, date(2026, 1, 1), S, 533_333)  # 1.5% of 5333.33 元: 79.99995 → 80.00
    months = tuple(f"2026-{m:02d}" for m in range(1, 4))
    book = DuesBook(bases=(base,))
    before = member_year(book, member(), 2026, date(2026, 4, 10))
    assert before.arrears_months == 3 and before.arrears_run == months
    paid = DuesBook(bases=(base,), payments=(DuesPayment(1, date(2026, 4, 10), 24001, months),))
    after = member_year(paid, member(), 2026, date(2026, 4, 10))
    assert after.arrears_months == 0 and after.arrears_run == ()
    assert [m.paid_fen for m in after.months][:3] == [8001, 8000, 8000]  # the odd 分 first
    assert after.paid_fen == 24001 and after.due_fen == 4 * 8000


def test_allocate_spreads_every_fen() -> None:
    payment = DuesPayment(1, date(2026, 1, 1), 100, ("2026-03", "2026-01", "2026-02"))
    assert allocate(payment) == {"2026-01": 34, "2026-02": 33, "2026-03": 33}


def test_months_owed_follow_membership() -> None:
    admitted = Member("李四", date(2026, 3, 15), id=1)
    out = MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, date(2026, 8, 1))
    left = Member("李四", date(2026, 3, 15), events=(out,), id=1)
    book = DuesBook(bases=(DuesBase(1, date(2026, 3, 15), S, 200_000),))
    owed = [m.owed for m in member_year(book, admitted, 2026, date(2026, 12, 31)).months]
    assert owed == [False, False] + [True] * 10  # from the month of admission
    owed = [m.owed for m in member_year(book, left, 2026, date(2026, 12, 31)).months]
    assert owed == [False, False] + [True] * 5 + [False] * 5  # not from August on


def test_a_tracking_start_leaves_earlier_months_unowed() -> None:
    book = DuesBook(
        bases=(DuesBase(1, date(2020, 1, 1), S, 200_000),), tracking_start=date(2026, 5, 1)
    )
    year = member_year(book, member(), 2026, date(2026, 12, 31))
    assert [m.owed for m in year.months] == [False] * 4 + [True] * 8


def test_a_payment_is_validated() -> None:
    errors = validate_payment(DuesPayment(1, date(2026, 1, 1), 0, ("2026-13",)))
    assert {e.field for e in errors} == {"amount_fen", "months"}


def test_the_report_sentence_comes_from_the_year() -> None:
    from branchdesk.core.dues import DuesHandover
    from branchdesk.core.dues_summary import dues_sentence, dues_year

    base = DuesBase(1, date(2025, 1, 1), S, 450_000)  # 45.00 元 a month
    paid = tuple(f"2025-{m:02d}" for m in range(1, 13))
    book = DuesBook((base,), (DuesPayment(1, date(2025, 1, 9), 54_000, paid),))
    handed = (DuesHandover(date(2025, 12, 20), 50_000, "2025年"),)
    year = dues_year(book, [member()], handed, 2025, date(2026, 3, 1))
    assert (year.due_fen, year.paid_fen, year.held_fen) == (54_000, 54_000, 4_000)
    assert dues_sentence(year) == (
        "全年应交党费540.00元，党员实交540.00元，向上级党组织上缴500.00元；党员均按时交纳。"
    )
    late = dues_year(DuesBook((base,)), [member()], (), 2025, date(2025, 4, 2))
    assert dues_sentence(late) == (
        "1月至4月应交党费180.00元，党员实交0.00元，向上级党组织上缴0.00元；"
        "1名党员未按时交纳（张三欠交3个月）。"
    )


def test_a_member_with_no_base_is_listed_owing_nothing() -> None:
    from branchdesk.core.dues_ledger import members_year

    book = DuesBook((DuesBase(1, date(2026, 1, 1), S, 300_000),))
    other = Member("李四", date(2020, 7, 1), id=2)
    gone = Member(
        "王五", date(2015, 7, 1), id=3,
        events=(MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, date(2025, 6, 1)),),
    )  # fmt: skip
    lines = members_year(book, [member(), other, gone], 2026, date(2026, 6, 30))
    assert [(m.name, m.base is None, m.due_fen) for m in lines] == [
        ("张三", False, 6 * 1500),
        ("李四", True, 0),  # a member this year, no base recorded: shown, owing nothing
    ]
    assert members_year(DuesBook(), [member(), other], 2026, date(2026, 6, 30)) == []


def test_rate_errors_name_the_row_at_fault() -> None:
    from dataclasses import replace

    from branchdesk.core.dues import DEFAULT_DUES_RATES, rate_errors, validate_rates

    assert rate_errors(DEFAULT_DUES_RATES) == []
    rates = list(DEFAULT_DUES_RATES)
    rates[1] = replace(rates[1], up_to_fen=300_000)  # 在职 band 2 no higher than band 1
    rates[5] = replace(rates[5], up_to_fen=900_000)  # 离退休's last band with a limit
    rates[0] = replace(rates[0], rate_bp=10_001)
    found = [(row, e.field) for row, e in rate_errors(tuple(rates))]
    assert found == [(1, "up_to_fen"), (5, "up_to_fen"), (0, "rate_bp")]
    assert [e.field for e in validate_rates(tuple(rates))] == ["up_to_fen", "rate_bp"]
