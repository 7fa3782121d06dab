"""The dues use cases (issue 18) as one Workspace service: what the 党费 page, the CLI, the
ledger and the report ask of dues. The UI receives this object, never a repository."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.dues import (
    DuesBase,
    DuesHandover,
    DuesPayment,
    DuesRate,
    PaymentMethod,
)
from branchdesk.core.dues_ledger import DuesBook, month_end, month_start
from branchdesk.core.dues_summary import DuesYear, dues_year
from branchdesk.core.members import Member
from branchdesk.core.membership import presence_periods
from branchdesk.store import recycle_bin
from branchdesk.store.compliance_facts import LEAVE_EXCUSED_SETTING, leave_excused
from branchdesk.store.connection import Database
from branchdesk.store.settings_repo import SettingsRepository

if TYPE_CHECKING:  # reportlab loads only when a notice is built
    from branchdesk.reports.fonts import FontSet
from branchdesk.store.dues_repo import (
    DuesBaseRepository,
    DuesHandoverRepository,
    DuesPaymentRepository,
    DuesRateRepository,
    dues_book,
)


@dataclass(frozen=True)
class CollectionRow:
    """One line of a month's collection grid: prefilled with what the member owes."""

    member_id: int
    name: str
    due_fen: int | None  # None: no base recorded, nothing to prefill
    paid_fen: int  # already paid towards the month


class DuesService:
    def __init__(
        self,
        db: Database,
        members: Callable[[], Sequence[Member]],
        branch_name: Callable[[], str] = lambda: "",
        fonts: Callable[[], FontSet] | None = None,
    ) -> None:
        self._db = db
        self._members = members
        self._branch_name = branch_name
        self._fonts = fonts
        self.bases = DuesBaseRepository(db)
        self.payments = DuesPaymentRepository(db)
        self.handovers = DuesHandoverRepository(db)
        self.rates = DuesRateRepository(db)

    def book(self) -> DuesBook:
        return dues_book(self._db)

    def members(self) -> list[Member]:
        return list(self._members())

    def year(self, year: int, today: date) -> DuesYear:
        return dues_year(self.book(), self._members(), self.handovers.all(), year, today)

    def collection(self, month: str) -> list[CollectionRow]:
        """Everyone who belongs in *month*: those owing it with the amount, those with no
        base yet with none (so that a payment can still be taken)."""
        book = self.book()
        first, last = month_start(month), month_end(month)
        rows: list[CollectionRow] = []
        for member in self._members():
            if member.id is None or not _belongs_during(member, first, last):
                continue
            due = book.due_in(member.id, month) if book.owes(member, month) else None
            rows.append(
                CollectionRow(
                    member.id,
                    member.name,
                    due.amount_fen if due is not None else None,
                    book.paid_in(member.id, month),
                )
            )
        return rows

    def collect(
        self,
        month: str,
        amounts: Sequence[tuple[int, int]],
        paid_on: date,
        method: PaymentMethod = PaymentMethod.CASH,
        collector: str = "",
    ) -> list[DuesPayment]:
        """A month's collection from the grid: one payment per (member id, 分), all or none."""
        return self.payments.save_many(
            [
                DuesPayment(member_id, paid_on, fen, (month,), method, collector)
                for member_id, fen in amounts
                if fen > 0
            ]
        )

    def save_payment(self, payment: DuesPayment) -> DuesPayment:
        return self.payments.save(payment)

    def save_base(self, base: DuesBase) -> DuesBase:
        return self.bases.save(base)

    def save_handover(self, handover: DuesHandover) -> DuesHandover:
        return self.handovers.save(handover)

    def build_notice(self, year: int, target: Path, fmt: str, today: date) -> int | None:
        """The year's 党费收缴情况公示 as "pdf" or "docx" at *target*; PDF pages, or None."""
        from branchdesk.reports.dues_notice import build_notice, notice_document

        document = notice_document(self._branch_name(), self.year(year, today), today)
        fonts = self._fonts() if fmt == "pdf" and self._fonts is not None else None
        return build_notice(document, fonts, target, fmt)

    def all_bases(self) -> list[DuesBase]:
        return self.bases.every()

    def payments_of(self, year: int) -> list[DuesPayment]:
        """Payments received in *year* (by the day paid)."""
        return self.payments.all(year)

    def handovers_of(self, year: int) -> list[DuesHandover]:
        return self.handovers.all(year)

    def rate_table(self) -> tuple[DuesRate, ...]:
        return self.rates.all()

    def save_rates(self, rates: tuple[DuesRate, ...]) -> None:
        self.rates.save(rates)

    def restore_rates(self) -> None:
        self.rates.restore_defaults()

    def leave_excused(self) -> bool:
        """The rule set's word: leave with a reason counts as taking part (org life)."""
        return leave_excused(self._db)

    def set_leave_excused(self, excused: bool) -> None:
        SettingsRepository(self._db).set(LEAVE_EXCUSED_SETTING, excused)

    def move_to_bin(self, key: str, record_id: int) -> None:
        """A base, payment or hand-over entered by mistake goes to the recycle bin."""
        recycle_bin.move_to_bin(self._db, key, record_id)


def _belongs_during(member: Member, first: date, last: date) -> bool:
    return any(s <= last and (e is None or e > first) for s, e in presence_periods(member))
