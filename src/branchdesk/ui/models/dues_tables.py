"""Table models of the 党费 page: the month's collection grid, the year, bases, payments and
hand-overs. Amounts are 分, shown as 元 with two decimals."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from branchdesk.core.dues import DuesBase, DuesHandover, DuesPayment, parse_yuan, yuan
from branchdesk.core.dues_ledger import MemberYear
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import Language, label
from branchdesk.ui.models.record_table import Column

CONTEXT = "DuesTables"


@dataclass(frozen=True)
class CollectionEntry:
    """A grid row: what the member owes this month, what he hands over now, confirmed?"""

    member_id: int
    name: str
    due_fen: int | None
    paid_fen: int  # already paid towards the month before
    amount_fen: int  # prefilled with what is still owed
    confirmed: bool = False


def entry_of(member_id: int, name: str, due_fen: int | None, paid_fen: int) -> CollectionEntry:
    owed = max(0, (due_fen or 0) - paid_fen)
    return CollectionEntry(member_id, name, due_fen, paid_fen, owed)


def _amount(entry: CollectionEntry, value: Any) -> CollectionEntry:
    fen = parse_yuan(str(value))
    if fen is None:
        raise ValueError(value)
    return replace(entry, amount_fen=fen, confirmed=True)


def _money(fen: int | None) -> str:
    return "" if fen is None else yuan(fen)


def collection_columns() -> list[Column[CollectionEntry]]:
    def state(e: CollectionEntry) -> str:
        if e.confirmed:
            return QCoreApplication.translate("DuesTables", "Confirmed")
        if e.due_fen is not None and e.paid_fen >= e.due_fen:
            return QCoreApplication.translate("DuesTables", "Paid")
        return ""

    return [
        Column("name", QT_TRANSLATE_NOOP("DuesTables", "Name"), lambda e: e.name),
        Column("due", QT_TRANSLATE_NOOP("DuesTables", "Owes a month"),
               lambda e: _money(e.due_fen) if e.due_fen is not None else
               QCoreApplication.translate("DuesTables", "no base"), align_right=True),
        Column("paid", QT_TRANSLATE_NOOP("DuesTables", "Paid before"),
               lambda e: _money(e.paid_fen) if e.paid_fen else "", align_right=True),
        Column("amount", QT_TRANSLATE_NOOP("DuesTables", "Paying now (yuan)"),
               lambda e: _money(e.amount_fen), edit=_amount,
               edit_value=lambda e: _money(e.amount_fen), align_right=True),
        Column("state", QT_TRANSLATE_NOOP("DuesTables", "State"), state),
    ]  # fmt: skip


def year_columns(language: Language) -> list[Column[MemberYear]]:
    def rate(m: MemberYear) -> str:
        if m.monthly is None:
            return ""
        if m.monthly.rate is None:
            return QCoreApplication.translate("DuesTables", "approved amount")
        return m.monthly.rate.describe()

    return [
        Column("name", QT_TRANSLATE_NOOP("DuesTables", "Name"), lambda m: m.name),
        Column("category", QT_TRANSLATE_NOOP("DuesTables", "Category"),
               lambda m: label(m.base.category, language) if m.base else
               QCoreApplication.translate("DuesTables", "no base")),
        Column("base", QT_TRANSLATE_NOOP("DuesTables", "Monthly base"),
               lambda m: _money(m.base.base_fen) if m.base and m.base.base_fen else "",
               sort_key=lambda m: m.base.base_fen if m.base else 0, align_right=True),
        Column("rate", QT_TRANSLATE_NOOP("DuesTables", "Rate"), rate),
        Column("monthly", QT_TRANSLATE_NOOP("DuesTables", "A month"),
               lambda m: _money(m.monthly.amount_fen) if m.monthly else "", align_right=True),
        Column("due", QT_TRANSLATE_NOOP("DuesTables", "Due"), lambda m: yuan(m.due_fen),
               sort_key=lambda m: m.due_fen, align_right=True),
        Column("paid", QT_TRANSLATE_NOOP("DuesTables", "Paid"), lambda m: yuan(m.paid_fen),
               sort_key=lambda m: m.paid_fen, align_right=True),
        Column("arrears", QT_TRANSLATE_NOOP("DuesTables", "Months in arrears"),
               lambda m: str(m.arrears_months) if m.arrears_months else "",
               sort_key=lambda m: m.arrears_months, align_right=True),
    ]  # fmt: skip


def base_columns(language: Language, names: dict[int, str]) -> list[Column[DuesBase]]:
    return [
        Column("name", QT_TRANSLATE_NOOP("DuesTables", "Name"),
               lambda b: names.get(b.member_id, "")),
        Column("from", QT_TRANSLATE_NOOP("DuesTables", "Applies from"),
               lambda b: b.applies_from.isoformat()),
        Column("category", QT_TRANSLATE_NOOP("DuesTables", "Category"),
               lambda b: label(b.category, language)),
        Column("base", QT_TRANSLATE_NOOP("DuesTables", "Monthly base"),
               lambda b: _money(b.base_fen) if b.base_fen else "", align_right=True),
        Column("manual", QT_TRANSLATE_NOOP("DuesTables", "Approved amount"),
               lambda b: _money(b.manual_fen), align_right=True),
        Column("quarterly", QT_TRANSLATE_NOOP("DuesTables", "Quarterly"),
               lambda b: "✓" if b.quarterly else ""),
        Column("note", QT_TRANSLATE_NOOP("DuesTables", "Note"), lambda b: b.note),
    ]  # fmt: skip


def payment_columns(language: Language, names: dict[int, str]) -> list[Column[DuesPayment]]:
    return [
        Column("paid_on", QT_TRANSLATE_NOOP("DuesTables", "Paid on"),
               lambda p: p.paid_on.isoformat()),
        Column("name", QT_TRANSLATE_NOOP("DuesTables", "Name"),
               lambda p: names.get(p.member_id, "")),
        Column("months", QT_TRANSLATE_NOOP("DuesTables", "Months covered"), months_text),
        Column("amount", QT_TRANSLATE_NOOP("DuesTables", "Amount"), lambda p: yuan(p.amount_fen),
               sort_key=lambda p: p.amount_fen, align_right=True),
        Column("method", QT_TRANSLATE_NOOP("DuesTables", "Paid by"),
               lambda p: label(p.method, language)),
        Column("note", QT_TRANSLATE_NOOP("DuesTables", "Note"), lambda p: p.note),
    ]  # fmt: skip


def handover_columns() -> list[Column[DuesHandover]]:
    return [
        Column("handed_on", QT_TRANSLATE_NOOP("DuesTables", "Handed over on"),
               lambda h: h.handed_on.isoformat()),
        Column("period", QT_TRANSLATE_NOOP("DuesTables", "Period"), lambda h: h.period),
        Column("amount", QT_TRANSLATE_NOOP("DuesTables", "Amount"), lambda h: yuan(h.amount_fen),
               sort_key=lambda h: h.amount_fen, align_right=True),
        Column("receiver", QT_TRANSLATE_NOOP("DuesTables", "Received by"), lambda h: h.receiver),
        Column("note", QT_TRANSLATE_NOOP("DuesTables", "Note"), lambda h: h.note),
    ]  # fmt: skip


def months_text(p: DuesPayment) -> str:
    """2026-01 – 2026-03 for a run of months, else the months listed."""
    from branchdesk.core.dues_ledger import months_between

    months = list(p.months)
    if len(months) > 2 and months == list(months_between(months[0], months[-1])):
        return f"{months[0]} – {months[-1]}"
    return ", ".join(months)
