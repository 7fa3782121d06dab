"""法定节假日: the official calendar a public notice's working days are counted by.

Seeded from a maintained library; the secretary adds next year's days from the State
Council's notice when it is published (or corrects one). The tab receives callables, never
a repository.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from branchdesk.core.dates import parse_date_text
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.validation import NOT_A_DATE, one_line
from branchdesk.core.workdays import DayKind, OfficialDay
from branchdesk.ui.forms.ui_holidays_tab import Ui_HolidaysTab
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.record_table import Column, RecordTableModel
from branchdesk.ui.pages.settings.inline_table import InlineTable
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate


@dataclass(frozen=True)
class DayRow:
    day: OfficialDay
    stored_as: date | None  # the date it is stored under: a changed date moves the row


def _day(value: Any) -> date:
    found = parse_date_text(str(value or ""))
    if found is None:
        raise ValueError("a day needs its date")
    return found


class HolidaysTab(QWidget):
    def __init__(
        self,
        load: Callable[[], list[OfficialDay]],
        save: Callable[[OfficialDay], None],
        remove: Callable[[date], None],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HolidaysTab()
        self.ui.setupUi(self)
        self._load, self._save_day, self._remove_day = load, save, remove
        language = label_language()
        columns: list[Column[DayRow]] = [
            Column(
                "day",
                QT_TRANSLATE_NOOP("HolidaysTab", "Date"),
                lambda r: f"{r.day.day.isoformat()} {'一二三四五六日'[r.day.day.weekday()]}",
                edit=lambda r, v: dataclasses.replace(
                    r, day=dataclasses.replace(r.day, day=_day(v))
                ),
                edit_value=lambda r: r.day.day.isoformat(),
            ),
            Column(
                "kind",
                QT_TRANSLATE_NOOP("HolidaysTab", "Kind"),
                lambda r: label(r.day.kind, language),
                edit=lambda r, v: dataclasses.replace(
                    r, day=dataclasses.replace(r.day, kind=DayKind(v))
                ),
                edit_value=lambda r: r.day.kind.value,
            ),
            Column(
                "name",
                QT_TRANSLATE_NOOP("HolidaysTab", "Festival"),
                lambda r: r.day.name,
                edit=lambda r, v: dataclasses.replace(
                    r, day=dataclasses.replace(r.day, name=one_line(str(v or "")))
                ),
            ),
        ]
        self.model: RecordTableModel[DayRow] = RecordTableModel(columns, "HolidaysTab", self)
        self.ui.holidayTable.setItemDelegateForColumn(
            self.model.column_of("kind"),
            ChoiceDelegate(lambda: [(label(k, language), k.value) for k in DayKind], self),
        )
        self.ui.yearSpin.setValue(today().year + 1 if today().month == 12 else today().year)
        self.table = InlineTable(
            owner=self,
            view=self.ui.holidayTable,
            model=self.model,
            error_label=self.ui.errorLabel,
            add_button=self.ui.addButton,
            remove_button=self.ui.removeButton,
            save_button=self.ui.saveButton,
            load=self._rows,
            save=self._store,
            create=self._new_row,
            remove=lambda r: self._remove_day(r.day.day),
            unreadable={"day": NOT_A_DATE},
            question=self.tr(
                "The official holidays have changes that are not saved yet. Save them?"
            ),
        )
        self._year = self.ui.yearSpin.value()
        self.ui.yearSpin.valueChanged.connect(self._year_chosen)

    def _year_chosen(self, year: int) -> None:
        """Another year: changes to this one's days are asked about first (取消 stays)."""
        if year == self._year:
            return
        if not self.table.may_leave():
            self.ui.yearSpin.blockSignals(True)
            self.ui.yearSpin.setValue(self._year)
            self.ui.yearSpin.blockSignals(False)
            return
        self._year = year
        self.table.reload()

    def has_unsaved_changes(self) -> bool:
        return self.table.has_unsaved_changes()

    def may_close(self) -> bool:
        return self.table.may_leave()

    def reload(self) -> None:
        self.table.reload()

    def _rows(self) -> list[DayRow]:
        year = self.ui.yearSpin.value()
        rows = [DayRow(d, d.day) for d in self._load() if d.day.year == year]
        self.ui.yearStatus.setText(
            self.tr("{count} days entered for {year}.").format(count=len(rows), year=year)
            if rows
            else self.tr("No days for {year} yet: weekends alone are counted.").format(year=year)
        )
        return rows

    def _store(self, row: DayRow) -> None:
        if row.stored_as is not None and row.stored_as != row.day.day:
            self._remove_day(row.stored_as)
        self._save_day(row.day)

    def _new_row(self) -> DayRow:
        year = self.ui.yearSpin.value()
        taken = {d.day for d in self._load()}
        day = date(year, 1, 1)
        while day in taken:
            day = (
                day.replace(day=day.day + 1)
                if day.day < 28
                else day.replace(month=day.month + 1, day=1)
            )
        return DayRow(OfficialDay(day, DayKind.HOLIDAY, ""), None)
