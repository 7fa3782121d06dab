"""The dues ledgers (issue 18): 党费收缴台账 (each member's year) and 党费上缴台账."""

from __future__ import annotations

from datetime import date

from branchdesk.core.dues import yuan
from branchdesk.core.dues_summary import DuesYear
from branchdesk.core.labels import label
from branchdesk.reports.ledgers import Cell, Ledger


def numbered(rows: list[tuple[Cell, ...]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple((n, *row) for n, row in enumerate(rows, start=1))


def _rate_text(line_rate: str | None, manual: bool) -> str:
    if manual:
        return "批准定额"
    return line_rate or ""


def collection_ledger(dues: DuesYear | None) -> Ledger:
    rows: list[tuple[Cell, ...]] = []
    for m in dues.members if dues is not None else ():
        base, monthly = m.base, m.monthly
        rows.append(
            (
                m.name,
                label(base.category, "zh") if base else "未核定",
                yuan(base.base_fen) if base and base.base_fen else "",
                _rate_text(monthly.rate.describe() if monthly and monthly.rate else None,
                           bool(monthly and monthly.rate is None)),
                yuan(monthly.amount_fen) if monthly else "",
                m.owed_months,
                yuan(m.due_fen),
                yuan(m.paid_fen),
                m.arrears_months or "",
            )
        )  # fmt: skip
    if dues is not None and dues.members:
        rows.append(
            ("合计", "", "", "", "", sum(m.owed_months for m in dues.members),
             yuan(dues.due_fen), yuan(dues.paid_fen),
             sum(m.arrears_months for m in dues.members) or "")
        )  # fmt: skip
    return Ledger(
        "dues_payments",
        "党费收缴台账",
        ("序号", "姓名", "类别", "月基数（元）", "比例", "月应交（元）", "应交月数",
         "应交合计（元）", "实交合计（元）", "欠交月数"),
        (2, 4, 4, 5, 4, 5, 3, 5, 5, 3),
        numbered(rows),
    )  # fmt: skip


def handover_ledger(dues: DuesYear | None) -> Ledger:
    rows: list[tuple[Cell, ...]] = [
        (h.handed_on, h.period, yuan(h.amount_fen), h.receiver, h.note)
        for h in (dues.handovers if dues is not None else ())
    ]
    return Ledger(
        "dues_handovers",
        "党费上缴台账",
        ("序号", "上缴日期", "所属期间", "金额（元）", "接收单位", "备注"),
        (2, 5, 7, 5, 8, 8),
        numbered(rows),
    )


def empty_year(year: int, today: date) -> DuesYear:
    """A year with no dues read (the report of a folder whose dues were not loaded)."""
    return DuesYear(year, min(today, date(year, 12, 31)), (), (), (), 0)
