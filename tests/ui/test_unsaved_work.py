"""未保存的内容 survives a crash: a process holding an unsaved form is killed (SIGKILL); the
next start offers the typing back into its form, text intact. The folder stays out of backups
and is kept by a restore."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from branchdesk.demo import fill_demo
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.record_list_page import RecordListPage
from branchdesk.ui.pages.talks_page import TalksPage
from branchdesk.ui.unsaved_keeper import UnsavedKeeper
from branchdesk.unsaved_work import UNSAVED_DIR, UnsavedWork
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import answer_questions

TYPED = "谈话内容：她说明年想牵头志愿服务队，写了半个小时。"

# The app as a user has it, the keeper writing every 100 ms; each test adds its typing, then
# prints one line once it is done.
HOLDER_START = textwrap.dedent(
    """
    import json, sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from branchdesk.core.meetings import AttendanceStatus
    from branchdesk.ui.app import create_main_window
    from branchdesk.ui.unsaved_keeper import UnsavedKeeper
    from branchdesk.workspace import Workspace

    app = QApplication([])
    data_dir = Path(sys.argv[1])
    ws = Workspace.open(data_dir)
    window = create_main_window(ws, lambda: date(2026, 11, 27))
    window.show()
    keeper = UnsavedKeeper(window, data_dir, every_ms=100)
    keeper.start()
    """
)
# A talk being typed into.
TALK_HOLDER = HOLDER_START + textwrap.dedent(
    """
    page = window.show_page("talks")
    page.ui.recordTable.selectRow(0)
    page.talk_form.ui.contentEdit.setPlainText(sys.argv[2])
    print("typed", flush=True)
    app.exec()
    """
)
# Tables, not only fields: a member put on leave with a reason at a meeting, a volunteer's
# hours changed; prints what it changed, as JSON.
TABLE_HOLDER = HOLDER_START + textwrap.dedent(
    """
    meetings = window.show_page("meetings")
    meetings.ui.recordTable.selectRow(0)
    grid = meetings.meeting_form.ui.attendanceGrid
    row = next(i for i, r in enumerate(grid.rows()) if r.status == AttendanceStatus.PRESENT)
    grid.mark(row, AttendanceStatus.LEAVE)
    model = grid.grid_model
    model.setData(model.index(row, model.column_of("reason")), sys.argv[2])
    volunteering = window.show_page("volunteering")
    volunteering.ui.recordTable.selectRow(0)
    people = volunteering.form.ui.participantsEditor.model
    people.setData(people.index(0, people.column_of("hours")), "3.5")
    print(json.dumps({
        "meeting": meetings.selected().id,
        "member": grid.rows()[row].member_id,
        "activity": volunteering.selected().id,
        "person": people.record(0).name,
    }), flush=True)
    app.exec()
    """
)
REASON = "身体不适，已向支部书记请假"


def _killed_holding(qtbot, data_dir: Path, holder: str, typed: str, *pages: str) -> str:
    """Runs *holder* on the demo branch in *data_dir*, waits for the 未保存的内容 of *pages*,
    then kills it as a crash or a power cut would (SIGKILL; TerminateProcess on Windows):
    no closing question, nothing saved. The line the holder printed."""
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", holder, str(data_dir), typed],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        printed = process.stdout.readline()
        kept = [data_dir / UNSAVED_DIR / f"{page}.json" for page in pages]
        qtbot.waitUntil(lambda: all(k.exists() for k in kept), timeout=20_000)
    finally:
        process.kill()
        process.wait(timeout=20)
    assert process.returncode != 0
    return printed


def _next_start(qtbot, ws: Workspace) -> MainWindow:
    from branchdesk.ui.app import create_main_window

    window = create_main_window(ws, lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_killed_app_offers_its_unsaved_typing_at_the_next_start(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _killed_holding(qtbot, data_dir, TALK_HOLDER, TYPED, "talks").strip() == "typed"
    kept = data_dir / UNSAVED_DIR / "talks.json"
    ws = Workspace.open(data_dir)
    try:
        window = _next_start(qtbot, ws)
        asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
        keeper = UnsavedKeeper(window, data_dir)
        keeper.offer_kept()
        assert len(asked) == 1 and "谈心谈话" in asked[0]
        page = window.page("talks")
        assert isinstance(page, TalksPage) and window.stack.currentWidget() is page
        assert page.talk_form.ui.contentEdit.toPlainText() == TYPED
        assert page.has_unsaved_changes()  # not saved until she says so
        answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
        assert page.save()
        keeper.keep_now()
        assert not kept.exists()  # saved: nothing left to offer
        window.close()
    finally:
        ws.close()


def test_a_killed_app_gives_back_its_tables_attendance_and_hours(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only tables changed: the meeting's attendance (请假 and why) and a volunteer's hours
    come back into their forms after a SIGKILL, and are saved from there."""
    import json

    from branchdesk.core.meetings import AttendanceStatus

    printed = _killed_holding(qtbot, data_dir, TABLE_HOLDER, REASON, "meetings", "volunteering")
    changed = json.loads(printed)
    ws = Workspace.open(data_dir)
    try:
        window = _next_start(qtbot, ws)
        asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
        UnsavedKeeper(window, data_dir).offer_kept()
        assert len(asked) == 2
        meetings = window.page("meetings")
        volunteering = window.page("volunteering")
        assert isinstance(meetings, RecordListPage) and isinstance(volunteering, RecordListPage)
        assert meetings.selected().id == changed["meeting"]  # type: ignore[union-attr]
        rows = {r.member_id: r for r in meetings.meeting_form.ui.attendanceGrid.rows()}  # type: ignore[attr-defined]
        assert rows[changed["member"]].status == AttendanceStatus.LEAVE
        assert rows[changed["member"]].reason == REASON
        on_leave = sum(r.status == AttendanceStatus.LEAVE for r in rows.values())
        summary = meetings.meeting_form.ui.attendanceSummary.text()  # type: ignore[attr-defined]
        assert f"请假 {on_leave} 人" in summary  # the figures follow the rows put back
        assert volunteering.selected().id == changed["activity"]  # type: ignore[union-attr]
        people = volunteering.form.ui.participantsEditor.rows()  # type: ignore[attr-defined]
        assert (people[0].name, people[0].hours) == (changed["person"], 3.5)
        assert meetings.has_unsaved_changes() and volunteering.has_unsaved_changes()
        assert meetings.save() and volunteering.save()
        meeting = ws.meetings.get(changed["meeting"])
        leave = next(a for a in meeting.attendance if a.member_id == changed["member"])
        assert (leave.status, leave.reason) == (AttendanceStatus.LEAVE, REASON)
        activity = next(a for a in ws.volunteering.all() if a.id == changed["activity"])
        assert 3.5 in [p.hours for p in activity.participants]
        window.close()
    finally:
        ws.close()


def test_discarded_unsaved_typing_is_not_offered_again(
    qtbot, demo_window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = UnsavedWork(data_dir)
    page = demo_window.show_page("talks")
    assert isinstance(page, TalksPage)
    page.ui.recordTable.selectRow(0)
    page.talk_form.ui.contentEdit.setPlainText(TYPED)
    keeper = UnsavedKeeper(demo_window, data_dir)
    keeper.keep_now()
    assert list(work.kept()) == ["talks"]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    UnsavedKeeper(demo_window, data_dir).offer_kept()  # 否: deliberately discarded
    assert len(asked) == 1 and work.kept() == {}
    page.talk_form.ui.contentEdit.setPlainText(TYPED + "又改")
    keeper.keep_now()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    page.cancel()  # Esc, 不保存
    keeper.keep_now()
    assert work.kept() == {}


def test_unsaved_work_stays_out_of_backups_and_survives_a_restore(
    demo_workspace: Workspace, data_dir: Path, tmp_path: Path
) -> None:
    import zipfile

    work = UnsavedWork(data_dir)
    work.keep("talks", {"record": 1, "fields": {"contentEdit": TYPED}})
    backup = demo_workspace.back_up(tmp_path / "b.zip")
    archive = demo_workspace.export_archive(tmp_path / "all.zip")
    for written in (backup, archive):
        with zipfile.ZipFile(written) as opened:
            assert [n for n in opened.namelist() if UNSAVED_DIR in n] == []
    demo_workspace.restore_backup(backup)
    assert work.kept()["talks"]["fields"]["contentEdit"] == TYPED


def test_a_folder_holding_only_unsaved_work_counts_as_empty_for_demo(
    data_dir: Path, workspace: Workspace
) -> None:
    """`demo` and `import` judge a folder by its records: 未保存的内容 alone is no record."""
    UnsavedWork(data_dir).keep("talks", {"record": None, "fields": {}})
    assert workspace.is_empty()
    fill_demo(workspace, today=DEMO_TODAY)  # not refused as a folder holding data
    assert UnsavedWork(data_dir).kept() != {}


@pytest.mark.parametrize("key", ["review", "report", "settings", "meetings", "recruiting"])
def test_each_page_s_unsaved_typing_is_kept_and_put_back(
    qtbot, demo_window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    """Not only talks: a review round's note, a report section, 支部信息, a meeting."""
    page = demo_window.show_page(key)
    ui = getattr(page, "ui", None)
    if key == "review":
        ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(DEMO_TODAY.year))
        if page.round is None:  # type: ignore[attr-defined]
            page.new_round()  # type: ignore[attr-defined]
        field, text = ui.noteEdit, "测评前先学习"
        field.setText(text)
    elif key == "report":
        ui.sectionList.setCurrentRow(3)
        field, text = ui.sectionEdit, "我的问题分析"
        field.setPlainText(text)
    elif key == "settings":
        page.tabs.setCurrentWidget(page.profile)  # type: ignore[attr-defined]
        field, text = page.profile.ui.addressEdit, "新的地址"  # type: ignore[attr-defined]
        field.setText(text)
    elif key == "recruiting":  # a person of 发展党员
        ui.table.selectRow(0)
        field, text = ui.jobEdit, "新的工作单位"
        field.setText(text)
    else:
        ui.recordTable.selectRow(0)
        field, text = page.meeting_form.ui.placeEdit, "新的地点"  # type: ignore[attr-defined]
        field.setText(text)
    keeper = UnsavedKeeper(demo_window, data_dir)
    keeper.keep_now()
    assert key in UnsavedWork(data_dir).kept()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    assert page.may_close()  # type: ignore[attr-defined]
    read = field.toPlainText if key == "report" else field.text
    assert read() != text
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    keeper.offer_kept()
    assert read() == text


@pytest.mark.parametrize("key", ["members", "meetings", "talks", "volunteering", "training"])
def test_a_record_form_s_fields_and_tables_come_back_equal_through_the_file(
    qtbot, demo_window: MainWindow, key: str
) -> None:
    """Everything a form saves — its tables too (events, attendance, resolutions, people and
    hours) — written as 未保存的内容 and put into the form of another record, reads as the
    record it was taken from."""
    import dataclasses
    import json

    from branchdesk.ui.unsaved_changes import field_values, put_field_values

    page = demo_window.show_page(key)
    assert isinstance(page, RecordListPage)
    page.ui.yearFilter.setCurrentIndex(0)
    for row in range(10):  # a record whose tables have rows (a member with events)
        page.ui.recordTable.selectRow(row)
        values = json.loads(json.dumps(field_values(page.form), ensure_ascii=False))
        if any(isinstance(v, dict) and v["rows"] for v in values.values()):
            break
    else:
        pytest.fail(f"no {key} record with a table's rows")
    taken, _errors = page.form.collect()
    page.ui.recordTable.selectRow(row + 1)
    other, _errors = page.form.collect()
    assert other != taken
    put_field_values(page.form, values)
    back, _errors = page.form.collect()
    if key == "members":  # shown masked, an ID number is the loaded record's (not the file's)
        back = dataclasses.replace(back, id_number=taken.id_number)  # type: ignore[type-var]
    assert dataclasses.replace(back, id=None) == dataclasses.replace(taken, id=None)  # type: ignore[type-var]
