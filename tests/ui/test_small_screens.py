"""At 1024×700 and at 1366×768 every page is usable: no label's text is wider than the label,
and a record list keeps its key columns (date, kind, title, 实到/应到 or the page's own) in
view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTabWidget, QWidget

from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.record_list_page import RecordListPage

SMALL = (1024, 700)
LAPTOP = (1366, 768)  # the commonest laptop screen
SCREENS = [pytest.param(SMALL, id="1024x700"), pytest.param(LAPTOP, id="1366x768")]
# Characters of a title a list shows at least: at 1366×768 志愿服务's titles were cut to
# six (社区应急…), its form having taken more than half the page.
TITLE_CHARACTERS = {SMALL: 3, LAPTOP: 12}

# The columns each record list must show without scrolling sideways.
KEY_COLUMNS = {
    "members": ("name", "status", "group"),
    "meetings": ("held_on", "kind", "title", "host", "attendance"),
    "talks": ("held_on", "kind", "topic"),
    "volunteering": ("held_on", "title", "hours"),
    "training": ("starts_on", "title", "hours"),
}


def clipped_labels(root: QWidget) -> list[str]:
    """Labels on one line whose text is wider than the room they were given."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text().strip():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            continue
        text = label.text().replace("&", "") if label.buddy() else label.text()
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
        room = label.contentsRect().width() - 2 * label.margin() - label.indent()
        if needed > room + 1:
            found.append(f"{label.objectName() or text!r}: {needed} > {room}")
    for items in root.findChildren(QListWidget):  # a list of headings (年度报告's sections)
        needed = items.sizeHintForColumn(0)
        if items.isVisible() and items.count() and needed > items.viewport().width():
            found.append(f"{items.objectName()}: items {needed} > {items.viewport().width()}")
    return found


def _tab_states(page: QWidget) -> Iterator[str]:
    yield ""
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f" tab {tabs.tabText(index)}"
        tabs.setCurrentIndex(0)


@pytest.fixture(params=SCREENS)
def screen_window(demo_window: MainWindow, request: pytest.FixtureRequest) -> MainWindow:
    demo_window.resize(*request.param)
    QApplication.processEvents()
    return demo_window


def test_no_label_is_clipped(screen_window: MainWindow) -> None:
    found = []
    for key in screen_window.page_keys():
        page = screen_window.show_page(key)
        QApplication.processEvents()
        for state in _tab_states(page):
            found += [f"{key}{state}: {c}" for c in clipped_labels(page)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("key", sorted(KEY_COLUMNS))
def test_record_lists_keep_their_key_columns_in_view(screen_window: MainWindow, key: str) -> None:
    page = screen_window.show_page(key)
    assert isinstance(page, RecordListPage)
    QApplication.processEvents()
    table = page.ui.recordTable
    header = table.horizontalHeader()
    width = table.viewport().width()
    outside = []
    for name in KEY_COLUMNS[key]:
        column = page.model.column_of(name)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if header.isSectionHidden(column) or right > width:
            outside.append(f"{name}: ends at {right} of {width}")
    assert outside == []


def test_recruiting_keeps_its_key_columns_in_view_and_headings_whole(
    screen_window: MainWindow,
) -> None:
    """发展党员 is no record list of the common kind: its own table, beside the timeline."""
    from branchdesk.ui.pages.recruiting_page import RecruitingPage

    page = screen_window.show_page("recruiting")
    assert isinstance(page, RecruitingPage)
    QApplication.processEvents()
    table = page.ui.table
    header = table.horizontalHeader()
    width, metrics = table.viewport().width(), table.fontMetrics()
    outside = []
    for name in ("name", "stage", "next", "deadline", "overdue"):
        column = page.model.column_of(name)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        heading = str(page.model.headerData(column, Qt.Orientation.Horizontal))
        if header.isSectionHidden(column) or right > width:
            outside.append(f"{name}: ends at {right} of {width}")
        if header.sectionSize(column) < metrics.horizontalAdvance(heading) + 8:
            outside.append(f"{name}: heading {heading} cut at {header.sectionSize(column)}")
    assert outside == []


@pytest.mark.parametrize("key", sorted(KEY_COLUMNS))
def test_record_lists_give_their_titles_room_and_their_key_headings_whole(
    screen_window: MainWindow, key: str
) -> None:
    page = screen_window.show_page(key)
    assert isinstance(page, RecordListPage)
    QApplication.processEvents()
    table = page.ui.recordTable
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    short = []
    for name in KEY_COLUMNS[key]:
        column = page.model.column_of(name)
        heading = str(page.model.headerData(column, Qt.Orientation.Horizontal))
        if header.sectionSize(column) < metrics.horizontalAdvance(heading) + 8:
            short.append(f"{name}: heading {heading} cut at {header.sectionSize(column)}")
    titles = sorted({"title", "topic"} & set(page.model.keys()))
    room = metrics.horizontalAdvance("中" * TITLE_CHARACTERS[screen_window.size().toTuple()])
    for name in titles:
        if header.sectionSize(page.model.column_of(name)) < room:
            short.append(f"{name}: {header.sectionSize(page.model.column_of(name))} < {room}")
    assert short == []


def test_a_splitter_moved_is_where_it_was_left_when_the_page_is_built_again(
    qtbot, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    from branchdesk.ui.pages.talks_page import TalksPage
    from tests.conftest import DEMO_TODAY

    def page() -> TalksPage:
        ws = demo_workspace
        built = TalksPage(ws.talks, ws.members, ws.branch, lambda: DEMO_TODAY, ws.talk_coverage)
        qtbot.addWidget(built)
        built.resize(*SMALL)
        built.show()
        return built

    first = page()
    splitter = first.ui.splitter
    splitter.moveSplitter(300, 1)  # as a drag by the user does
    moved = splitter.sizes()
    assert page().ui.splitter.sizes() == moved


@pytest.mark.parametrize("key", sorted(set(KEY_COLUMNS) - {"members"}))  # members: by name
def test_lists_are_in_date_order_after_a_restore(
    qtbot, demo_window: MainWindow, demo_workspace, tmp_path, monkeypatch, key: str
) -> None:  # type: ignore[no-untyped-def]
    """After a restore the lists were no longer newest first."""
    from PySide6.QtWidgets import QMessageBox

    backup = demo_workspace.back_up(tmp_path / "备份.zip")
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # 已恢复
    page = demo_window.show_page(key)
    assert isinstance(page, RecordListPage)
    page.ui.recordTable.sortByColumn(
        page.model.column_of(KEY_COLUMNS[key][-1]), Qt.SortOrder.AscendingOrder
    )
    settings = demo_window.show_page("settings")
    task = settings.backups.restore(backup, confirm=False)  # type: ignore[attr-defined]
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    page = demo_window.show_page(key)
    assert isinstance(page, RecordListPage)
    first = page.ui.recordTable.horizontalHeader()
    assert first.sortIndicatorSection() == 0
    assert first.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    dates = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert dates and dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("key", sorted(set(KEY_COLUMNS) - {"members"}))
def test_a_list_is_newest_first_whatever_order_its_records_come_in(
    demo_window: MainWindow, key: str
) -> None:
    """A column sorted by a Python `date` was left in the order the rows came in: Qt cannot
    compare the values it holds. After a restore the rows came in another order, and 志愿服务
    and 教育培训 were no longer newest first."""
    page = demo_window.show_page(key)
    assert isinstance(page, RecordListPage)
    page.model.set_records(list(reversed(page.model.records())))
    dates = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert dates and dates == sorted(dates, reverse=True)
