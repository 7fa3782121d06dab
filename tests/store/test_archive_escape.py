"""An entry whose name could leave the data folder is refused by restore, import and
recovery alike; the system's litter (Thumbs.db, `~$` lock files) is skipped and reported."""

import hashlib
import zipfile
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.attachments import Attachment, is_stored_name
from branchdesk.store.archive_zip import ArchiveError
from branchdesk.workspace import Workspace, recover_damaged
from tests.store.test_hostile_archives import _entries, _listed, _tree, _write

CONTENT = b"scan of the sign-in sheet"
STORED = hashlib.sha256(CONTENT).hexdigest() + ".jpg"


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("source")
    with Workspace.open(folder / "data") as ws:
        ws.attachments_dir.mkdir(exist_ok=True)
        (ws.attachments_dir / STORED).write_bytes(CONTENT)
        return {
            "restore": ws.back_up(folder / "backup.zip"),
            "import": ws.export_archive(folder / "export.zip"),
        }


def _spoiled(source: Path, target: Path, extra: dict[str, bytes]) -> Path:
    manifest, entries = _entries(source)
    for name, data in extra.items():
        entries.append((zipfile.ZipInfo(name), data))
        manifest["entries"].append(_listed(name, data))
    return _write(target, manifest, entries)


def _target_folder(tmp_path: Path, command: str) -> Path:
    """For a restore, a data folder holding records; an import goes into a new folder."""
    data = tmp_path / "data"
    if command == "restore":
        with Workspace.open(data) as ws:
            ws.settings.set("marker", "before the restore")
    return data


ESCAPES = [
    ("attachments/{outside}", "empty path segment"),  # attachments//abs/path
    ("attachments/../escaped.txt", "'..'"),
    ("attachments/../../escaped.txt", "'..'"),
    ("attachments/C:escaped.txt", "names a drive"),
    ("attachments/./escaped.txt", "empty path segment"),
    ("{outside}", "absolute path"),
    ("C:/escaped.txt", "absolute path"),
    ("attachments\\..\\escaped.txt", "backslashes"),
]


@pytest.mark.parametrize("command", ["restore", "import"])
@pytest.mark.parametrize(("pattern", "reason"), ESCAPES)
def test_an_entry_that_could_leave_the_folder_is_refused(
    archives: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    pattern: str,
    reason: str,
) -> None:
    outside = tmp_path / "outside" / "escaped.txt"
    outside.parent.mkdir()
    name = pattern.format(outside=outside.as_posix())
    hostile = _spoiled(archives[command], tmp_path / "hostile.zip", {name: b"owned"})
    data = _target_folder(tmp_path, command)
    before = _tree(tmp_path)

    assert main(["--data-dir", str(data), command, str(hostile)]) == 1

    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "refused" in err and reason in err and "nothing was changed" in err
    assert _tree(tmp_path) == before  # the data folder as it was, nothing written elsewhere
    assert not outside.exists()
    assert not (tmp_path / "escaped.txt").exists()


def test_recovery_refuses_a_backup_that_could_write_outside_the_folder(
    archives: dict[str, Path], tmp_path: Path
) -> None:
    outside = tmp_path / "outside.txt"
    name = f"attachments/{outside.as_posix()}"
    hostile = _spoiled(archives["restore"], tmp_path / "hostile.zip", {name: b"owned"})
    data = tmp_path / "data"
    data.mkdir()
    (data / "branchdesk.sqlite3").write_bytes(b"damaged")
    before = _tree(tmp_path)
    with pytest.raises(ArchiveError, match="empty path segment"):
        recover_damaged(data, hostile)
    assert _tree(tmp_path) == before
    assert not outside.exists()


@pytest.mark.parametrize("command", ["restore", "import"])
def test_the_systems_litter_is_skipped_and_reported(
    archives: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    litter = {
        "attachments/Thumbs.db": b"thumbnail cache",
        "attachments/~$minutes.docx": b"word lock",
        "attachments/desktop.ini": b"[.ShellClassInfo]",
    }
    archive = _spoiled(archives[command], tmp_path / "with-litter.zip", litter)
    data = _target_folder(tmp_path, command)

    assert main(["--data-dir", str(data), command, str(archive)]) == 0

    out = capsys.readouterr().out
    assert "Skipped 3 files BranchDesk did not write" in out
    for name in litter:
        assert name in out
    assert sorted(p.name for p in (data / "attachments").iterdir()) == [STORED]
    assert (data / "attachments" / STORED).read_bytes() == CONTENT


def test_the_allowed_names_are_the_names_attachments_are_stored_under() -> None:
    sha = "ab" * 32
    for original in ("签到表.JPG", "minutes.docx", "scan", "a.b.pdf", "照片.已编辑", ".hidden"):
        assert is_stored_name(Attachment("meetings", 1, sha, original).stored_name), original
    for name in (f"{sha}.x:y", f"{sha}/x", "Thumbs.db", sha[:-1], f"{sha}.a.b", sha.upper()):
        assert not is_stored_name(name), name
