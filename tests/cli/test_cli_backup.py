import json
from pathlib import Path

from tests.cli.test_cli_foundation import run_cli


def _counts(data: Path) -> dict[str, int]:
    shown = run_cli("--data-dir", str(data), "info", "--json")
    assert shown.returncode == 0, shown.stderr
    counts: dict[str, int] = json.loads(shown.stdout)["counts"]
    return counts


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli("--data-dir", str(data), "demo").returncode == 0
    counts = _counts(data)
    target = tmp_path / "mine.zip"
    made = run_cli("--data-dir", str(data), "backup", "-o", str(target))
    assert made.returncode == 0, made.stderr
    assert target.is_file()
    assert run_cli("--data-dir", str(data), "backup").returncode == 0
    assert len(list((data / "backups").glob("branchdesk-*.zip"))) == 1

    other = tmp_path / "other"
    restored = run_cli("--data-dir", str(other), "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    assert _counts(other) == counts


def test_restore_of_a_file_that_is_not_a_backup_is_one_line(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.zip"
    bogus.write_text("hello")
    result = run_cli("--data-dir", str(tmp_path / "d"), "restore", str(bogus))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "refused" in result.stderr and "Traceback" not in result.stderr


def test_an_export_archive_given_to_restore_says_so_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli("--data-dir", str(data), "demo").returncode == 0
    archive = tmp_path / "export.zip"
    assert run_cli("--data-dir", str(data), "export", "-o", str(archive)).returncode == 0
    result = run_cli("--data-dir", str(data), "restore", str(archive))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "branchdesk: export.zip: refused, it is not a backup (an export archive is imported, "
        "not restored); nothing was changed."
    )
