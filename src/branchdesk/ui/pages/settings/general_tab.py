"""常规: language and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from branchdesk.ui.forms.ui_general_tab import Ui_GeneralTab
from branchdesk.ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_SETTING, LANGUAGES
from branchdesk.ui.ports import Settings


class GeneralTab(QWidget):
    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.ui = Ui_GeneralTab()
        self.ui.setupUi(self)
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.load()
        self.ui.dataDirValue.setText(str(data_dir))
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)

    def load(self) -> None:
        """Show the language kept in the records (a restore may have changed it)."""
        combo = self.ui.languageCombo
        current = self._settings.get(LANGUAGE_SETTING, DEFAULT_LANGUAGE)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _language_chosen(self) -> None:
        self._settings.set(LANGUAGE_SETTING, self.ui.languageCombo.currentData())
