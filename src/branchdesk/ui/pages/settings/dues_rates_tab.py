"""设置 → 党费标准 (issue 18): the dues rates of the rule set as a table edited in place, with
the rounding rule beside them, and whether leave with a reason excuses organisational life;
both saved with 保存, as every tab of 设置.

The tab receives callables (the Workspace's dues service), never a repository.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from branchdesk.core.dues import (
    ROUNDING_NOTE,
    ROUNDING_NOTE_EN,
    DuesRate,
    parse_rate,
    parse_yuan,
    rate_errors,
    yuan,
)
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.validation import FieldError, ValidationError
from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.forms.ui_dues_rates_tab import Ui_DuesRatesTab
from branchdesk.ui.i18n import error_text, label_language
from branchdesk.ui.models.record_table import Column, RecordTableModel
from branchdesk.ui.unsaved_changes import escape_cancels, may_go_on


def _up_to(rate: DuesRate, value: Any) -> DuesRate:
    text = str(value).strip()
    if not text:
        return dataclasses.replace(rate, up_to_fen=None)
    fen = parse_yuan(text)
    if fen is None or fen == 0:
        raise ValueError(value)
    return dataclasses.replace(rate, up_to_fen=fen)


def _rate(rate: DuesRate, value: Any) -> DuesRate:
    points = parse_rate(str(value))
    if points is None:
        raise ValueError(value)
    return dataclasses.replace(rate, rate_bp=points, fixed_fen=None)


def _fixed(rate: DuesRate, value: Any) -> DuesRate:
    text = str(value).strip()
    fen = parse_yuan(text) if text else None
    if text and fen is None:
        raise ValueError(value)
    return dataclasses.replace(rate, fixed_fen=fen, rate_bp=0 if fen is not None else rate.rate_bp)


def _columns() -> list[Column[DuesRate]]:
    language = label_language()
    return [
        Column("category", QT_TRANSLATE_NOOP("DuesRatesTab", "Category"),
               lambda r: label(r.category, language)),
        Column("up_to", QT_TRANSLATE_NOOP("DuesRatesTab", "Base up to (yuan)"),
               lambda r: yuan(r.up_to_fen) if r.up_to_fen is not None else "—",
               edit=_up_to, edit_value=lambda r: yuan(r.up_to_fen) if r.up_to_fen else "",
               align_right=True),
        Column("rate", QT_TRANSLATE_NOOP("DuesRatesTab", "Rate of the whole base"),
               lambda r: f"{r.rate_bp / 100:g}%" if r.fixed_fen is None else "",
               edit=_rate, edit_value=lambda r: f"{r.rate_bp / 100:g}", align_right=True),
        Column("fixed", QT_TRANSLATE_NOOP("DuesRatesTab", "Fixed a month (yuan)"),
               lambda r: yuan(r.fixed_fen) if r.fixed_fen is not None else "",
               edit=_fixed, edit_value=lambda r: yuan(r.fixed_fen) if r.fixed_fen else "",
               align_right=True),
        Column("basis", QT_TRANSLATE_NOOP("DuesRatesTab", "Basis"), lambda r: r.basis,
               tooltip=lambda r: r.basis),
    ]  # fmt: skip


# What a cell that cannot be read needs, by column: amounts in 元 (kept as 分), rates in %.
_UNREADABLE = {
    "up_to": QT_TRANSLATE_NOOP(
        "DuesRatesTab", "Give the upper limit in yuan, e.g. 5000 or 5000.50, or leave it empty."
    ),
    "rate": QT_TRANSLATE_NOOP(
        "DuesRatesTab", "Give the rate as a percentage of the whole base, e.g. 1.5 (for 1.5%)."
    ),
    "fixed": QT_TRANSLATE_NOOP(
        "DuesRatesTab", "Give a fixed amount in yuan, e.g. 0.20, or leave it empty."
    ),
}
_COLUMN_OF_FIELD = {"up_to_fen": "up_to", "rate_bp": "rate", "fixed_fen": "fixed"}


class DuesRatesTab(QWidget):
    """The rates and the leave rule are held as edited until 保存 (Ctrl+S); Esc, another
    page's restore or closing the window ask 保存 / 不保存 / 取消 (ui/unsaved_changes.py)."""

    def __init__(
        self,
        rates: Callable[[], tuple[DuesRate, ...]],
        save_rates: Callable[[tuple[DuesRate, ...]], None],
        restore_rates: Callable[[], None],
        leave_excused: Callable[[], bool],
        set_leave_excused: Callable[[bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rates, self._save, self._restore = rates, save_rates, restore_rates
        self._leave_excused, self._set_leave_excused = leave_excused, set_leave_excused
        self._saved: tuple[tuple[DuesRate, ...], bool] = ((), True)  # as stored
        self.ui = Ui_DuesRatesTab()
        self.ui.setupUi(self)
        self.model = RecordTableModel(_columns(), "DuesRatesTab", self)
        view = self.ui.rateTable
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        note = ROUNDING_NOTE if label_language() == "zh" else ROUNDING_NOTE_EN
        self.ui.roundingLabel.setText(note)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.model.record_edited.connect(lambda *_: self.ui.errorLabel.clear())
        self.model.edit_refused.connect(self._refused)
        self.ui.restoreButton.clicked.connect(self.restore_defaults)
        self.ui.saveButton.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        escape_cancels(self, self.cancel)
        self.reload()

    def reload(self) -> None:
        """The rates as stored; anything unsaved is dropped (the caller asked first)."""
        self._saved = (self._rates(), self._leave_excused())
        self.model.set_records(self._saved[0])
        self.ui.leaveExcusedCheck.setChecked(self._saved[1])
        self.ui.errorLabel.clear()

    def _shown(self) -> tuple[tuple[DuesRate, ...], bool]:
        return tuple(self.model.records()), self.ui.leaveExcusedCheck.isChecked()

    def has_unsaved_changes(self) -> bool:
        return self._shown() != self._saved

    def may_close(self) -> bool:
        """Asks 保存 / 不保存 / 取消 about rates not saved; False to stay with them."""
        return may_go_on(
            self,
            self.has_unsaved_changes(),
            self.tr("The dues rates have changes that are not saved yet. Save them?"),
            self.save,
            self.reload,
        )

    def cancel(self) -> None:
        """Esc: the rates as saved, after asking."""
        self.may_close()

    def save(self) -> bool:
        """Store the table as a whole; the core judges it (validate_rates) and a refusal is
        said beside the table, naming the band, with its cell shown. True when saved."""
        rates, excused = self._shown()
        errors = rate_errors(rates)
        try:
            if not errors and rates != self._saved[0]:
                self._save(rates)
        except ValidationError as exc:
            errors = [(None, e) for e in exc.errors]
        if errors:
            self._say(errors)
            return False
        if excused != self._saved[1]:
            self._set_leave_excused(excused)
        self.reload()
        return True

    def _say(self, errors: list[tuple[int | None, FieldError]]) -> None:
        texts = []
        for row, error in errors:
            text = error_text(error)
            texts.append(f"{self._band(row)}：{text}" if row is not None else text)
        self.ui.errorLabel.setText("；".join(texts))
        for row, error in errors:  # the first cell at fault, shown
            if row is not None:
                column = self.model.column_of(_COLUMN_OF_FIELD.get(error.field, "up_to"))
                self.ui.rateTable.setCurrentIndex(self.model.index(row, column))
                self.ui.rateTable.setFocus()
                return

    def _band(self, row: int) -> str:
        """在职第2档: the category and the place of the row among its bands."""
        rates = self.model.records()
        category = rates[row].category
        band = sum(1 for r in rates[: row + 1] if r.category == category)
        return self.tr("{category}, band {band}").format(
            category=label(category, label_language()), band=band
        )

    def _refused(self, row: int, key: str) -> None:
        message = QCoreApplication.translate("DuesRatesTab", _UNREADABLE.get(key, ""))
        self.ui.errorLabel.setText(f"{self._band(row)}：{message}")

    def restore_defaults(self) -> None:
        if not self.may_close():  # rates not saved yet are asked about first
            return
        self._restore()
        self.reload()
