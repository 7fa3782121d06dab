"""Party dues (issue 18): bases, payments with the months they cover, hand-overs upward,
and the rate table as the user keeps it (the defaults until edited)."""

from __future__ import annotations

from typing import Any

from branchdesk.core.dues import (
    DEFAULT_DUES_RATES,
    DuesBase,
    DuesCategory,
    DuesHandover,
    DuesPayment,
    DuesRate,
    PaymentMethod,
    validate_base,
    validate_handover,
    validate_payment,
    validate_rates,
)
from branchdesk.core.dues_ledger import DuesBook
from branchdesk.core.validation import FieldError, ValidationError, one_line
from branchdesk.store.connection import Database
from branchdesk.store.convert import now_stamp, req_date, to_date
from branchdesk.store.record_base import TrashableRepository

_BASE_COLUMNS = "id, member_id, applies_from, category, base_fen, manual_fen, quarterly, note"
_PAYMENT_COLUMNS = "id, member_id, paid_on, amount_fen, method, collector, note"
_HANDOVER_COLUMNS = "id, handed_on, amount_fen, period, receiver, note"


def _refuse_invalid(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


class DuesBaseRepository(TrashableRepository[DuesBase]):
    table = "dues_bases"
    date_column = "applies_from"
    what = "dues base"

    def save(self, base: DuesBase) -> DuesBase:
        _refuse_invalid(validate_base(base))
        values = {
            "member_id": base.member_id,
            "applies_from": base.applies_from.isoformat(),
            "category": base.category.value,
            "base_fen": base.base_fen,
            "manual_fen": base.manual_fen,
            "quarterly": int(base.quarterly),
            "note": one_line(base.note),
        }
        with self._db.atomic():
            base_id = self._upsert(base.id, values)
        return self.get(base_id)

    def every(self) -> list[DuesBase]:
        """Every live base of every year: a base applies until the next one."""
        return self._select("WHERE deleted_at IS NULL ORDER BY applies_from, id", [])

    def _select(self, clause: str, params: list[Any]) -> list[DuesBase]:
        rows = self._db.execute(f"SELECT {_BASE_COLUMNS} FROM dues_bases {clause}", params)
        return [
            DuesBase(
                member_id=r[1],
                applies_from=req_date(r[2]),
                category=DuesCategory(r[3]),
                base_fen=r[4],
                manual_fen=r[5],
                quarterly=bool(r[6]),
                note=r[7],
                id=r[0],
            )
            for r in rows.fetchall()
        ]


class DuesPaymentRepository(TrashableRepository[DuesPayment]):
    table = "dues_payments"
    date_column = "paid_on"
    what = "dues payment"

    def save(self, payment: DuesPayment) -> DuesPayment:
        _refuse_invalid(validate_payment(payment))
        with self._db.atomic():
            payment_id = self._upsert(payment.id, _payment_values(payment))
            self._replace_children(
                "dues_payment_months", "payment_id", payment_id, _month_rows(payment)
            )
        return self.get(payment_id)

    def save_many(self, payments: list[DuesPayment]) -> list[DuesPayment]:
        """A month's collection from the grid: all saved, or none."""
        with self._db.atomic():
            return [self.save(p) for p in payments]

    def add_many(self, payments: list[DuesPayment]) -> None:
        """Insert many new payments at once (the demo's two years), validated, not re-read."""
        with self._db.atomic():
            for payment in payments:
                _refuse_invalid(validate_payment(payment))
                payment_id = self._upsert(None, _payment_values(payment))
                self._replace_children(
                    "dues_payment_months", "payment_id", payment_id, _month_rows(payment)
                )

    def every(self) -> list[DuesPayment]:
        """Every live payment: one paid in December may cover next year's months."""
        return self._select("WHERE deleted_at IS NULL ORDER BY paid_on, id", [])

    def _select(self, clause: str, params: list[Any]) -> list[DuesPayment]:
        rows = self._db.execute(
            f"SELECT {_PAYMENT_COLUMNS} FROM dues_payments {clause}", params
        ).fetchall()
        months: dict[int, list[str]] = {}
        ids = [r[0] for r in rows]
        # One payment (after a save) reads its own months; a listing reads them all.
        where = f"WHERE payment_id = {int(ids[0])} " if len(ids) == 1 else ""
        if ids:
            for payment_id, month in self._db.execute(
                f"SELECT payment_id, month FROM dues_payment_months {where}ORDER BY month"
            ).fetchall():
                months.setdefault(payment_id, []).append(month)
        return [
            DuesPayment(
                member_id=r[1],
                paid_on=req_date(r[2]),
                amount_fen=r[3],
                months=tuple(months.get(r[0], ())),
                method=PaymentMethod(r[4]),
                collector=r[5],
                note=r[6],
                id=r[0],
            )
            for r in rows
        ]


def _payment_values(payment: DuesPayment) -> dict[str, Any]:
    return {
        "member_id": payment.member_id,
        "paid_on": payment.paid_on.isoformat(),
        "amount_fen": payment.amount_fen,
        "method": payment.method.value,
        "collector": one_line(payment.collector),
        "note": one_line(payment.note),
    }


def _month_rows(payment: DuesPayment) -> list[dict[str, Any]]:
    return [{"month": m} for m in sorted(set(payment.months))]


class DuesHandoverRepository(TrashableRepository[DuesHandover]):
    table = "dues_handovers"
    date_column = "handed_on"
    what = "dues hand-over"

    def save(self, handover: DuesHandover) -> DuesHandover:
        _refuse_invalid(validate_handover(handover))
        values = {
            "handed_on": handover.handed_on.isoformat(),
            "amount_fen": handover.amount_fen,
            "period": one_line(handover.period),
            "receiver": one_line(handover.receiver),
            "note": one_line(handover.note),
        }
        with self._db.atomic():
            handover_id = self._upsert(handover.id, values)
        return self.get(handover_id)

    def _select(self, clause: str, params: list[Any]) -> list[DuesHandover]:
        rows = self._db.execute(f"SELECT {_HANDOVER_COLUMNS} FROM dues_handovers {clause}", params)
        return [DuesHandover(req_date(r[1]), r[2], r[3], r[4], r[5], r[0]) for r in rows.fetchall()]


class DuesRateRepository:
    """The rate table: the shipped defaults until the user edits it, then the stored rows."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> tuple[DuesRate, ...]:
        rows = self._db.execute(
            "SELECT id, category, up_to_fen, rate_bp, fixed_fen, basis FROM dues_rates "
            "ORDER BY position"
        ).fetchall()
        if not rows:
            return DEFAULT_DUES_RATES
        return tuple(DuesRate(r[0], DuesCategory(r[1]), r[2], r[3], r[4], r[5]) for r in rows)

    def save(self, rates: tuple[DuesRate, ...]) -> None:
        """Replace the whole table (it must still give every base of every category a row)."""
        _refuse_invalid(validate_rates(rates))
        stamp = now_stamp()
        with self._db.atomic():
            self._db.execute("DELETE FROM dues_rates")
            for position, r in enumerate(rates):
                self._db.execute(
                    "INSERT INTO dues_rates (id, position, category, up_to_fen, rate_bp, "
                    "fixed_fen, basis, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [r.id, position, r.category.value, r.up_to_fen, r.rate_bp, r.fixed_fen,
                     r.basis, stamp],
                )  # fmt: skip

    def restore_defaults(self) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM dues_rates")


def dues_book(db: Database) -> DuesBook:
    """Every base and payment with the rate table, for the ledger and the six-month rules;
    no month before the branch's tracking start (开始使用本软件记录的日期) is owed."""
    row = db.execute("SELECT tracking_from FROM branch WHERE id = 1").fetchone()
    return DuesBook(
        tuple(DuesBaseRepository(db).every()),
        tuple(DuesPaymentRepository(db).every()),
        DuesRateRepository(db).all(),
        tracking_start=to_date(row[0]) if row is not None else None,
    )
