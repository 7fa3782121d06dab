"""The 党费 page's three small forms (a base, a payment, a hand-over): a record shown in
the form, and the form read back into a record (None when a date or amount cannot be read;
the page says so beside the form). Amounts are typed in 元 and kept in 分."""

from __future__ import annotations

from datetime import date

from branchdesk.core.dues import (
    DuesBase,
    DuesCategory,
    DuesHandover,
    DuesPayment,
    PaymentMethod,
    parse_yuan,
    yuan,
)
from branchdesk.core.dues_ledger import parse_months
from branchdesk.ui.forms.ui_dues_page import Ui_DuesPage


def show_base(ui: Ui_DuesPage, base: DuesBase | None, today: date) -> None:
    if base is not None:
        ui.baseMemberCombo.setCurrentIndex(ui.baseMemberCombo.findData(base.member_id))
    ui.baseFromEdit.set_date_value(base.applies_from if base else today)
    ui.baseCategoryCombo.setCurrentIndex(
        ui.baseCategoryCombo.findData(base.category if base else DuesCategory.SALARY)
    )
    ui.baseAmountEdit.setText(yuan(base.base_fen) if base and base.base_fen else "")
    manual = base.manual_fen if base else None
    ui.manualAmountEdit.setText(yuan(manual) if manual is not None else "")
    ui.quarterlyCheck.setChecked(bool(base and base.quarterly))
    ui.baseNoteEdit.setText(base.note if base else "")
    ui.baseErrorLabel.setText("")


def read_base(ui: Ui_DuesPage, record_id: int | None) -> DuesBase | None:
    day = ui.baseFromEdit.date_value()
    base_fen = parse_yuan(ui.baseAmountEdit.text() or "0")
    manual_text = ui.manualAmountEdit.text().strip()
    manual = parse_yuan(manual_text) if manual_text else None
    if day is None or base_fen is None or (manual_text and manual is None):
        return None
    return DuesBase(
        ui.baseMemberCombo.currentData(), day,
        DuesCategory(ui.baseCategoryCombo.currentData()), base_fen, manual,
        ui.quarterlyCheck.isChecked(), ui.baseNoteEdit.text(), record_id,
    )  # fmt: skip


def show_payment(ui: Ui_DuesPage, payment: DuesPayment | None, today: date) -> None:
    if payment is not None:
        index = ui.payMemberCombo.findData(payment.member_id)
        ui.payMemberCombo.setCurrentIndex(max(0, index))
    ui.payOnEdit.set_date_value(payment.paid_on if payment else today)
    ui.payMonthsEdit.setText(", ".join(payment.months) if payment else "")
    ui.payAmountEdit.setText(yuan(payment.amount_fen) if payment else "")
    method = payment.method if payment else PaymentMethod.CASH
    ui.payMethodCombo.setCurrentIndex(ui.payMethodCombo.findData(method))
    ui.payNoteEdit.setText(payment.note if payment else "")
    ui.payErrorLabel.setText("")


def read_payment(ui: Ui_DuesPage, record_id: int | None) -> DuesPayment | None:
    months = parse_months(ui.payMonthsEdit.text())
    amount = parse_yuan(ui.payAmountEdit.text())
    day = ui.payOnEdit.date_value()
    if months is None or amount is None or day is None:
        return None
    return DuesPayment(
        ui.payMemberCombo.currentData(), day, amount, months,
        PaymentMethod(ui.payMethodCombo.currentData()), "", ui.payNoteEdit.text(), record_id,
    )  # fmt: skip


def show_handover(ui: Ui_DuesPage, handover: DuesHandover | None, today: date) -> None:
    ui.handOnEdit.set_date_value(handover.handed_on if handover else today)
    ui.handPeriodEdit.setText(handover.period if handover else "")
    ui.handAmountEdit.setText(yuan(handover.amount_fen) if handover else "")
    ui.handReceiverEdit.setText(handover.receiver if handover else "")
    ui.handNoteEdit.setText(handover.note if handover else "")
    ui.handErrorLabel.setText("")


def read_handover(ui: Ui_DuesPage, record_id: int | None) -> DuesHandover | None:
    amount = parse_yuan(ui.handAmountEdit.text())
    day = ui.handOnEdit.date_value()
    if amount is None or day is None:
        return None
    return DuesHandover(
        day, amount, ui.handPeriodEdit.text(), ui.handReceiverEdit.text(),
        ui.handNoteEdit.text(), record_id,
    )  # fmt: skip
