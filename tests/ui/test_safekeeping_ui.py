"""设置 → 数据与备份, the roster-import dialog, 回收站, and the damaged-file flow."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from branchdesk.core.members import Member
from branchdesk.core.review import ReviewRound
from branchdesk.store.db import DATABASE_NAME
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.operations import Operations
from branchdesk.ui.pages.recycle_bin_page import RecycleBinPage
from branchdesk.ui.pages.roster_import_dialog import RosterImportDialog
from branchdesk.ui.pages.settings.backups_tab import BackupsTab
from branchdesk.ui.records_changed import RecordsChanged
from branchdesk.ui.safekeeping import AutoBackup, open_or_recover
from branchdesk.workspace import Workspace
from tests.cli.test_import_members import roster_rows, write_csv
from tests.conftest import DEMO_TODAY


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


def _tab(qtbot, ws: Workspace) -> BackupsTab:
    tab = BackupsTab(ws, lambda: DEMO_TODAY)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_back_up_now_lists_the_backup_and_restore_undoes_changes(
    qtbot, demo_workspace: Workspace
) -> None:
    tab = _tab(qtbot, demo_workspace)
    assert tab.model.rowCount() == 0
    tab.back_up_now()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
    backup = tab.model.record(0)
    assert backup.size > 0 and "KB" in tab.model.index(0, 1).data()

    counts = demo_workspace.counts()
    demo_workspace.members.save(Member(name="新来的", joined_on=date(2020, 1, 1)), DEMO_TODAY)
    tab.ui.backupsView.selectRow(0)
    with qtbot.waitSignal(tab.data_replaced, timeout=20_000):
        tab.ui.restoreButton.click()
    assert demo_workspace.counts() == counts
    assert tab.model.rowCount() == 2  # the state before the restore was backed up


def test_export_then_import_into_an_empty_folder(
    qtbot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    tab = _tab(qtbot, demo_workspace)
    target = tmp_path / "archive.zip"
    task = tab.export_to(target)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert target.is_file()
    with Workspace.open(tmp_path / "empty") as empty:
        other = _tab(qtbot, empty)
        with qtbot.waitSignal(other.data_replaced, timeout=20_000):
            other.import_from(target)
        assert empty.counts() == demo_workspace.counts()


def test_wrong_archive_choices_are_refused_in_chinese(
    qtbot, demo_workspace: Workspace, tmp_path: Path, _no_message_boxes: list[str]
) -> None:
    """Importing into a folder that has records, or restoring an export archive, was refused
    with an English message in the Chinese window."""
    tab = _tab(qtbot, demo_workspace)
    archive = tmp_path / "导出.zip"
    with qtbot.waitSignal(tab.export_to(archive).done, timeout=20_000):
        pass
    with qtbot.waitSignal(tab.import_from(archive).failed, timeout=20_000):
        pass
    assert "已有记录" in _no_message_boxes[-1] and "未做任何更改" in _no_message_boxes[-1]
    with qtbot.waitSignal(tab.restore(archive, confirm=False).failed, timeout=20_000):
        pass
    assert _no_message_boxes[-1] == (
        "导出.zip：已拒绝，它不是备份文件（导出归档应使用“导入归档”，而不是恢复）；未做任何更改。"
    )
    nonsense = tmp_path / "名册.zip"
    nonsense.write_text("not a zip")
    with qtbot.waitSignal(tab.restore(nonsense, confirm=False).failed, timeout=20_000):
        pass
    assert _no_message_boxes[-1].startswith("名册.zip：已拒绝，它不是可读取的 zip 压缩文件")


def test_check_reports_all_is_well(
    qtbot, demo_workspace: Workspace, _no_message_boxes: list[str]
) -> None:
    tab = _tab(qtbot, demo_workspace)
    task = tab._check()
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert _no_message_boxes[-1].startswith("一切正常")


def test_roster_dialog_previews_maps_and_imports(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "花名册.csv", roster_rows(), "gbk")
    dialog = RosterImportDialog(
        Operations(workspace.data_dir, RecordsChanged()), lambda: DEMO_TODAY
    )
    qtbot.addWidget(dialog)
    dialog.load(source)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.model.rowCount() == 10
    assert "无效" in dialog.ui.summaryLabel.text() or "invalid" in dialog.ui.summaryLabel.text()
    assert dialog.ui.mappingTable.rowCount() == 12
    assert dialog.mapping()["姓名"] == "name"
    assert not dialog.import_button.isEnabled()  # invalid rows, and skipping not chosen
    dialog.ui.skipInvalidCheck.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.import_button.click()
    assert len(workspace.members.all()) == 7  # rows 1-6, and row 10 (no member to repeat)
    assert [g.name for g in workspace.branch.groups()] == ["第一党小组"]


def test_recycle_bin_lists_restores_and_purges(
    qtbot, demo_workspace: Workspace, _no_message_boxes: list[str]
) -> None:
    ws = demo_workspace
    members = ws.members.all()
    mistake = ws.members.save(Member(name="录错的人", joined_on=date(2020, 7, 1)), DEMO_TODAY)
    for member in (members[0], mistake):
        assert member.id is not None
        ws.members.move_to_recycle_bin(member.id)
    page = RecycleBinPage(ws)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    assert page.ui.typeCombo.count() == 1 + sum(1 for _ in _trashable())
    view = page.ui.binView

    def select(member_id: int | None) -> None:
        row = next(r for r in range(page.proxy.rowCount()) if _bin_id(page, r) == member_id)
        view.selectionModel().select(
            page.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    select(mistake.id)
    with qtbot.waitSignal(page.data_replaced):
        page.ui.restoreButton.click()
    assert page.model.rowCount() == 1
    select(members[0].id)
    with qtbot.waitSignal(page.data_replaced):
        page.ui.purgeButton.click()  # the confirmation is answered Yes
    # 周建国 leads talks and attended meetings: purging him would rewrite them; it is refused,
    # in Chinese, and he stays in the bin.
    assert page.model.rowCount() == 1
    assert "周建国" in _no_message_boxes[-1] and "谈心谈话" in _no_message_boxes[-1]
    assert "组织生活" in _no_message_boxes[-1] and "因此未删除" in _no_message_boxes[-1]
    assert len(ws.members.all()) == len(members)  # the mistake is back, 周建国 in the bin
    ws.members.move_to_recycle_bin(mistake.id)
    page.refresh()
    select(mistake.id)
    with qtbot.waitSignal(page.data_replaced):
        page.ui.purgeButton.click()
    assert page.model.rowCount() == 1
    assert len(ws.members.all()) == len(members) - 1


def _bin_id(page: RecycleBinPage, proxy_row: int) -> int:
    return page.model.record(page.proxy.mapToSource(page.proxy.index(proxy_row, 0)).row()).id


def _trashable() -> list[str]:
    from branchdesk.core.registry import record_types

    return [rt.key for rt in record_types() if rt.trashable]


def test_recycle_bin_is_in_the_navigation_and_a_restore_reloads_pages(
    qtbot, demo_window: MainWindow
) -> None:
    assert "recycle_bin" in demo_window.page_keys()
    members_page = demo_window.show_page("members")
    settings = demo_window.show_page("settings")
    settings.data_replaced.emit()  # type: ignore[attr-defined]
    assert demo_window.page("members") is not members_page
    assert demo_window.page("settings") is settings


def test_damaged_file_at_start_is_moved_aside_and_the_backup_restored(
    qtbot, demo_workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_workspace.back_up()
    counts = demo_workspace.counts()
    demo_workspace.close()
    path = data_dir / DATABASE_NAME
    path.write_bytes(path.read_bytes()[:5000])

    def accept(box: QMessageBox) -> int:
        box.buttons()[0].click()  # "恢复备份", the default
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    ws = open_or_recover(data_dir)
    assert ws is not None
    with ws:
        assert ws.counts() == counts
    assert list(data_dir.glob(f"{DATABASE_NAME}.damaged-*"))


def test_automatic_backup_on_exit(qtbot, workspace: Workspace) -> None:
    auto = AutoBackup(workspace)
    auto.on_exit()
    assert len(workspace.backups()) == 1


def test_roster_reasons_are_shown_in_chinese(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "花名册.csv", roster_rows(), "utf-8")
    dialog = RosterImportDialog(
        Operations(workspace.data_dir, RecordsChanged()), lambda: DEMO_TODAY
    )
    qtbot.addWidget(dialog)
    dialog.load(source)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    details = {
        dialog.model.record(row).row: dialog.model.index(row, 3).data()
        for row in range(dialog.model.rowCount())
    }
    assert details[8] == "姓名：必填。"
    assert "重复" in details[9] and "1" in details[9]
    assert "身份证号：" in details[7] and "Check" not in details[7]


def test_restoring_a_round_whose_year_has_a_new_round_is_refused_in_chinese(
    qtbot, demo_workspace: Workspace, _no_message_boxes: list[str]
) -> None:
    """还原 of a 2025 review round after a new 2025 round was started ended in an
    IntegrityError traceback with nothing on screen; now it says why, in Chinese."""
    ws = demo_workspace
    old = ws.reviews.for_year(2025)
    assert old is not None and old.id is not None
    ws.move_to_bin("review_rounds", old.id)
    ws.reviews.save(ReviewRound(2025), DEMO_TODAY)
    page = RecycleBinPage(ws)
    qtbot.addWidget(page)
    page.show()
    page.ui.binView.selectRow(0)
    with qtbot.waitSignal(page.data_replaced):
        page.ui.restoreButton.click()
    assert page.model.rowCount() == 1
    assert "2025年度民主评议党员" in _no_message_boxes[-1]
    assert "无法还原" in _no_message_boxes[-1]


def test_check_names_each_problem_in_chinese(
    qtbot, workspace: Workspace, _no_message_boxes: list[str]
) -> None:
    """Before, 检查数据 listed the problems in English ('content does not match its SHA-256')."""
    member = workspace.members.save(Member(name="甲", joined_on=date(2020, 1, 1)), DEMO_TODAY)
    assert member.id is not None
    kept = workspace.attachments.add_bytes("members", member.id, b"%PDF kept", "申请书.pdf")
    lost = workspace.attachments.add_bytes("members", member.id, b"\xff\xd8 lost", "照片.jpg")
    workspace.attachments.path_of(kept).write_bytes(b"%PDF edited")
    workspace.attachments.path_of(lost).unlink()
    tab = _tab(qtbot, workspace)
    with qtbot.waitSignal(tab._check().done, timeout=20_000):
        pass
    assert tab.check_dialog is not None
    model = tab.check_dialog.model
    shown = "\n".join(str(model.index(r, 2).data()) for r in range(model.rowCount()))
    assert f"附件 {kept.stored_name}（申请书.pdf）：内容与其 SHA-256 校验值不符（已损坏）" in shown
    assert f"附件 {lost.stored_name}（照片.jpg）：文件不见了" in shown
    assert "does not match" not in shown and "missing" not in shown


def test_a_damaged_or_newer_backup_is_refused_in_chinese(
    qtbot, demo_workspace: Workspace, tmp_path: Path, _no_message_boxes: list[str]
) -> None:
    """A backup copied badly from a USB stick, or made by a newer BranchDesk, was refused
    with an English reason inside the Chinese sentence."""
    import json
    import zipfile

    tab = _tab(qtbot, demo_workspace)
    good = demo_workspace.back_up(tmp_path / "备份.zip")
    flipped = bytearray(good.read_bytes())
    flipped[5000] ^= 0xFF  # inside the compressed database
    damaged = tmp_path / "损坏的备份.zip"
    damaged.write_bytes(bytes(flipped))
    with qtbot.waitSignal(tab.restore(damaged, confirm=False).failed, timeout=20_000):
        pass
    assert _no_message_boxes[-1].startswith(
        "损坏的备份.zip：已拒绝，其中的 branchdesk.sqlite3 已损坏"
    ), _no_message_boxes[-1]
    newer = tmp_path / "新版备份.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(newer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["format_version"] = 99
                data = json.dumps(manifest).encode()
            target.writestr(item, data)
    with qtbot.waitSignal(tab.restore(newer, confirm=False).failed, timeout=20_000):
        pass
    assert _no_message_boxes[-1].startswith("新版备份.zip：已拒绝，它由更新版本的支部工作台写成")
    assert "newer" not in _no_message_boxes[-1]
