"""The main window: a navigation list on the left, the pages on the right. It stays small:
pages are listed by `navigation.py` and created the first time they are shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.navigation import PageSpec

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from branchdesk.core.search import SearchHit
    from branchdesk.ui.widgets.search_results import SearchResults

NAV_WIDTH = 150
PREFERRED_SIZE = (1280, 800)
TITLE_BAR_ALLOWANCE = 40  # the frame is not known before the first show; Windows' is ~31 px


class MainWindow(QMainWindow):
    """Built with its pages, or empty (a shell painted at once while the records open) and
    given its pages by `set_pages`."""

    def __init__(
        self, title: str, pages: Sequence[PageSpec] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._specs: list[PageSpec] = []
        self._pages: dict[str, QWidget] = {}
        self.title_source: Callable[[], str] | None = None  # the title, from the records
        self.data_folder_warning: QWidget | None = None  # shown at start when risky
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(NAV_WIDTH - 30)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 12px; }")
        self.stack = QStackedWidget(self)
        # By keyword: QSplitter(self) makes PySide6 test the QSplitter(Qt.Orientation)
        # overload, which builds the whole `Qt` namespace (~25 ms) before the first paint.
        splitter = QSplitter(parent=self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAV_WIDTH, 10_000])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter
        self.search: SearchResults | None = None  # set with the records (set_search)
        self.nav.currentRowChanged.connect(self._show_row)
        self._shortcuts_made = False
        self._restore_geometry()
        self.fit_to_screen()
        if pages:
            self.set_pages(pages)

    def show_notice(self, text: str, outline: Sequence[str] = ()) -> None:
        """A single centred line in place of the pages, and the *outline* of the navigation
        greyed (while the records open).

        Laid out with stretches rather than `Qt.AlignmentFlag`: the first use of PySide6's
        `Qt` namespace builds a hundred enums (~25 ms), which can wait until after this
        first paint.
        """
        self.nav.addItems(list(outline))
        self.nav.setEnabled(False)
        notice = QWidget(self.stack)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(text, notice))
        row.addStretch(1)
        column = QVBoxLayout(notice)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.stack.addWidget(notice)
        self.stack.setCurrentWidget(notice)

    def set_pages(self, pages: Sequence[PageSpec], title: str | None = None) -> None:
        """List *pages* in the navigation and show the first one."""
        from PySide6.QtCore import Qt

        self._make_shortcuts()
        if title is not None:
            self.setWindowTitle(title)
        self.nav.setEnabled(True)
        self.nav.blockSignals(True)
        self.nav.clear()
        while self.stack.count():
            old = self.stack.widget(0)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self._specs = list(pages)
        self._pages = {}
        for spec in self._specs:
            item = QListWidgetItem(spec.title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
        self.nav.blockSignals(False)
        self.nav.setCurrentRow(0)

    def set_search(
        self, search: Callable[[str], list[SearchHit]], open_hit: Callable[[str, int], None]
    ) -> None:
        """One search box over every record, above every page: Ctrl+F from anywhere, a hit
        opens its record on its own page. Made once the records are open (not in the shell
        painted first)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        from branchdesk.ui.widgets.search_results import SearchResults

        if self.search is not None:
            self.search.search = search
            return
        top = QWidget(self)
        results = SearchResults(top)
        results.search = search
        results.placeholder(self.tr("Search all records (Ctrl+F)"))
        results.edit.setMaximumWidth(420)
        results.hit_chosen.connect(lambda hit: self._open_hit(hit, open_hit))
        row = QHBoxLayout()
        row.addWidget(results.edit, 1)
        row.addStretch(1)
        column = QVBoxLayout(top)
        column.setContentsMargins(6, 6, 6, 0)
        column.addLayout(row)
        column.addWidget(results.list)
        self.takeCentralWidget()  # the splitter, kept: it moves under the search box
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(top)
        QShortcut(QKeySequence.StandardKey.Find, self, results.focus)
        self.search = results

    def _open_hit(self, hit: SearchHit, open_hit: Callable[[str, int], None]) -> None:
        open_hit(hit.record_type, hit.record_id)
        if self.search is not None:  # the list gives the page its room back
            self.search.list.hide()

    def _make_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+9 open the pages; made with the pages, after the first paint."""
        from PySide6.QtGui import QKeySequence, QShortcut

        if self._shortcuts_made:
            return
        self._shortcuts_made = True
        for number in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda n=number: self._go_to(n - 1))

    def _go_to(self, row: int) -> None:
        if row < self.nav.count():
            self.nav.setCurrentRow(row)

    def page(self, key: str) -> QWidget:
        """The page for *key*, created on first use."""
        if key not in self._pages:
            row = next(i for i, s in enumerate(self._specs) if s.key == key)
            widget = self._specs[row].factory()
            placeholder = self.stack.widget(row)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.insertWidget(row, widget)
            self._pages[key] = widget
            from branchdesk.ui.tab_keys import switch_tabs_with_keys

            switch_tabs_with_keys(widget)  # Ctrl+Tab, Ctrl+PgDn also inside a grid
            replaced = getattr(widget, "data_replaced", None)
            if replaced is not None:  # a restore, an import or a purge changed the records
                replaced.connect(self.reload_other_pages)
                replaced.connect(self.refresh_title)
            renamed = getattr(widget, "profile_saved", None)
            if renamed is not None:  # 设置 → 支部信息 saved: perhaps a new branch name
                renamed.connect(self.refresh_title)
        return self._pages[key]

    def reload_other_pages(self) -> None:
        """Drop every created page but the current one; each is built afresh, from the
        records as they now are, when it is next shown. A page holding unsaved changes (a
        meeting being typed) is kept as it is: they are the user's to save or cancel there."""
        current = self.stack.currentWidget()
        for key, widget in list(self._pages.items()):
            unsaved = getattr(widget, "has_unsaved_changes", None)
            if widget is current or (callable(unsaved) and unsaved()):
                continue
            row = self.stack.indexOf(widget)
            self.stack.removeWidget(widget)
            widget.close()
            widget.deleteLater()
            self.stack.insertWidget(row, QWidget(self.stack))
            del self._pages[key]

    def refresh_title(self) -> None:
        """The title again from the records (it names the branch): after the profile was
        saved or the records were replaced, not only at the next start."""
        if self.title_source is not None:
            self.setWindowTitle(self.title_source())

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def created_pages(self) -> dict[str, QWidget]:
        """The pages shown so far, by key (the others hold nothing typed)."""
        return dict(self._pages)

    def page_specs(self) -> list[PageSpec]:
        return list(self._specs)

    def page_keys(self) -> list[str]:
        return [s.key for s in self._specs]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(self._specs[row].key)
        self.stack.setCurrentIndex(row)

    def fit_to_screen(self) -> None:
        """At most the preferred size, and never more than the screen's available area less
        the title bar: 1366×768 laptops, and 1920×1080 at 150 % (1280×720 logical), are
        common; a geometry saved on a bigger monitor is brought back inside."""
        area = self.screen().availableGeometry()  # the primary screen until it is shown
        width = min(self.width() if self._restored else PREFERRED_SIZE[0], area.width())
        height = min(
            self.height() if self._restored else PREFERRED_SIZE[1],
            area.height() - TITLE_BAR_ALLOWANCE,
        )
        self.resize(width, height)
        if self._restored and not area.contains(self.frameGeometry()):
            self.move(area.topLeft())

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        self._restored = geometry is not None and self.restoreGeometry(geometry)

    def may_leave_pages(self) -> bool:
        """Before the window closes or the records are replaced (a restore): each page
        holding unsaved changes is shown and asks 保存 / 不保存 / 取消. False on 取消 (or a
        save refused), with that page in view; otherwise the page shown before is again."""
        shown = self.stack.currentWidget()
        for key, widget in list(self._pages.items()):
            unsaved = getattr(widget, "has_unsaved_changes", None)
            if not callable(unsaved) or not unsaved():
                continue
            self.show_page(key)
            if not widget.may_close():  # type: ignore[attr-defined]
                return False
        back = next((k for k, w in self._pages.items() if w is shown), None)
        if back is not None:
            self.show_page(back)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # 取消 keeps the window open on the page with the changes.
        if not self.may_leave_pages():
            event.ignore()
            return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        for widget in self._pages.values():
            widget.close()  # a page lets go of what it holds (the report's preview file)
        super().closeEvent(event)
