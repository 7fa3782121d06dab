"""One rule for unsaved work (ui/unsaved_changes.py): every editable place × every way of
leaving it either keeps the typing or asks 保存 / 不保存 / 取消; 取消 stays with the typing,
不保存 puts back what was saved, 保存 saves. A page or a 设置 tab that this file does not know
fails `test_every_page_and_tab_declares_its_editable_places`."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableView, QWidget

from branchdesk.core.report_texts import ReportSection
from branchdesk.demo import fill_demo
from branchdesk.ui import unsaved_changes
from branchdesk.ui.app import create_main_window
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.navigation import EDITABLE_PLACES, PAGES
from branchdesk.ui.pages.record_list_page import RecordListPage
from branchdesk.ui.pages.settings_page import SettingsPage
from branchdesk.ui.unsaved_keeper import UnsavedKeeper
from branchdesk.unsaved_work import UnsavedWork
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

Button = QMessageBox.StandardButton
REAL_ASK = unsaved_changes.ask  # as imported: tests/ui/conftest.py answers 不保存 for others


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo branch written once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("unsaved") / "data"
    with Workspace.open(folder) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    return folder


@pytest.fixture
def window(qtbot, demo_template: Path, data_dir: Path) -> Iterator[tuple[MainWindow, Workspace]]:
    shutil.copytree(demo_template, data_dir)
    ws = Workspace.open(data_dir)
    window = create_main_window(ws, lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    yield window, ws
    window.close()
    ws.close()


@dataclass
class Place:
    """One editable place: how to show it and type into it, and where its value is kept."""

    page: str
    name: str
    type_into: Callable[[QWidget], QWidget]  # types a change; returns the focused field
    typed: Callable[[QWidget], object]  # what the field shows
    stored: Callable[[QWidget, Workspace], object]  # what the records hold
    another: Callable[[QWidget], None] | None = None  # another record, term, year, section
    filter: Callable[[QWidget], None] | None = None  # a filter that keeps the form
    asks_on_filter: bool = False
    cancel_button: Callable[[QWidget], QPushButton] | None = None
    reselect: Callable[[QWidget], None] | None = None  # back to the record typed into
    state: dict[str, Any] = field(default_factory=dict)

    def open(self, window: MainWindow) -> QWidget:
        page = window.show_page(self.page)
        if isinstance(page, SettingsPage):
            tab = page.editable_tabs()[self.name]
            page.tabs.setCurrentWidget(tab)
            return tab
        return page


def _record_place(page: str, attribute: str, edit: str) -> Place:
    def type_into(page_: QWidget) -> QWidget:
        assert isinstance(page_, RecordListPage)
        page_.ui.recycleBinCheck.setChecked(False)
        page_.ui.yearFilter.setCurrentIndex(0)
        page_.ui.recordTable.selectRow(0)
        place.state.setdefault("id", page_.selected().id)  # type: ignore[union-attr]
        page_.select_record(place.state["id"])
        line = getattr(page_.form.ui, edit)
        place.state.setdefault("saved", line.text())
        line.setText(place.state["saved"] + "改")
        return line  # type: ignore[no-any-return]

    def stored(page_: QWidget, _ws: Workspace) -> object:
        assert isinstance(page_, RecordListPage)
        record = next(r for r in page_._repo.all() if r.id == place.state["id"])
        return getattr(record, attribute)

    def another(page_: QWidget) -> None:
        assert isinstance(page_, RecordListPage)
        page_.ui.recordTable.selectRow(1)

    def year(page_: QWidget) -> None:
        assert isinstance(page_, RecordListPage)
        combo = page_.ui.yearFilter if page_.filters_by_year else page_.ui.kindFilter
        combo.setCurrentIndex(combo.count() - 1)
        page_.ui.searchEdit.setText("某")

    place = Place(
        page,
        "form",
        type_into,
        lambda p: getattr(p.form.ui, edit).text(),  # type: ignore[attr-defined]
        stored,
        another=another,
        filter=year,
        cancel_button=lambda p: p.form.ui.cancelButton,  # type: ignore[attr-defined]
    )
    return place


def _profile() -> Place:
    def type_into(tab: Any) -> QWidget:
        tab.ui.addressEdit.setText("新的地址")
        return tab.ui.addressEdit  # type: ignore[no-any-return]

    return Place(
        "settings",
        "profile",
        type_into,
        lambda tab: tab.ui.addressEdit.text(),  # type: ignore[attr-defined]
        lambda _tab, ws: ws.branch.get().address,  # type: ignore[union-attr]
    )


def _committee() -> Place:
    state: dict[str, Any] = {}

    def type_into(tab: Any) -> QWidget:
        state.setdefault("term", tab._term_id)
        combo = tab.ui.termCombo
        combo.setCurrentIndex(combo.findData(state["term"]))
        tab.seats.remove(0)
        return tab.ui.endsOnEdit  # type: ignore[no-any-return]

    def stored(_tab: Any, ws: Workspace) -> object:
        term = next(t for t in ws.branch.terms() if t.id == state["term"])
        return len(term.seats)

    def another(tab: Any) -> None:
        combo = tab.ui.termCombo
        combo.setCurrentIndex(1 - combo.currentIndex())

    return Place(
        "settings",
        "committee",
        type_into,
        lambda tab: len(tab.seats.records()),  # type: ignore[attr-defined]
        stored,
        another=another,
        reselect=lambda tab: tab.ui.termCombo.setCurrentIndex(  # type: ignore[attr-defined]
            tab.ui.termCombo.findData(state["term"])  # type: ignore[attr-defined]
        ),
    )


def _table_place(
    name: str, column: str, value: str, stored: Callable[[Workspace], object]
) -> Place:
    def type_into(tab: Any) -> QWidget:
        model = tab.model
        model.setData(model.index(0, model.column_of(column)), value)
        return next(v for v in tab.findChildren(QTableView) if v.model() is model)  # type: ignore[no-any-return]

    return Place(
        "settings",
        name,
        type_into,
        lambda tab: tab.model.index(0, tab.model.column_of(column)).data(),  # type: ignore[attr-defined]
        lambda _tab, ws: stored(ws),
    )


def _recruiting() -> Place:
    state: dict[str, Any] = {}

    def type_into(page: Any) -> QWidget:
        page.ui.stageCombo.setCurrentIndex(0)  # all stages
        state.setdefault("id", page.model.record(0).recruit.id)
        page.select_record(state["id"])
        state.setdefault("saved", page.ui.jobEdit.text())
        page.ui.jobEdit.setText(state["saved"] + "改")
        return page.ui.jobEdit  # type: ignore[no-any-return]

    def another(page: Any) -> None:
        page.select_record(page.model.record(1).recruit.id)

    return Place(
        "recruiting",
        "form",
        type_into,
        lambda page: page.ui.jobEdit.text(),  # type: ignore[attr-defined]
        lambda _page, ws: ws.recruiting.get(state["id"]).job,
        another=another,
        filter=lambda page: page.ui.stageCombo.setCurrentIndex(2),  # type: ignore[attr-defined]
        cancel_button=lambda page: page.ui.cancelButton,  # type: ignore[attr-defined]
        reselect=lambda page: page.select_record(state["id"]),  # type: ignore[attr-defined]
    )


def _recruiting_plan() -> Place:
    """发展党员 → 年度发展计划: the note typed; another year is another plan."""

    def type_into(page: Any) -> QWidget:
        page.ui.planYearSpin.setValue(DEMO_TODAY.year)
        page.ui.plannedSpin.setValue(page.ui.plannedSpin.value() + 1)
        page.ui.planNoteEdit.setText("计划发展三名，已报街道社会组织党委")
        return page.ui.planNoteEdit  # type: ignore[no-any-return]

    def stored(_page: Any, ws: Workspace) -> object:
        plan = ws.recruiting_plan(DEMO_TODAY.year)
        return (plan.planned, plan.note) if plan else None

    return Place(
        "recruiting",
        "plan",
        type_into,
        lambda page: (page.ui.plannedSpin.value(), page.ui.planNoteEdit.text()),  # type: ignore[attr-defined]
        stored,
        another=lambda page: page.ui.planYearSpin.setValue(DEMO_TODAY.year - 1),  # type: ignore[attr-defined]
        filter=lambda page: page.ui.stageCombo.setCurrentIndex(2),  # type: ignore[attr-defined]
        reselect=lambda page: page.ui.planYearSpin.setValue(DEMO_TODAY.year),  # type: ignore[attr-defined]
    )


def _holidays() -> Place:
    """设置 → 法定节假日: a day's name typed; another year is another record."""
    place = _table_place(
        "holidays",
        "name",
        "新的节日",
        lambda ws: next(d.name for d in ws.official_days.all() if d.day.year == DEMO_TODAY.year),
    )
    typed_into = place.type_into

    def type_into(tab: Any) -> QWidget:
        tab.ui.yearSpin.setValue(DEMO_TODAY.year)
        return typed_into(tab)

    place.type_into = type_into
    place.another = lambda tab: tab.ui.yearSpin.setValue(DEMO_TODAY.year - 1)  # type: ignore[attr-defined]
    place.reselect = lambda tab: tab.ui.yearSpin.setValue(DEMO_TODAY.year)  # type: ignore[attr-defined]
    return place


def _review() -> Place:
    state: dict[str, Any] = {}

    def type_into(page: Any) -> QWidget:
        combo = page.ui.yearCombo
        state["year"] = DEMO_TODAY.year  # this year's round, open: its dates and note
        combo.setCurrentIndex(combo.findData(state["year"]))
        if page.round is None:
            page.new_round()
        page.ui.noteEdit.setText("评议备注")
        return page.ui.noteEdit  # type: ignore[no-any-return]

    def another(page: Any) -> None:
        combo = page.ui.yearCombo
        combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())

    return Place(
        "review",
        "round",
        type_into,
        lambda page: page.ui.noteEdit.text(),  # type: ignore[attr-defined]
        lambda _page, ws: ws.reviews.for_year(state["year"]).note,  # type: ignore[union-attr]
        another=another,
    )


def _report() -> Place:
    def type_into(page: Any) -> QWidget:
        page.ui.yearSpin.setValue(DEMO_TODAY.year - 1)
        page.ui.sectionList.setCurrentRow(3)
        page.ui.sectionEdit.setPlainText("我的问题分析")
        return page.ui.sectionEdit  # type: ignore[no-any-return]

    return Place(
        "report",
        "section",
        type_into,
        lambda page: page.ui.sectionEdit.toPlainText(),  # type: ignore[attr-defined]
        lambda _page, ws: ws.report_texts.for_year(DEMO_TODAY.year - 1).edited(
            ReportSection.PROBLEMS
        ),
        another=lambda page: page.ui.sectionList.setCurrentRow(4),  # type: ignore[attr-defined]
        filter=lambda page: page.ui.yearSpin.setValue(DEMO_TODAY.year - 2),  # type: ignore[attr-defined]
        asks_on_filter=True,
    )


def _dues_collection() -> Place:
    """A month's amount confirmed in the 党费 grid; another month is "another record", the
    year the filter that replaces the grid."""
    month = f"{DEMO_TODAY.year}-{DEMO_TODAY.month - 1:02d}"

    def type_into(page: Any) -> QWidget:
        page.ui.tabs.setCurrentWidget(page.ui.collectTab)
        page.ui.yearSpin.setValue(DEMO_TODAY.year)
        combo = page.ui.monthCombo
        combo.setCurrentIndex(combo.findData(month))
        model = page.collection
        model.setData(model.index(0, model.column_of("amount")), "12.34")
        return page.ui.collectionTable  # type: ignore[no-any-return]

    def typed(page: Any) -> object:
        return tuple((e.member_id, e.amount_fen, e.confirmed) for e in page.collection.records())

    def another(page: Any) -> None:
        combo = page.ui.monthCombo
        combo.setCurrentIndex(combo.findData(f"{DEMO_TODAY.year}-01"))

    return Place(
        "dues",
        "collection",
        type_into,
        typed,
        lambda _page, ws: sorted(
            p.amount_fen for p in ws.dues.payments.every() if month in p.months
        ),
        another=another,
        filter=lambda page: page.ui.yearSpin.setValue(DEMO_TODAY.year - 1),  # type: ignore[attr-defined]
        asks_on_filter=True,
        cancel_button=lambda page: page.ui.cancelCollectionButton,  # type: ignore[attr-defined]
    )


def _dues_form(name: str, tab: str, table: str, model: str, edit: str) -> Place:
    """One of the 党费 page's forms (基数, 交纳记录, 上缴): a note typed into the first
    record of its table; the table's second record is another record, the year a filter
    that keeps the form."""
    state: dict[str, Any] = {}

    def record_of(page: Any, row: int) -> Any:
        return getattr(page, model).record(row)

    def show(page: Any, row: int) -> None:
        view = getattr(page.ui, table)
        view.clicked.emit(view.model().index(row, 0))  # a click on the row

    def type_into(page: Any) -> QWidget:
        page.ui.tabs.setCurrentWidget(getattr(page.ui, tab))
        page.ui.yearSpin.setValue(DEMO_TODAY.year)
        if "id" not in state:
            state["id"] = record_of(page, 0).id
        show(page, 0)
        line = getattr(page.ui, edit)
        state.setdefault("saved", line.text())
        line.setText(state["saved"] + "改")
        return line  # type: ignore[no-any-return]

    def stored(_page: Any, ws: Workspace) -> object:
        kept = {
            "base": ws.dues.bases.every,
            "payment": ws.dues.payments.every,
            "handover": ws.dues.handovers.all,
        }
        return next(r.note for r in kept[name]() if r.id == state["id"])

    def reselect(page: Any) -> None:
        page.ui.yearSpin.setValue(DEMO_TODAY.year)
        row = next(
            n
            for n in range(getattr(page, model).rowCount())
            if record_of(page, n).id == state["id"]
        )
        show(page, row)

    return Place(
        "dues",
        name,
        type_into,
        lambda page: getattr(page.ui, edit).text(),
        stored,
        another=lambda page: show(page, 1),
        filter=lambda page: page.ui.yearSpin.setValue(DEMO_TODAY.year - 1),  # type: ignore[attr-defined]
        cancel_button=lambda page: getattr(page.ui, f"cancel{name.capitalize()}Button"),
        reselect=reselect,
    )


PLACES: dict[tuple[str, str], Callable[[], Place]] = {
    ("members", "form"): lambda: _record_place("members", "job", "jobEdit"),
    ("meetings", "form"): lambda: _record_place("meetings", "place", "placeEdit"),
    ("talks", "form"): lambda: _record_place("talks", "place", "placeEdit"),
    ("recruiting", "form"): _recruiting,
    ("recruiting", "plan"): _recruiting_plan,
    ("volunteering", "form"): lambda: _record_place("volunteering", "place", "placeEdit"),
    ("training", "form"): lambda: _record_place("training", "title", "titleEdit"),
    ("review", "round"): _review,
    ("report", "section"): _report,
    ("dues", "collection"): _dues_collection,
    ("dues", "base"): lambda: _dues_form("base", "basesTab", "basesTable", "bases", "baseNoteEdit"),
    ("dues", "payment"): lambda: _dues_form(
        "payment", "paymentsTab", "paymentsTable", "payments", "payNoteEdit"
    ),
    ("dues", "handover"): lambda: _dues_form(
        "handover", "handoversTab", "handoversTable", "handovers", "handNoteEdit"
    ),
    ("settings", "profile"): _profile,
    ("settings", "committee"): _committee,
    ("settings", "groups"): lambda: _table_place(
        "groups", "name", "新的党小组", lambda ws: ws.branch.groups()[0].name
    ),
    ("settings", "organisations"): lambda: _table_place(
        "organisations", "name", "新的社会组织", lambda ws: ws.branch.organisations()[0].name
    ),
    ("settings", "rules"): lambda: _table_place(
        "rules", "threshold", "41", lambda ws: str(ws.rules.all()[0].threshold)
    ),
    ("settings", "dues_rates"): lambda: _table_place(
        "dues_rates", "rate", "0.6", lambda ws: ws.dues.rate_table()[0].rate_bp
    ),
    ("settings", "holidays"): _holidays,
}

WAYS = (
    "esc",
    "cancel_button",
    "another_record",
    "another_page_click",
    "another_page_ctrl",
    "another_tab",
    "filter",
    "restore",
    "close",
)
KEEPS = {"another_page_click", "another_page_ctrl", "another_tab"}


def test_every_page_and_tab_declares_its_editable_places(qtbot, window) -> None:
    main, _ws = window
    assert set(EDITABLE_PLACES) == {key for key, _title in PAGES}
    settings = main.show_page("settings")
    assert isinstance(settings, SettingsPage)
    editable = settings.editable_tabs()
    assert tuple(editable) == EDITABLE_PLACES["settings"] or set(editable) == set(
        EDITABLE_PLACES["settings"]
    )
    actions = [getattr(settings, name) for name in SettingsPage.ACTION_TABS]
    for index in range(settings.tabs.count()):
        tab = settings.tabs.widget(index)
        assert tab in editable.values() or tab in actions, settings.tabs.tabText(index)
    declared = {(page, place) for page, places in EDITABLE_PLACES.items() for place in places}
    assert declared == set(PLACES), "a new editable place must join PLACES here"


def _leave(way: str, main: MainWindow, place: Place, where: QWidget, focus: QWidget, qtbot) -> bool:
    """Leaves *where* by *way*; False when that way does not exist for the place."""
    if way == "esc":
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        focus.setFocus()
        qtbot.keyClick(focus, Qt.Key.Key_Escape)
    elif way == "cancel_button":
        if place.cancel_button is None:
            return False
        qtbot.mouseClick(place.cancel_button(where), Qt.MouseButton.LeftButton)
    elif way == "another_record":
        if place.another is None:
            return False
        place.another(where)
    elif way == "another_page_click":
        main.nav.setCurrentRow(0)
    elif way == "another_page_ctrl":
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert main.nav.currentRow() == 0
    elif way == "another_tab":
        settings = main.page("settings")
        if not isinstance(settings, SettingsPage):
            return False
        settings.tabs.setCurrentWidget(settings.general)
    elif way == "filter":
        if place.filter is None:
            return False
        place.filter(where)
    elif way == "restore":
        main.may_leave_pages()
    elif way == "close":
        main.close()
    return True


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("key", sorted(PLACES), ids="-".join)
def test_leaving_an_edited_place_keeps_the_typing_or_asks(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, key: tuple[str, str], way: str
) -> None:
    main, ws = window
    place = PLACES[key]()
    if way == "another_tab" and place.page != "settings":
        pytest.skip("only 设置 has tabs of its own")
    answers: list[Button] = []
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> Button:
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(unsaved_changes, "ask", answer)
    before: object = Ellipsis  # what the records hold, read once the place is shown
    rounds = [Button.Cancel, Button.Discard, Button.Save]
    keeps = way in KEEPS or (way == "filter" and not place.asks_on_filter)
    for button in [Button.Cancel] if keeps else rounds:
        answers[:] = [button]
        asked.clear()
        if not main.isVisible():
            main.show()
        where = place.open(main)
        focus = place.type_into(where)
        if before is Ellipsis:
            before = place.stored(where, ws)
        typed = place.typed(where)
        assert where.has_unsaved_changes() or main.page(place.page).has_unsaved_changes()  # type: ignore[attr-defined]
        if not _leave(way, main, place, where, focus, qtbot):
            pytest.skip(f"{key} cannot be left by {way}")
        if keeps:
            assert asked == [], f"{key} {way} asked"
            where = place.open(main)
            assert place.typed(where) == typed, f"{key} {way} lost the typing"
            assert place.stored(where, ws) == before
            continue
        assert len(asked) == 1, f"{key} {way}: {button.name} — asked {asked}"
        if button == Button.Cancel:
            assert main.isVisible()
            assert place.typed(where) == typed, f"{key} {way}: 取消 lost the typing"
            assert place.stored(where, ws) == before
        elif button == Button.Discard:
            assert place.stored(where, ws) == before, f"{key} {way}: 不保存 saved"
            where = place.open(main)
            if place.reselect is not None:
                place.reselect(where)
            assert place.typed(where) != typed, f"{key} {way}: 不保存 kept the typing"
        else:
            assert place.stored(where, ws) != before, f"{key} {way}: 保存 did not save"


@pytest.mark.parametrize("key", sorted(PLACES), ids="-".join)
def test_each_place_s_changes_are_kept_as_unsaved_content_and_put_back(
    qtbot, window, data_dir: Path, monkeypatch: pytest.MonkeyPatch, key: tuple[str, str]
) -> None:
    """What the walk counts as a change — a field, or a table's rows (attendance, seats, a
    month's dues, a 设置 list) — is written to 未保存的内容 and comes back after a crash."""
    main, ws = window
    place = PLACES[key]()
    where = place.open(main)
    place.type_into(where)
    typed, before = place.typed(where), place.stored(where, ws)
    keeper = UnsavedKeeper(main, data_dir)
    keeper.keep_now()
    assert place.page in UnsavedWork(data_dir).kept()
    page = main.page(place.page)
    monkeypatch.setattr(unsaved_changes, "ask", lambda *_args: Button.Discard)
    assert page.may_close()  # type: ignore[attr-defined]
    where = place.open(main)
    if place.reselect is not None:
        place.reselect(where)
    assert place.typed(where) != typed  # as a new start would show it
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Button.Yes)
    keeper.offer_kept()
    where = place.open(main)
    assert place.typed(where) == typed, f"{key}: not put back"
    assert page.has_unsaved_changes()  # type: ignore[attr-defined]
    assert place.stored(where, ws) == before  # not saved until she says so


def test_the_question_reads_save_dont_save_cancel_and_each_button_answers(qtbot) -> None:
    """Qt's own Discard button read 丢弃; the rule's words are 保存 / 不保存 / 取消."""
    from PySide6.QtCore import QTimer

    box = unsaved_changes.question_box(None, "未保存的修改", "要保存吗？")
    qtbot.addWidget(box)
    box.show()
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存(&S)", "不保存(&N)", "取消"])
    box.close()
    for text, expected in (
        ("保存(&S)", Button.Save),
        ("不保存(&N)", Button.Discard),
        ("取消", Button.Cancel),
    ):

        def press(wanted: str = text) -> None:
            shown = QApplication.activeModalWidget()
            assert isinstance(shown, QMessageBox)
            next(b for b in shown.buttons() if b.text() == wanted).click()

        QTimer.singleShot(0, press)
        assert REAL_ASK(None, "未保存的修改", "要保存吗？") == expected
