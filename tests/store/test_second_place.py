"""A second backup place that comes and goes (a USB stick): each backup is copied there when
it is plugged in, a backup without it still succeeds, and the place is stale after a month."""

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from branchdesk.store.backup import list_backups, verify_backup
from branchdesk.workspace import Workspace


def test_each_backup_is_copied_when_the_folder_is_there(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    stick = tmp_path / "U盘" / "备份"
    stick.mkdir(parents=True)
    ws = demo_workspace
    assert ws.second_backup_place().folder is None
    ws.set_second_backup_folder(stick)

    first = ws.back_up()
    copies = [b.path.name for b in list_backups(stick)]
    assert copies == [first.name]
    assert verify_backup(stick / first.name)
    place = ws.second_backup_place()
    assert place.reachable and place.last_copy is not None
    copied_at = place.last_copy

    shutil.rmtree(stick.parent)  # the stick is unplugged
    second = ws.back_up()
    assert second.is_file() and not stick.exists()
    place = ws.second_backup_place()
    assert not place.reachable and place.last_copy == copied_at
    assert place.stale(copied_at + timedelta(days=32))
    assert not place.stale(copied_at + timedelta(days=3))

    stick.mkdir(parents=True)  # plugged in again
    third = ws.back_up()
    assert [b.path.name for b in list_backups(stick)] == [third.name]
    place = ws.second_backup_place()
    assert place.reachable and place.last_copy is not None and place.last_copy >= copied_at
    assert not place.stale(place.last_copy + timedelta(days=3))


def test_no_second_place_is_never_stale(workspace: Workspace) -> None:
    workspace.set_second_backup_folder(None)
    place = workspace.second_backup_place()
    assert place.folder is None and not place.stale(datetime(2030, 1, 1))
