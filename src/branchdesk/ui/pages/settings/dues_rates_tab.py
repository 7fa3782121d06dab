"""设置 → 党费标准 (issue 18): the dues rates of the rule set as a table edited in place, with
the rounding rule beside them, and whether leave with a reason excuses organisational life.

The tab receives callables (the Workspace's dues service), never a repository.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget

from branchdesk.core.dues import (
    ROUNDING_NOTE,
    ROUNDING_NOTE_EN,
    DuesRate,
    parse_rate,
    parse_yuan,
    validate_rates,
    yuan,
)
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.validation import ValidationError
from branchdesk.ui.forms.ui_dues_rates_tab import Ui_DuesRatesTab
from branchdesk.ui.i18n import error_text, label_language
from branchdesk.ui.models.record_table import Column, RecordTableModel


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


class DuesRatesTab(QWidget):
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
        self.model.record_edited.connect(lambda *_: self._store())
        self.model.edit_refused.connect(lambda *_: self._refused())
        self.ui.restoreButton.clicked.connect(self.restore_defaults)
        self.ui.leaveExcusedCheck.toggled.connect(self._set_leave_excused)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(self._rates())
        self.ui.leaveExcusedCheck.blockSignals(True)
        self.ui.leaveExcusedCheck.setChecked(self._leave_excused())
        self.ui.leaveExcusedCheck.blockSignals(False)

    def _store(self) -> None:
        rates = tuple(self.model.records())
        errors = validate_rates(rates)
        if errors:
            self.ui.errorLabel.setText("；".join(error_text(e) for e in errors))
            self.model.set_records(self._rates())  # the table keeps what was saved
            return
        try:
            self._save(rates)
        except ValidationError as exc:
            self.ui.errorLabel.setText("；".join(error_text(e) for e in exc.errors))
            return
        self.ui.errorLabel.setText("")

    def _refused(self) -> None:
        self.ui.errorLabel.setText(self.tr("Give an amount in yuan or a percentage, e.g. 1.5."))

    def restore_defaults(self) -> None:
        self._restore()
        self.ui.errorLabel.setText("")
        self.reload()
