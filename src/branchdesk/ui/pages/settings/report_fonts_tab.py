"""报告字体: which font file draws each part of the annual report.

A chosen file is checked (reportlab loads it as TrueType, it has every common hanzi) before
anything is saved; the report resolves the choice the next time it is built. Finding and
parsing fonts takes about half a second the first time, so it runs off the GUI thread, and
reportlab is imported only then, not when the 设置 page opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QPushButton, QWidget

from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.forms.ui_report_fonts_tab import Ui_ReportFontsTab
from branchdesk.ui.long_task import run_long_task

if TYPE_CHECKING:
    from branchdesk.reports.font_files import FontFace, UnusableFontError
    from branchdesk.reports.fonts import FontSet

log = logging.getLogger(__name__)

FontChoice = dict[str, str]  # {role value: "path" or "path#index"}, as the settings keep it


@dataclass(frozen=True)
class _Row:
    font: QLabel
    choose: QPushButton
    automatic: QPushButton
    error: QLabel


class ReportFontsTab(QWidget):
    settled = Signal()  # the fonts are shown, or a chosen file was refused

    def __init__(
        self,
        choice: Callable[[], FontChoice],
        save: Callable[[FontChoice], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choice = choice
        self._save = save
        self._loaded = False
        self.ui = Ui_ReportFontsTab()
        self.ui.setupUi(self)
        ui = self.ui
        # Keyed by FontRole's values ("body", …): FontRole is a StrEnum, so either looks up.
        self.rows = {
            "body": _Row(ui.bodyFont, ui.bodyChooseButton, ui.bodyAutoButton, ui.bodyError),
            "hei": _Row(ui.heiFont, ui.heiChooseButton, ui.heiAutoButton, ui.heiError),
            "kai": _Row(ui.kaiFont, ui.kaiChooseButton, ui.kaiAutoButton, ui.kaiError),
            "title": _Row(ui.titleFont, ui.titleChooseButton, ui.titleAutoButton, ui.titleError),
            "song": _Row(ui.songFont, ui.songChooseButton, ui.songAutoButton, ui.songError),
        }
        for role, row in self.rows.items():
            row.error.setStyleSheet(ERROR_STYLE)
            row.error.hide()
            row.automatic.setEnabled(False)
            row.choose.clicked.connect(lambda _=False, r=role: self.choose(r))
            row.automatic.clicked.connect(lambda _=False, r=role: self.use_automatic(r))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def reload_when_shown(self) -> None:
        """The choice may have changed under the tab (a restore): find the fonts again."""
        self._loaded = False
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Find the font that draws each role now (off the GUI thread), then show it."""
        self._loaded = True
        choice = self._choice()
        run_long_task(
            self,
            self.tr("Finding the report's fonts…"),
            lambda _progress: _resolve(choice),
            on_done=lambda fonts: self._show_fonts(fonts, choice),
        )

    def choose(self, role: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self._dialog_title(role),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.FontsLocation),
            self.tr("TrueType fonts (*.ttf *.ttc *.otf)"),
        )
        if path:
            self.choose_file(role, Path(path))

    def choose_file(self, role: str, path: Path) -> None:
        """Check *path* (asking which face of a collection) and save it for *role* if usable."""
        from branchdesk.reports.font_files import UnusableFontError, font_faces

        try:
            faces = font_faces(path)
        except UnusableFontError as exc:
            self._refuse(role, exc)
            return
        index = self._pick_face(role, faces) if len(faces) > 1 else 0
        if index is None:
            return
        run_long_task(
            self,
            self.tr("Checking the font…"),
            lambda _progress: _check(path, index),
            on_done=lambda refusal: self._checked(role, path, index, refusal),
        )

    def use_automatic(self, role: str) -> None:
        choice = self._choice()
        if choice.pop(role, None) is not None:
            self._save(choice)
        self.refresh()

    def error_text(self, role: str) -> str:
        row = self.rows[role]
        return row.error.text() if not row.error.isHidden() else ""

    def _checked(
        self, role: str, path: Path, index: int, refusal: UnusableFontError | None
    ) -> None:
        from branchdesk.reports.fonts import choice_spec

        if refusal is not None:
            self._refuse(role, refusal)
            return
        choice = self._choice()
        choice[role] = choice_spec(path, index)
        self._save(choice)
        self.refresh()

    def _show_fonts(self, fonts: FontSet, choice: FontChoice) -> None:
        from branchdesk.reports.fonts import FontRole, Source

        for role, row in self.rows.items():
            font = fonts.chain(FontRole(role)).primary
            row.font.setText(fonts.describe_role(FontRole(role), with_path=False))
            row.font.setToolTip(str(font.path))
            row.automatic.setEnabled(role in choice)
            gone = role in choice and font.source != Source.USER
            self._show_error(
                role,
                self.tr(
                    "The chosen file {file} can no longer be used; the report uses the font shown."
                ).format(file=choice[role])
                if gone
                else "",
            )
        self.settled.emit()

    def _pick_face(self, role: str, faces: list[FontFace]) -> int | None:
        names = [face.name for face in faces]
        name, ok = QInputDialog.getItem(
            self,
            self._dialog_title(role),
            self.tr("This file holds several fonts. Which one?"),
            names,
            0,
            False,
        )
        return names.index(name) if ok and name in names else None

    def _dialog_title(self, role: str) -> str:
        from branchdesk.reports.fonts import ROLE_NAMES_ZH, FontRole

        return self.tr("Font for {role}").format(role=ROLE_NAMES_ZH[FontRole(role)])

    def _refuse(self, role: str, exc: UnusableFontError) -> None:
        log.info("font refused for %s: %s", role, exc)
        self._show_error(role, self._problem_text(exc))
        self.settled.emit()

    def _show_error(self, role: str, text: str) -> None:
        row = self.rows[role]
        row.error.setText(text)
        row.error.setVisible(bool(text))

    def _problem_text(self, exc: UnusableFontError) -> str:
        from branchdesk.reports.font_files import FontProblem, required_characters

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


# -- on the worker thread: no database, only font files -----------------------------------


def _resolve(choice: FontChoice) -> FontSet:
    from branchdesk.reports.fonts import resolve_fonts

    return resolve_fonts(choice)


def _check(path: Path, index: int) -> UnusableFontError | None:
    """None when *path* can draw the report, else why not (returned: the reason is shown
    beside the row, not in the long-task error box)."""
    from branchdesk.reports.font_files import UnusableFontError, check_font_file

    try:
        check_font_file(path, index)
    except UnusableFontError as exc:
        return exc
    return None
