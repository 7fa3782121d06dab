"""A data folder on a network drive or in a synced folder (detector patched): warned about
at start and on 设置 → 数据与备份, which moves it through SQLite's backup API."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from branchdesk import data_location
from branchdesk.core.members import Member
from branchdesk.paths import resolve_data_dir
from branchdesk.ui import app as app_module
from branchdesk.ui.pages.settings.backups_tab import BackupsTab
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


@pytest.fixture
def on_a_network_drive(monkeypatch: pytest.MonkeyPatch) -> None:
    """What GetDriveTypeW says of a mapped drive (DRIVE_REMOTE)."""
    monkeypatch.setattr(data_location, "is_remote_drive", lambda _folder: True)


def test_the_detector_tells_network_synced_and_local_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert data_location.storage_risk(tmp_path / "local") is None
    assert (
        data_location.storage_risk(Path(r"\\server\share\支部"))
        is data_location.StorageRisk.NETWORK
    )
    synced = tmp_path / "OneDrive - 某协会" / "文档" / "支部"
    assert data_location.storage_risk(synced) is data_location.StorageRisk.CLOUD
    assert (
        data_location.storage_risk(tmp_path / "坚果云" / "支部") is data_location.StorageRisk.CLOUD
    )
    monkeypatch.setenv("OneDrive", str(tmp_path / "personal"))
    assert (
        data_location.storage_risk(tmp_path / "personal" / "d") is data_location.StorageRisk.CLOUD
    )


def test_a_network_data_folder_is_warned_about_after_the_first_paint(
    qtbot, qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, on_a_network_drive: None
) -> None:
    with Workspace.open(data_dir) as ws:
        ws.members.save(Member("周建国", date(2010, 7, 1)), DEMO_TODAY)
    shell = app_module._ShellStart(qapp, data_dir)
    qtbot.addWidget(shell.window)
    monkeypatch.setattr(shell, "_quit", lambda status: None)
    shell._open()
    qtbot.waitUntil(lambda: shell.window.data_folder_warning is not None, timeout=5000)
    box = shell.window.data_folder_warning
    assert box is not None and box.isVisible()
    text = box.text()  # type: ignore[attr-defined]
    assert "网络驱动器" in text and "设置 → 数据与备份" in text and str(data_dir) in text
    box.close()
    assert shell._ws is not None
    shell._ws.close()


def test_the_settings_tab_warns_and_moves_the_data_with_the_backup_api(
    qtbot,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    on_a_network_drive: None,
) -> None:
    workspace.members.save(Member("刘䶮", date(2010, 7, 1)), DEMO_TODAY)
    workspace.attachments.add_bytes("members", 1, b"photo", "photo.jpg")
    workspace.back_up()
    tab = BackupsTab(workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(tab)
    assert "网络驱动器" in tab.ui.dataFolderNote.text()
    assert tab.ui.moveFolderButton.text() == "移动数据文件夹…"
    moved_to: list[Path] = []
    monkeypatch.setattr(tab, "_moved", moved_to.append)
    local = tmp_path / "本机" / "支部工作台"
    task = tab.move_data_folder(local)
    with qtbot.waitSignal(task.done, timeout=30000):
        pass
    assert moved_to == [local]
    with Workspace.open(local) as moved:
        assert [m.name for m in moved.members.all()] == ["刘䶮"]
        assert moved.attachments.path_of(moved.attachments.for_owner("members", 1)[0]).is_file()
        assert len(moved.backups()) == 1
        assert moved.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert resolve_data_dir(workspace.data_dir) == local  # the old folder leads there
    assert (workspace.data_dir / "branchdesk.sqlite3").is_file()  # and keeps its files
