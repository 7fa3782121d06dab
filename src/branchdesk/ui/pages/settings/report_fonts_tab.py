"""报告字体: which font file draws each part of the annual report.

A chosen file is checked (reportlab loads it as TrueType, it has every common hanzi) before
anything is saved; the report resolves the choice the next time it is built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from branchdesk.reports.font_files import (
    FontFace,
    FontProblem,
    UnusableFontError,
    check_font_file,
    font_faces,
    required_characters,
)
from branchdesk.reports.fonts import ROLE_NAMES_ZH, FontRole, FontSet, Source, choice_spec
from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.forms.ui_report_fonts_tab import Ui_ReportFontsTab

log = logging.getLogger(__name__)


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


FontChoice = dict[str, str]  # {role value: "path" or "path#index"}, as the settings keep it


@dataclass(frozen=True)
class _Row:
    font: QLabel
    choose: QPushButton
    automatic: QPushButton
    error: QLabel


class ReportFontsTab(QWidget):
    def __init__(
        self,
        choice: Callable[[], FontChoice],
        save: Callable[[FontChoice], None],
        fonts: Callable[[], FontSet],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choice = choice
        self._save = save
        self._fonts = fonts
        self._loaded = False
        self.ui = Ui_ReportFontsTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.rows = {
            FontRole.BODY: _Row(ui.bodyFont, ui.bodyChooseButton, ui.bodyAutoButton, ui.bodyError),
            FontRole.HEI: _Row(ui.heiFont, ui.heiChooseButton, ui.heiAutoButton, ui.heiError),
            FontRole.KAI: _Row(ui.kaiFont, ui.kaiChooseButton, ui.kaiAutoButton, ui.kaiError),
            FontRole.TITLE: _Row(
                ui.titleFont, ui.titleChooseButton, ui.titleAutoButton, ui.titleError
            ),
            FontRole.SONG: _Row(ui.songFont, ui.songChooseButton, ui.songAutoButton, ui.songError),
        }
        for role, row in self.rows.items():
            row.error.setStyleSheet(ERROR_STYLE)
            row.error.hide()
            row.choose.clicked.connect(lambda _=False, r=role: self.choose(r))
            row.automatic.clicked.connect(lambda _=False, r=role: self.use_automatic(r))

    def showEvent(self, event: QShowEvent) -> None:
        # Resolving loads font files: done when the tab is first seen, not with the page.
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the font that draws each role now, and flag a chosen file gone unusable."""
        self._loaded = True
        fonts, choice = self._fonts(), self._choice()
        for role, row in self.rows.items():
            font = fonts.chain(role).primary
            row.font.setText(fonts.describe_role(role, with_path=False))
            row.font.setToolTip(str(font.path))
            row.automatic.setEnabled(role.value in choice)
            if role.value in choice and font.source != Source.USER:
                self._show_error(
                    role,
                    self.tr(
                        "The chosen file {file} can no longer be used; "
                        "the report uses the font shown."
                    ).format(file=choice[role.value]),
                )
            else:
                self._show_error(role, "")

    def choose(self, role: FontRole) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Font for {role}").format(role=ROLE_NAMES_ZH[role]),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.FontsLocation),
            self.tr("TrueType fonts (*.ttf *.ttc *.otf)"),
        )
        if path:
            self.choose_file(role, Path(path))

    def choose_file(self, role: FontRole, path: Path) -> None:
        """Check *path* (asking which face of a collection) and save it for *role* if usable."""
        try:
            with _busy():
                faces = font_faces(path)
            index = self._pick_face(role, faces) if len(faces) > 1 else 0
            if index is None:
                return
            with _busy():  # a large collection takes a moment to load
                check_font_file(path, index)
        except UnusableFontError as exc:
            log.info("font refused for %s: %s", role.value, exc)
            self._show_error(role, self._problem_text(exc))
            return
        choice = self._choice()
        choice[role.value] = choice_spec(path, index)
        self._save(choice)
        self.refresh()

    def use_automatic(self, role: FontRole) -> None:
        choice = self._choice()
        if choice.pop(role.value, None) is not None:
            self._save(choice)
        self.refresh()

    def error_text(self, role: FontRole) -> str:
        row = self.rows[role]
        return row.error.text() if not row.error.isHidden() else ""

    def _pick_face(self, role: FontRole, faces: list[FontFace]) -> int | None:
        names = [face.name for face in faces]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Font for {role}").format(role=ROLE_NAMES_ZH[role]),
            self.tr("This file holds several fonts. Which one?"),
            names,
            0,
            False,
        )
        return names.index(name) if ok and name in names else None

    def _show_error(self, role: FontRole, text: str) -> None:
        row = self.rows[role]
        row.error.setText(text)
        row.error.setVisible(bool(text))

    def _problem_text(self, exc: UnusableFontError) -> str:
        name = exc.path.name
        if exc.problem == FontProblem.MISSING_FILE:
            return self.tr("{file} was not found.").format(file=name)
        if exc.problem == FontProblem.NOT_A_FONT:
            return self.tr("{file} is not a font file.").format(file=name)
        if exc.problem == FontProblem.POSTSCRIPT_OUTLINES:
            return self.tr(
                "{file} has PostScript (CFF) outlines, which the PDF report cannot embed. "
                "Choose a TrueType font."
            ).format(file=name)
        if exc.problem == FontProblem.MISSING_CHARACTERS:
            return self.tr(
                "{file} lacks {count} of the {total} common Chinese characters, such as {sample}. "
                "Choose a font with full Chinese coverage."
            ).format(
                file=name,
                count=len(exc.missing),
                total=len(required_characters()),
                sample="、".join(exc.missing[:5]),
            )
        return self.tr(
            "{file} cannot be used in the PDF report: the font does not allow embedding, "
            "or the file is damaged."
        ).format(file=name)
