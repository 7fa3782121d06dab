"""Party dues (党费): categories, monthly bases, the rate table, and money in 分.

《关于中国共产党党费收缴、使用和管理的规定》(2008): the rate applies to the whole base (one
rate, not progressive bands); retirees have their own bands; students, the unemployed and
members on relief pay a fixed 0.2 元. The rates are rows of the editable rule set
(`DEFAULT_DUES_RATES`, stored by the store only when edited).

Money is always an integer of 分. The regulation says nothing of rounding; a percentage of
a base is rounded half up to the 分 (`ROUNDING_NOTE`, shown beside the rates).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import register_labels
from branchdesk.core.validation import FieldError, limit_text, one_line

DUES_RULES = "《关于中国共产党党费收缴、使用和管理的规定》(2008)"
ROUNDING_NOTE = "党费金额以分为单位计算，按基数乘以比例后四舍五入到分"
ROUNDING_NOTE_EN = "Amounts are in fen: base × rate, rounded half up to the fen"
BASIS_POINTS = 10_000  # a rate of 150 basis points is 1.5%


class DuesCategory(StrEnum):
    SALARY = "salary"  # 在职: after-tax, fixed and regular monthly pay (art. 1)
    RETIRED = "retired"  # 离退休: the pension (art. 5)
    STUDENT = "student"  # 学生 (art. 6)
    UNEMPLOYED = "unemployed"  # 下岗失业 (art. 6)
    RELIEF = "relief"  # 享受低保、生活困难 (art. 6)


register_labels(
    {
        DuesCategory.SALARY: ("Salaried", "在职"),
        DuesCategory.RETIRED: ("Retired", "离退休"),
        DuesCategory.STUDENT: ("Student", "学生"),
        DuesCategory.UNEMPLOYED: ("Unemployed", "下岗失业"),
        DuesCategory.RELIEF: ("On relief", "享受低保"),
    }
)

# Categories whose amount is a percentage of a base (the others pay a fixed amount).
BASED_CATEGORIES = frozenset({DuesCategory.SALARY, DuesCategory.RETIRED})


@dataclass(frozen=True)
class DuesRate:
    """One row of the rate table: for *category*, a base up to `up_to_fen` (inclusive;
    None: no upper bound) pays `rate_bp` basis points of the whole base, or `fixed_fen`."""

    id: str  # stable: salary_1 … salary_4, retired_1, retired_2, student, unemployed, relief
    category: DuesCategory
    up_to_fen: int | None
    rate_bp: int  # 50 = 0.5%; 0 for a fixed amount
    fixed_fen: int | None
    basis: str  # regulation and article

    def amount(self, base_fen: int) -> int:
        if self.fixed_fen is not None:
            return self.fixed_fen
        return percent_of(base_fen, self.rate_bp)

    def describe(self) -> str:
        """The row as a person reads it: 3000元以下 0.5%; 0.2元/月."""
        if self.fixed_fen is not None:
            return f"{yuan(self.fixed_fen)}元/月"
        return f"{self.rate_bp / 100:g}%"


def percent_of(base_fen: int, rate_bp: int) -> int:
    """*rate_bp* basis points of *base_fen*, rounded half up to the 分 (exact integers)."""
    return (base_fen * rate_bp * 2 + BASIS_POINTS) // (2 * BASIS_POINTS)


def yuan(fen: int) -> str:
    """12345 → '123.45' (always two decimals; a sign for negatives)."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    return f"{sign}{whole}.{part:02d}"


def parse_yuan(text: str) -> int | None:
    """'3000', '3000.5', '3,000.01', '3000元' → 分; None when it is not an amount of money.
    Decimal text is read exactly (no float), at most two decimals."""
    cleaned = text.strip().replace(",", "").replace("，", "").removesuffix("元").strip()
    if not cleaned:
        return None
    whole, _, part = cleaned.partition(".")
    if not whole:
        whole = "0"
    if not whole.isdigit() or (part and not part.isdigit()) or len(part) > 2:
        return None
    return int(whole) * 100 + int(part.ljust(2, "0") or "0")


_ART2 = f"{DUES_RULES}第二条"
_ART5 = f"{DUES_RULES}第五条"
_ART6 = f"{DUES_RULES}第六条"
_S = DuesCategory.SALARY
_R = DuesCategory.RETIRED
DEFAULT_DUES_RATES: tuple[DuesRate, ...] = (
    DuesRate("salary_1", _S, 300_000, 50, None, _ART2),
    DuesRate("salary_2", _S, 500_000, 100, None, _ART2),
    DuesRate("salary_3", _S, 1_000_000, 150, None, _ART2),
    DuesRate("salary_4", _S, None, 200, None, _ART2),
    DuesRate("retired_1", _R, 500_000, 50, None, _ART5),
    DuesRate("retired_2", _R, None, 100, None, _ART5),
    DuesRate("student", DuesCategory.STUDENT, None, 0, 20, _ART6),
    DuesRate("unemployed", DuesCategory.UNEMPLOYED, None, 0, 20, _ART6),
    DuesRate("relief", DuesCategory.RELIEF, None, 0, 20, _ART6),
)


def rate_for(rates: tuple[DuesRate, ...], category: DuesCategory, base_fen: int) -> DuesRate:
    """The row that applies to the whole *base_fen*: the lowest band that holds it."""
    rows = sorted(
        (r for r in rates if r.category == category),
        key=lambda r: r.up_to_fen if r.up_to_fen is not None else float("inf"),
    )
    for row in rows:
        if row.up_to_fen is None or base_fen <= row.up_to_fen:
            return row
    raise LookupError(f"no dues rate for {category} at {base_fen} fen")


@dataclass(frozen=True)
class DuesBase:
    """A member's monthly base from the month of `applies_from` on, until the next base."""

    member_id: int
    applies_from: date
    category: DuesCategory = DuesCategory.SALARY
    base_fen: int = 0  # after-tax pay or pension; 0 for the fixed categories
    manual_fen: int | None = None  # an amount the upper level approved (art. 7)
    quarterly: bool = False  # pays once a quarter, as agreed (art. 12)
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class MonthlyDue:
    amount_fen: int
    rate: DuesRate | None  # None: a manual amount
    base: DuesBase


def monthly_due(base: DuesBase, rates: tuple[DuesRate, ...]) -> MonthlyDue:
    if base.manual_fen is not None:
        return MonthlyDue(base.manual_fen, None, base)
    rate = rate_for(rates, base.category, base.base_fen)
    return MonthlyDue(rate.amount(base.base_fen), rate, base)


class PaymentMethod(StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"  # bank transfer
    ONLINE = "online"  # WeChat / Alipay / the platform


register_labels(
    {
        PaymentMethod.CASH: ("Cash", "现金"),
        PaymentMethod.TRANSFER: ("Bank transfer", "转账"),
        PaymentMethod.ONLINE: ("Online", "线上支付"),
    }
)


@dataclass(frozen=True)
class DuesPayment:
    """Money received from one member, naming the months it covers (one or several,
    ahead or behind). The amount is spread over them (`core.dues_ledger.allocate`)."""

    member_id: int
    paid_on: date
    amount_fen: int
    months: tuple[str, ...]  # "2026-03", sorted
    method: PaymentMethod = PaymentMethod.CASH
    collector: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class DuesHandover:
    """Money handed to the upper-level committee (上缴) for a period, e.g. 2026-Q1."""

    handed_on: date
    amount_fen: int
    period: str  # free text as the receipt says it: 2026年第一季度
    receiver: str = ""
    note: str = ""
    id: int | None = None


AMOUNT_NOT_POSITIVE = QT_TRANSLATE_NOOP("Validation", "Enter an amount above zero.")
NO_MONTHS = QT_TRANSLATE_NOOP("Validation", "Name at least one month the payment covers.")
BAD_MONTH = QT_TRANSLATE_NOOP("Validation", "Use a month as YYYY-MM.")
BASE_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "The base cannot be below zero.")
PERIOD_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Name the period handed over.")


def is_month_key(text: str) -> bool:
    year, _, month = text.partition("-")
    return len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12


def validate_payment(payment: DuesPayment) -> list[FieldError]:
    errors: list[FieldError] = []
    if payment.amount_fen <= 0:
        errors.append(FieldError("amount_fen", AMOUNT_NOT_POSITIVE))
    if not payment.months:
        errors.append(FieldError("months", NO_MONTHS))
    elif not all(is_month_key(m) and len(m) == 7 for m in payment.months):
        errors.append(FieldError("months", BAD_MONTH))
    limit_text(errors, "collector", payment.collector, 30)
    limit_text(errors, "note", payment.note, 200)
    return errors


def validate_base(base: DuesBase) -> list[FieldError]:
    errors: list[FieldError] = []
    if base.base_fen < 0:
        errors.append(FieldError("base_fen", BASE_NEGATIVE))
    if base.manual_fen is not None and base.manual_fen <= 0:
        errors.append(FieldError("manual_fen", AMOUNT_NOT_POSITIVE))
    limit_text(errors, "note", base.note, 200)
    return errors


def validate_handover(handover: DuesHandover) -> list[FieldError]:
    errors: list[FieldError] = []
    if handover.amount_fen <= 0:
        errors.append(FieldError("amount_fen", AMOUNT_NOT_POSITIVE))
    if not one_line(handover.period):
        errors.append(FieldError("period", PERIOD_REQUIRED))
    limit_text(errors, "period", handover.period, 30)
    limit_text(errors, "receiver", handover.receiver, 30)
    limit_text(errors, "note", handover.note, 200)
    return errors


RATE_ORDER = QT_TRANSLATE_NOOP(
    "Validation", "Bands of a category must rise, and its last band must have no upper limit."
)
RATE_RANGE = QT_TRANSLATE_NOOP("Validation", "A rate is between 0% and 100%.")


def validate_rates(rates: tuple[DuesRate, ...]) -> list[FieldError]:
    """The rate table still gives every base of every category exactly one row."""
    unique: list[FieldError] = []
    for _row, error in rate_errors(rates):
        if error not in unique:
            unique.append(error)
    return unique


def rate_errors(rates: tuple[DuesRate, ...]) -> list[tuple[int | None, FieldError]]:
    """Each problem of the rate table with the row it concerns (an index of *rates*; None
    for a category without a row): where a category's bands stop rising, or its last band
    has an upper limit; a rate outside 0–100 %."""
    errors: list[tuple[int | None, FieldError]] = []
    for category in DuesCategory:
        rows = [i for i, r in enumerate(rates) if r.category == category]
        if not rows:
            errors.append((None, FieldError("up_to_fen", RATE_ORDER)))
        wrong = next((i for n, i in enumerate(rows) if _out_of_order(rates, rows, n)), None)
        if wrong is not None:
            errors.append((wrong, FieldError("up_to_fen", RATE_ORDER)))
    errors += [
        (i, FieldError("rate_bp", RATE_RANGE))
        for i, r in enumerate(rates)
        if not 0 <= r.rate_bp <= BASIS_POINTS
    ]
    return errors


def _out_of_order(rates: tuple[DuesRate, ...], rows: list[int], n: int) -> bool:
    """Row *n* of a category (*rows*: its indices): the last without a limit, each other
    with a limit above every limit before it."""
    limit = rates[rows[n]].up_to_fen
    if n == len(rows) - 1:
        return limit is not None
    earlier = [u for i in rows[:n] if (u := rates[i].up_to_fen) is not None]
    return limit is None or any(limit <= u for u in earlier)


def parse_rate(text: str) -> int | None:
    """'1.5', '1.5%' → 150 basis points (exact, at most two decimals); None otherwise."""
    fen = parse_yuan(text.strip().removesuffix("%"))
    return fen  # a percentage with two decimals is read like 元 with two: 1.5 → 150
