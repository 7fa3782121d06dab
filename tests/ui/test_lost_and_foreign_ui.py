"""The window meets a lost data file (offers the backup) and another program's SQLite
file (says so and quits, the file unchanged) instead of the first run or a hang."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from branchdesk.store.db import DATABASE_NAME
from branchdesk.store.errors import ForeignDatabaseError
from branchdesk.ui import app as app_module
from branchdesk.ui.safekeeping import open_or_recover
from branchdesk.workspace import Workspace, lost_database_backup
from tests.store.test_lost_and_foreign import _foreign


@pytest.mark.parametrize("loss", ["zero bytes", "missing"])
def test_a_lost_database_beside_backups_offers_the_newest_good_backup(
    qtbot, demo_workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch, loss: str
) -> None:
    demo_workspace.back_up()
    counts = demo_workspace.counts()
    demo_workspace.close()
    database = data_dir / DATABASE_NAME
    for companion in data_dir.glob(f"{DATABASE_NAME}-*"):
        companion.unlink()
    if loss == "zero bytes":
        database.write_bytes(b"")
    else:
        database.unlink()
    assert lost_database_backup(data_dir) is not None
    offered: list[str] = []

    def restore(box: QMessageBox) -> int:
        offered.append(box.text() + " " + box.informativeText())
        box.buttons()[0].click()  # 恢复备份
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restore)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    ws = open_or_recover(data_dir)
    assert ws is not None
    with ws:
        assert ws.counts() == counts
    assert "数据文件不见了或是空的，但备份中存有记录" in offered[0]


def test_the_window_says_so_and_quits_instead_of_waiting(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _foreign(data_dir / DATABASE_NAME)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    start = app_module._ShellStart(app_module.application(), data_dir)
    codes: list[int] = []
    monkeypatch.setattr(start._app, "exit", codes.append)
    start._open()
    assert codes == [1] and not start.failed
    assert "不是支部工作台的数据文件" in shown[0]
    assert (data_dir / DATABASE_NAME).read_bytes() == original
    with pytest.raises(ForeignDatabaseError):
        Workspace.open(data_dir)
