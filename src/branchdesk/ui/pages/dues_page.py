"""党费 (issue 18): the month's collection grid, the year per member, bases, payments
(several months ahead or behind) and hand-overs upward.

The page receives the Workspace's dues service (`DuesService`, described here by the
`DuesPort` protocol) and `today`; it imports nothing of the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QTableView, QWidget

from branchdesk.core.dues import (
    ROUNDING_NOTE,
    DuesBase,
    DuesCategory,
    DuesHandover,
    DuesPayment,
    DuesRate,
    PaymentMethod,
    yuan,
)
from branchdesk.core.dues_ledger import month_key
from branchdesk.core.dues_summary import DuesYear
from branchdesk.core.errors import UserError
from branchdesk.core.labels import label
from branchdesk.core.members import Member
from branchdesk.core.membership import is_member_on
from branchdesk.core.validation import ValidationError
from branchdesk.ui.forms.ui_dues_page import Ui_DuesPage
from branchdesk.ui.i18n import error_text, label_language, user_error_text
from branchdesk.ui.long_task import LongTask, run_long_task
from branchdesk.ui.models.dues_tables import (
    CONTEXT,
    CollectionEntry,
    base_columns,
    collection_columns,
    entry_of,
    handover_columns,
    payment_columns,
    year_columns,
)
from branchdesk.ui.models.record_table import RecordTableModel
from branchdesk.ui.pages.dues_form_edits import EditedForm
from branchdesk.ui.pages.dues_forms import (
    Problems,
    problems_text,
    read_base,
    read_handover,
    read_payment,
    show_base,
    show_handover,
    show_payment,
)
from branchdesk.ui.table_columns import fit_columns_to_content
from branchdesk.ui.unsaved_changes import (
    escape_cancels,
    field_values,
    may_go_on,
    put_field_values,
)
from branchdesk.ui.widgets.file_written import offer_to_open

NoticeBuilder = Callable[[int, Path, str], object]
Saved = TypeVar("Saved")


class CollectionLine(Protocol):
    @property
    def member_id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def due_fen(self) -> int | None: ...
    @property
    def paid_fen(self) -> int: ...


class DuesPort(Protocol):
    """What the page asks of the Workspace's dues service."""

    def year(self, year: int, today: date) -> DuesYear: ...
    def collection(self, month: str) -> Sequence[CollectionLine]: ...
    def collect(
        self, month: str, amounts: Sequence[tuple[int, int]], paid_on: date,
        method: PaymentMethod = ..., collector: str = ...,
    ) -> Sequence[DuesPayment]: ...  # fmt: skip
    def members(self) -> list[Member]: ...
    def all_bases(self) -> list[DuesBase]: ...
    def payments_of(self, year: int) -> list[DuesPayment]: ...
    def handovers_of(self, year: int) -> list[DuesHandover]: ...
    def save_base(self, base: DuesBase) -> DuesBase: ...
    def save_payment(self, payment: DuesPayment) -> DuesPayment: ...
    def save_handover(self, handover: DuesHandover) -> DuesHandover: ...
    def rate_table(self) -> tuple[DuesRate, ...]: ...
    def move_to_bin(self, key: str, record_id: int) -> None: ...


FORM_NAMES = ("base", "payment", "handover")  # the page's forms in 未保存的内容


def _views(ui: Ui_DuesPage) -> list[QTableView]:
    return [ui.collectionTable, ui.yearTable, ui.basesTable, ui.paymentsTable, ui.handoversTable]


class DuesPage(QWidget):
    def __init__(
        self,
        dues: DuesPort,
        today: Callable[[], date] = date.today,
        build_notice: NoticeBuilder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """*build_notice(year, target, "pdf" or "docx")* writes the 公示 on a worker thread
        (through a connection of its own); without it the button is hidden."""
        super().__init__(parent)
        self._dues = dues
        self._today = today
        self._build_notice = build_notice
        self.ui = Ui_DuesPage()
        self.ui.setupUi(self)
        language = label_language()
        self._names: dict[int, str] = {}
        self.collection = RecordTableModel(collection_columns(), CONTEXT, self)
        self.year_model = RecordTableModel(year_columns(language), CONTEXT, self)
        self.bases = RecordTableModel(base_columns(language, self._names), CONTEXT, self)
        self.payments = RecordTableModel(payment_columns(language, self._names), CONTEXT, self)
        self.handovers = RecordTableModel(handover_columns(), CONTEXT, self)
        models: tuple[RecordTableModel[Any], ...] = (
            self.collection,
            self.year_model,
            self.bases,
            self.payments,
            self.handovers,
        )
        for view, model in zip(_views(self.ui), models, strict=True):
            view.setModel(model)
            view.verticalHeader().hide()
            fit_columns_to_content(view)
        # A year's payments run to a thousand rows in a large branch: fixed widths, for
        # measuring them in a tab not yet shown meant every cell (a second on ten years).
        header = self.ui.paymentsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, chars in enumerate((8, 5, 14, 7, 6)):
            header.resizeSection(column, chars * header.fontMetrics().horizontalAdvance("0") + 24)
        ui = self.ui
        for category in DuesCategory:
            ui.baseCategoryCombo.addItem(label(category, language), category)
        for method in PaymentMethod:
            ui.payMethodCombo.addItem(label(method, language), method)
        ui.yearSpin.setValue(today().year)
        ui.noticeButton.setVisible(build_notice is not None)
        self.dues_year: DuesYear | None = None
        self.base_form = EditedForm[DuesBase](
            self, ui.tabs, ui.baseFields,
            self.tr("The base typed is not saved yet. Save it?"),
            lambda base: show_base(ui, base, today()), self._store_base,
        )  # fmt: skip
        self.payment_form = EditedForm[DuesPayment](
            self, ui.tabs, ui.paymentFields,
            self.tr("The payment typed is not saved yet. Save it?"),
            lambda payment: show_payment(ui, payment, today()), self._store_payment,
        )  # fmt: skip
        self.handover_form = EditedForm[DuesHandover](
            self, ui.tabs, ui.handoverFields,
            self.tr("The hand-over typed is not saved yet. Save it?"),
            lambda handover: show_handover(ui, handover, today()), self._store_handover,
        )  # fmt: skip
        self._shown_before = False
        self._month_shown: str | None = None
        self._connect()
        self.reload()
        for form in self._forms():  # new entries, dated today
            form.show(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.yearSpin.valueChanged.connect(lambda _: self._year_chosen())
        ui.monthCombo.currentIndexChanged.connect(lambda _: self._month_chosen())
        ui.collectionTable.confirm_requested.connect(self.confirm_row)
        self.collection.record_edited.connect(lambda *_: self._show_total())
        ui.saveCollectionButton.clicked.connect(self.save_collection)
        ui.cancelCollectionButton.clicked.connect(self.cancel_collection)
        save = QShortcut(QKeySequence.StandardKey.Save, ui.collectTab, self.save_collection)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape_cancels(ui.collectTab, self.cancel_collection)
        ui.noticeButton.clicked.connect(self.ask_and_publish)
        self.base_form.join(ui.cancelBaseButton, ui.saveBaseButton)
        ui.newBaseButton.clicked.connect(lambda: self.base_form.open(None))
        ui.deleteBaseButton.clicked.connect(lambda: self._bin("base", ui.basesTable, self.bases))
        ui.basesTable.clicked.connect(lambda i: self.base_form.open(self.bases.record(i.row())))
        self.payment_form.join(ui.cancelPaymentButton, ui.savePaymentButton)
        ui.newPaymentButton.clicked.connect(lambda: self.open_payment_draft(None))
        ui.deletePaymentButton.clicked.connect(
            lambda: self._bin("payment", ui.paymentsTable, self.payments)
        )
        ui.paymentsTable.clicked.connect(
            lambda i: self.open_payment_draft(self.payments.record(i.row()))
        )
        self.handover_form.join(ui.cancelHandoverButton, ui.saveHandoverButton)
        ui.newHandoverButton.clicked.connect(lambda: self.handover_form.open(None))
        ui.deleteHandoverButton.clicked.connect(
            lambda: self._bin("handover", ui.handoversTable, self.handovers)
        )
        ui.handoversTable.clicked.connect(
            lambda i: self.handover_form.open(self.handovers.record(i.row()))
        )
        # Enter in a field is 保存 (an incomplete form says what is missing and keeps it).
        for edit in (ui.baseAmountEdit, ui.manualAmountEdit, ui.baseNoteEdit):
            edit.returnPressed.connect(self.base_form.save)
        for edit in (ui.payMonthsEdit, ui.payAmountEdit, ui.payNoteEdit):
            edit.returnPressed.connect(self.payment_form.save)
        for edit in (ui.handPeriodEdit, ui.handAmountEdit, ui.handReceiverEdit, ui.handNoteEdit):
            edit.returnPressed.connect(self.handover_form.save)

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # Payments may have come from elsewhere since (an import, 概览); the first show
        # follows the load in __init__.
        if self._shown_before and not self.has_unsaved_changes():
            self.reload()
        self._shown_before = True
        super().showEvent(event)

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    def reload(self) -> None:
        today = self._today()
        members = self._dues.members()
        self._names.clear()
        self._names.update({m.id: m.name for m in members if m.id is not None})
        self.dues_year = self._dues.year(self.year, today)
        self.year_model.set_records(self.dues_year.members)
        self.bases.set_records(
            [b for b in self._dues.all_bases() if b.applies_from.year <= self.year]
        )
        self.payments.set_records(self._dues.payments_of(self.year))
        self.handovers.set_records(self._dues.handovers_of(self.year))
        self._fill_member_combos(members, today)
        self._fill_months(today)
        self._show_summary(self.dues_year)
        rates = "；".join(
            f"{label(r.category, 'zh')}"
            + (f"{yuan(r.up_to_fen)}元以下" if r.up_to_fen is not None else "")
            + f" {r.describe()}"
            for r in self._dues.rate_table()
        )
        self.ui.rateLabel.setText(f"{rates}。{ROUNDING_NOTE}。")
        self.ui.noticeLabel.setText(
            self.tr("The notice lists each member's monthly amount, what was due and paid and "
                    "the months in arrears; the bases (pay) are not published.")
        )  # fmt: skip

    def _fill_member_combos(self, members: list[Member], today: date) -> None:
        for combo in (self.ui.baseMemberCombo, self.ui.payMemberCombo):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for m in members:
                if m.id is not None and (is_member_on(m, today) or m.id == chosen):
                    combo.addItem(m.name, m.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _fill_months(self, today: date) -> None:
        combo = self.ui.monthCombo
        chosen = combo.currentData()
        last = 12 if self.year < today.year else today.month
        combo.blockSignals(True)
        combo.clear()
        for month in range(1, last + 1):
            combo.addItem(f"{self.year}年{month}月", month_key(self.year, month))
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)
        if self.ui.paidOnEdit.date_value() is None:
            self.ui.paidOnEdit.set_date_value(today)
        self.load_month()

    def _month_chosen(self) -> None:
        combo = self.ui.monthCombo
        if combo.currentData() == self._month_shown or self._may_replace_grid():
            self.load_month()
            return
        combo.blockSignals(True)  # 取消: the month with the confirmed amounts stays
        combo.setCurrentIndex(combo.findData(self._month_shown))
        combo.blockSignals(False)

    def _year_chosen(self) -> None:
        # The grid is replaced; the forms keep their typing (saved with their own year).
        if self._may_replace_grid():
            self.reload()
            return
        spin = self.ui.yearSpin
        spin.blockSignals(True)
        spin.setValue(int(self._month_shown[:4]) if self._month_shown else spin.value())
        spin.blockSignals(False)

    def _forms(self) -> tuple[EditedForm[Any], ...]:
        return (self.base_form, self.payment_form, self.handover_form)

    def has_unsaved_changes(self) -> bool:
        """Amounts confirmed in the grid, or typing in a form, not saved yet."""
        return bool(self._confirmed()) or any(f.has_unsaved_changes() for f in self._forms())

    def may_close(self) -> bool:
        """Before the page's records are replaced (a restore, the window closing): 保存 /
        不保存 / 取消 for the grid and for each form holding typing, in turn."""
        return self._may_replace_grid() and all(f.may_close() for f in self._forms())

    def _may_replace_grid(self) -> bool:
        """Before the grid is replaced (another month or year): 保存 / 不保存 / 取消 when it
        holds confirmed amounts."""
        text = self.tr("Amounts confirmed for the month are not saved yet. Save them?")
        changed = bool(self._confirmed())
        if changed:
            self.ui.tabs.setCurrentWidget(self.ui.collectTab)
        return may_go_on(self, changed, text, self.save_collection, self._discard_collection)

    def cancel_collection(self) -> None:
        """取消 or Esc: the confirmed amounts go, after asking (保存 keeps them as payments)."""
        self._may_replace_grid()

    def _discard_collection(self) -> None:
        """不保存: the month as stored, nothing confirmed."""
        self.collection.set_records([])
        self.load_month()

    def unsaved_content(self) -> dict[str, object] | None:
        """What is not saved yet, as 未保存的内容: the month's confirmed amounts (the grid's
        rows, the day paid and the collector) and each form's typing."""
        content: dict[str, object] = {}
        if self._confirmed():
            content.update(month=self._month_shown, fields=field_values(self.ui.collectTab))
        for name, form in zip(FORM_NAMES, self._forms(), strict=True):
            typed = form.unsaved_content()
            if typed is not None:
                content[name] = typed
        return content or None

    def restore_unsaved(self, content: dict[str, object]) -> None:
        finders: tuple[Callable[[int], Any], ...] = (
            lambda i: next((b for b in self._dues.all_bases() if b.id == i), None),
            lambda i: next((p for p in self.payments.records() if p.id == i), None),
            lambda i: next((h for h in self.handovers.records() if h.id == i), None),
        )
        if "month" in content:
            self._restore_collection(content)
        for name, form, find in zip(FORM_NAMES, self._forms(), finders, strict=True):
            typed = content.get(name)
            if isinstance(typed, dict):
                form.restore_unsaved(typed, find)

    def _restore_collection(self, content: dict[str, object]) -> None:
        month = str(content.get("month") or "")
        self.ui.tabs.setCurrentWidget(self.ui.collectTab)
        if month[:4].isdigit():
            self.ui.yearSpin.setValue(int(month[:4]))
        self.ui.monthCombo.setCurrentIndex(self.ui.monthCombo.findData(month))
        fields = content.get("fields")
        if isinstance(fields, dict):
            fields.pop("monthCombo", None)  # the month is chosen by its key, above
            put_field_values(self.ui.collectTab, fields)
        self._show_total()

    def load_month(self) -> None:
        month = self.ui.monthCombo.currentData()
        # Amounts confirmed and not saved stay when the same month is read again (a base
        # saved on another tab reloads the page).
        kept = {e.member_id: e for e in self._confirmed()} if month == self._month_shown else {}
        self._month_shown = month
        rows = self._dues.collection(month) if month else []
        entries = []
        for r in rows:
            entry = entry_of(r.member_id, r.name, r.due_fen, r.paid_fen)
            if r.member_id in kept:
                entry = replace(entry, amount_fen=kept[r.member_id].amount_fen, confirmed=True)
            entries.append(entry)
        self.collection.set_records(entries)
        self.ui.collectErrorLabel.setText("")
        view = self.ui.collectionTable
        view.setCurrentIndex(self.collection.index(0, self.collection.column_of("amount")))
        self._show_total()

    def _show_summary(self, d: DuesYear) -> None:
        self.ui.summaryLabel.setText(
            self.tr("Due %1 yuan · paid towards the year %2 · collected in the year %5 · "
                    "handed over %3 · held %4 · in arrears: %n", "", len(d.in_arrears))
            .replace("%1", yuan(d.due_fen)).replace("%2", yuan(d.paid_fen))
            .replace("%3", yuan(d.handed_over_fen)).replace("%4", yuan(d.held_fen))
            .replace("%5", yuan(d.collected_fen))
        )  # fmt: skip
        self.ui.heldLabel.setText(
            self.tr("Collected this year %1 yuan, handed over %2; still held %3.")
            .replace("%1", yuan(d.collected_fen)).replace("%2", yuan(d.handed_over_fen))
            .replace("%3", yuan(d.held_fen))
        )  # fmt: skip

    # -- the month's collection ---------------------------------------------------------
    def confirm_row(self, row: int) -> None:
        entry = self.collection.record(row)
        self.collection.replace(row, replace(entry, confirmed=True))
        self._show_total()

    def _confirmed(self) -> list[CollectionEntry]:
        return [e for e in self.collection.records() if e.confirmed and e.amount_fen > 0]

    def _show_total(self) -> None:
        confirmed = self._confirmed()
        self.ui.collectTotalLabel.setText(
            self.tr("Confirmed: %n, %1 yuan", "", len(confirmed)).replace(
                "%1", yuan(sum(e.amount_fen for e in confirmed))
            )
        )

    def save_collection(self) -> bool:
        month = self._month_shown  # the grid's month (the box may already show another)
        paid_on = self.ui.paidOnEdit.date_value()
        confirmed = self._confirmed()
        if not month or paid_on is None or not confirmed:
            self.ui.collectErrorLabel.setText(
                self.tr("Confirm at least one member's amount (Enter) and give the day paid.")
            )
            return False
        amounts = [(e.member_id, e.amount_fen) for e in confirmed]
        saved = None is not self._run(
            self.ui.collectErrorLabel,
            lambda: self._dues.collect(
                month, amounts, paid_on, collector=self.ui.collectorEdit.text()
            ),
        )
        if saved:
            self.collection.set_records([])  # saved: nothing confirmed is left to lose
            self.reload()
        return saved

    # -- bases, payments, hand-overs (their forms: dues_forms, dues_form_edits) -----------
    def save_base(self) -> bool:
        """保存 (its button, Enter, Ctrl+S): stored, the form then a new one."""
        return self.base_form.save()

    def _store_base(self) -> DuesBase | None:
        problems: Problems = []
        base = read_base(self.ui, self.base_form.editing, problems)
        if base is None:
            self._refused(self.ui.baseErrorLabel, problems)
            return None
        return self._saved(self.ui.baseErrorLabel, lambda: self._dues.save_base(base))

    def open_payment_draft(self, payment: DuesPayment | None) -> bool:
        """Show *payment* in the form (a saved one, or a draft from 概览), or a new one,
        after asking about typing in the form. False on 取消."""
        self.ui.tabs.setCurrentWidget(self.ui.paymentsTab)
        form = self.payment_form
        opened = form.open_draft(payment) if payment and payment.id is None else form.open(payment)
        self.ui.payAmountEdit.setFocus()
        return opened

    def save_payment(self) -> bool:
        """保存 (its button, Enter, Ctrl+S): stored, the form then a new one."""
        return self.payment_form.save()

    def _store_payment(self) -> DuesPayment | None:
        problems: Problems = []
        payment = read_payment(self.ui, self.payment_form.editing, problems)
        if payment is None:
            self._refused(self.ui.payErrorLabel, problems)
            return None
        return self._saved(self.ui.payErrorLabel, lambda: self._dues.save_payment(payment))

    def save_handover(self) -> bool:
        """保存 (its button, Enter, Ctrl+S): stored, the form then a new one."""
        return self.handover_form.save()

    def _store_handover(self) -> DuesHandover | None:
        problems: Problems = []
        handover = read_handover(self.ui, self.handover_form.editing, problems)
        if handover is None:
            self._refused(self.ui.handErrorLabel, problems)
            return None
        return self._saved(self.ui.handErrorLabel, lambda: self._dues.save_handover(handover))

    def _refused(self, error_label: QLabel, problems: Problems) -> None:
        """Each field that cannot be read, named beside the form; the first one focused,
        the typing kept."""
        error_label.setText(problems_text(problems))
        if problems:
            problems[0][0].setFocus()

    def _saved(self, error_label: QLabel, save: Callable[[], Saved]) -> Saved | None:
        saved = self._run(error_label, save)
        if saved is not None:
            self.reload()
        return saved

    # -- the notice ----------------------------------------------------------------------
    def ask_and_publish(self) -> None:
        name = f"{self.year}年度党费收缴情况公示.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the notice"), str(Path.home() / name), "PDF (*.pdf);;Word (*.docx)"
        )
        if path:
            self.publish_to(Path(path))

    def publish_to(self, target: Path) -> LongTask | None:
        if self._build_notice is None:
            return None
        build, year = self._build_notice, self.year
        fmt = "docx" if target.suffix.lower() == ".docx" else "pdf"
        task = run_long_task(
            self, self.tr("Building the notice…"), lambda _p: build(year, target, fmt)
        )
        task.done.connect(lambda _r: offer_to_open(self, self.tr("Notice"), target))
        return task

    # -- shared --------------------------------------------------------------------------
    def _bin(self, kind: str, view: QTableView, model: RecordTableModel[Any]) -> None:
        index = view.currentIndex()
        record = model.record(index.row()) if index.isValid() else None
        record_id = getattr(record, "id", None)
        if record_id is None:
            return
        key = {"base": "dues_bases", "payment": "dues_payments", "handover": "dues_handovers"}
        self._dues.move_to_bin(key[kind], record_id)
        form = dict(zip(FORM_NAMES, self._forms(), strict=True))[kind]
        if form.editing == record_id:  # the record in the form went: a new one instead
            form.show(None)
        self.reload()

    def _run(self, error_label: QLabel, action: Callable[[], Saved]) -> Saved | None:
        """Save through the service; a refusal is said beside the form, in Chinese (None)."""
        try:
            saved = action()
        except ValidationError as exc:
            error_label.setText("；".join(error_text(e) for e in exc.errors))
            return None
        except UserError as exc:
            error_label.setText(user_error_text(exc))
            return None
        error_label.setText("")
        return saved
