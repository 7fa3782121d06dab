"""A date field that accepts the forms people type and may be left empty.

QDateEdit cannot be empty, and secretaries type dates as 2019.7.1 or 2019年7月1日; this field
accepts every form `core.dates.parse_date_text` reads and shows ISO dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from branchdesk.core.dates import parse_date_text


class DateLineEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(16)
        self.editingFinished.connect(self._normalise)

    def date_value(self) -> date | None:
        """The date typed, None when empty; raises ValueError when it is not a real date."""
        return parse_date_text(self.text())

    def set_date_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def _normalise(self) -> None:
        try:
            value = self.date_value()
        except ValueError:
            return  # left as typed; the form reports it next to the field
        self.set_date_value(value)
