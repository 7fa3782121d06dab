"""The 党费 page's three small forms (a base, a payment, a hand-over): a record shown in
the form, and the form read back into a record (None when a field cannot be read: each such
field and why is added to *problems*, for the page to say beside the form, naming the field).
Amounts are typed in 元 and kept in 分."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

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
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.validation import REQUIRED, FieldError
from branchdesk.ui.forms.ui_dues_page import Ui_DuesPage
from branchdesk.ui.i18n import error_text
from branchdesk.ui.pages.record_form import read_date
from branchdesk.ui.widgets.date_line_edit import DateLineEdit

NOT_YUAN = QT_TRANSLATE_NOOP(
    "Validation", "Give an amount in yuan, e.g. 40.00 (at most two decimals)."
)
NOT_MONTHS = QT_TRANSLATE_NOOP(
    "Validation", "Give months such as 2026-01 to 2026-03, or 2026-11, 2026-12."
)

Problems = list[tuple[QWidget, FieldError]]  # a field that cannot be read, and why


def problems_text(problems: Problems) -> str:
    """Each field that cannot be read, by its label, and why: 金额（元）：请填写……"""
    return "；".join(f"{_label_of(field)}：{error_text(error)}" for field, error in problems)


def _label_of(field: QWidget) -> str:
    parent = field.parentWidget()
    form = parent.layout() if parent is not None else None
    label = form.labelForField(field) if isinstance(form, QFormLayout) else None
    text = label.text() if isinstance(label, QLabel) else field.objectName()
    return text.replace("&", "")


def _date(edit: DateLineEdit, problems: Problems) -> date | None:
    errors: list[FieldError] = []
    value = read_date(edit, edit.objectName(), errors, required=True)
    problems.extend((edit, e) for e in errors)
    return value


def _yuan(edit: QLineEdit, problems: Problems, *, required: bool) -> int | None:
    """The amount typed, in 分; None when empty (a problem if *required*) or unreadable."""
    text = edit.text().strip()
    if not text:
        if required:
            problems.append((edit, FieldError(edit.objectName(), REQUIRED)))
        return None
    fen = parse_yuan(text)
    if fen is None:
        problems.append((edit, FieldError(edit.objectName(), NOT_YUAN)))
    return fen


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


def read_base(ui: Ui_DuesPage, record_id: int | None, problems: Problems) -> DuesBase | None:
    day = _date(ui.baseFromEdit, problems)
    base_fen = _yuan(ui.baseAmountEdit, problems, required=False)
    manual = _yuan(ui.manualAmountEdit, problems, required=False)
    if day is None or problems:
        return None
    return DuesBase(
        ui.baseMemberCombo.currentData(), day,
        DuesCategory(ui.baseCategoryCombo.currentData()), base_fen or 0, manual,
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


def read_payment(ui: Ui_DuesPage, record_id: int | None, problems: Problems) -> DuesPayment | None:
    day = _date(ui.payOnEdit, problems)
    months = parse_months(ui.payMonthsEdit.text())
    if months is None:
        problems.append((ui.payMonthsEdit, FieldError("months", NOT_MONTHS)))
    amount = _yuan(ui.payAmountEdit, problems, required=True)
    if months is None or amount is None or day is None or problems:
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


def read_handover(
    ui: Ui_DuesPage, record_id: int | None, problems: Problems
) -> DuesHandover | None:
    day = _date(ui.handOnEdit, problems)
    amount = _yuan(ui.handAmountEdit, problems, required=True)
    if amount is None or day is None or problems:
        return None
    return DuesHandover(
        day, amount, ui.handPeriodEdit.text(), ui.handReceiverEdit.text(),
        ui.handNoteEdit.text(), record_id,
    )  # fmt: skip
