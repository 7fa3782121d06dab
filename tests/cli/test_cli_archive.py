import hashlib
import json
from pathlib import Path

from tests.cli.test_cli_foundation import run_cli


def _info(data: Path) -> dict[str, int]:
    shown = run_cli("--data-dir", str(data), "info", "--json")
    assert shown.returncode == 0, shown.stderr
    counts: dict[str, int] = json.loads(shown.stdout)["counts"]
    return counts


def _hashes(folder: Path) -> set[str]:
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def _demo_with_attachments(data: Path) -> None:
    assert run_cli("--data-dir", str(data), "demo").returncode == 0
    folder = data / "attachments"
    folder.mkdir(exist_ok=True)  # the demo may have attached files already
    for content in (b"photo of the theme day", b"sign-in sheet"):
        (folder / hashlib.sha256(content).hexdigest()).write_bytes(content)


def test_export_then_import_gives_identical_counts_and_attachments(tmp_path: Path) -> None:
    data, copy = tmp_path / "d", tmp_path / "copy"
    _demo_with_attachments(data)
    archive = tmp_path / "branch.zip"
    exported = run_cli("--data-dir", str(data), "export", "-o", str(archive))
    assert exported.returncode == 0, exported.stderr
    imported = run_cli("--data-dir", str(copy), "import", str(archive))
    assert imported.returncode == 0, imported.stderr
    assert _info(copy) == _info(data)
    assert _hashes(copy / "attachments") == _hashes(data / "attachments")


def test_backup_then_restore_gives_identical_counts_and_attachments(tmp_path: Path) -> None:
    data, copy = tmp_path / "d", tmp_path / "copy"
    _demo_with_attachments(data)
    backup = tmp_path / "backup.zip"
    assert run_cli("--data-dir", str(data), "backup", "-o", str(backup)).returncode == 0
    restored = run_cli("--data-dir", str(copy), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert _info(copy) == _info(data)
    assert _hashes(copy / "attachments") == _hashes(data / "attachments")


def test_import_into_a_non_empty_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli("--data-dir", str(data), "demo").returncode == 0
    archive = tmp_path / "branch.zip"
    assert run_cli("--data-dir", str(data), "export", "-o", str(archive)).returncode == 0
    before = (data / "branchdesk.sqlite3").read_bytes()
    again = run_cli("--data-dir", str(data), "import", str(archive))
    assert again.returncode == 1
    assert len(again.stderr.strip().splitlines()) == 1 and "empty" in again.stderr
    assert (data / "branchdesk.sqlite3").read_bytes() == before
