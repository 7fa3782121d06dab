"""Every class of hostile archive is refused before anything is written (acceptance 1).

Each test builds a valid export of the demo data, spoils it one way, and imports it through
the command line into a fresh data folder; the whole temporary tree must be unchanged."""

import hashlib
import json
import stat
import zipfile
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest

from branchdesk.cli import main
from branchdesk.store.archive_zip import ArchiveError, Limits, verify_archive

Entries = list[tuple[zipfile.ZipInfo, bytes]]


def _entries(archive: Path) -> tuple[dict[str, Any], Entries]:
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read("manifest.json"))
        entries = [
            (info, z.read(info)) for info in z.infolist() if info.filename != "manifest.json"
        ]
    return manifest, entries


def _listed(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _write(target: Path, manifest: dict[str, Any], entries: Entries) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            z.writestr(info, data)
        z.writestr("manifest.json", json.dumps(manifest))
    return target


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], archive: Path, reason: str
) -> None:
    before = _tree(tmp_path)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(archive)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert reason in err and "nothing was changed" in err
    assert _tree(tmp_path) == before  # nothing written inside or outside the data folder
    assert not data.exists()


def _with_extra(
    valid_export: Path,
    tmp_path: Path,
    name: str,
    data: bytes,
    tweak: Callable[[zipfile.ZipInfo], None] | None = None,
) -> Path:
    manifest, entries = _entries(valid_export)
    info = zipfile.ZipInfo(name)
    if tweak:
        tweak(info)
    entries.append((info, data))
    manifest["entries"].append(_listed(name, data))
    return _write(tmp_path / "hostile.zip", manifest, entries)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../escaped.txt", "'..'"),
        ("attachments/../../escaped.txt", "'..'"),
        ("/tmp/escaped.txt", "absolute path"),
        ("C:/Windows/escaped.txt", "absolute path"),
        ("C:escaped.txt", "absolute path"),
        ("attachments\\..\\..\\escaped.txt", "backslashes"),
    ],
)
def test_paths_escaping_the_folder(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    archive = _with_extra(valid_export, tmp_path, name, b"owned")
    _refused(tmp_path, capsys, archive, reason)


def test_links(valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def as_link(info: zipfile.ZipInfo) -> None:
        info.external_attr = (stat.S_IFLNK | 0o777) << 16

    archive = _with_extra(valid_export, tmp_path, "attachments/link", b"/etc/passwd", as_link)
    _refused(tmp_path, capsys, archive, "is a link")


@pytest.mark.parametrize("second", ["records/members.json", "RECORDS/Members.json"])
def test_duplicate_entries(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str
) -> None:
    manifest, entries = _entries(valid_export)
    original = next(data for info, data in entries if info.filename == "records/members.json")
    entries.append((zipfile.ZipInfo(second), original))
    with pytest.warns(UserWarning) if second == "records/members.json" else nullcontext():
        archive = _write(tmp_path / "hostile.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "appears more than once")


def test_checksum_disagreeing_with_the_manifest(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest, entries = _entries(valid_export)
    index = next(
        i for i, (info, _) in enumerate(entries) if info.filename == "records/members.json"
    )
    info, data = entries[index]
    entries[index] = (info, data.replace("周建国".encode(), "周建军".encode()))  # same size
    archive = _write(tmp_path / "hostile.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "does not match its checksum")


def test_size_disagreeing_with_the_manifest(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest, entries = _entries(valid_export)
    for listed in manifest["entries"]:
        if listed["name"] == "records/members.json":
            listed["size"] -= 10
    archive = _write(tmp_path / "hostile.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "but the manifest says")


def test_newer_format_version(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest, entries = _entries(valid_export)
    manifest["format_version"] = 99
    archive = _write(tmp_path / "hostile.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "newer BranchDesk")


def test_newer_schema(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest, entries = _entries(valid_export)
    manifest["schema"]["migrations"].append("9999_from_the_future")
    archive = _write(tmp_path / "hostile.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "newer BranchDesk")


def test_decompression_bomb_by_ratio(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def deflated(info: zipfile.ZipInfo) -> None:
        info.compress_type = zipfile.ZIP_DEFLATED

    zeros = bytes(64 * 1024 * 1024)  # 64 MiB that deflate to about 64 KiB
    archive = _with_extra(valid_export, tmp_path, "attachments/" + "0" * 64, zeros, deflated)
    _refused(tmp_path, capsys, archive, "decompression bomb")


def test_bomb_limits_on_entry_and_total_size(valid_export: Path) -> None:
    per_entry = Limits(max_entry_size=1024)
    with pytest.raises(ArchiveError, match="would expand to"):
        verify_archive(valid_export, "branchdesk-export", 1, per_entry)
    total = Limits(max_total_size=4096)
    with pytest.raises(ArchiveError, match="in all"):
        verify_archive(valid_export, "branchdesk-export", 1, total)


def test_entry_not_in_the_manifest(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest, entries = _entries(valid_export)
    entries.append((zipfile.ZipInfo("attachments/stowaway"), b"unlisted"))
    archive = _write(tmp_path / "hostile.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "not listed in the manifest")


def test_not_a_zip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "roster.zip"
    archive.write_bytes(b"PK\x03\x04 but not really a zip" * 10)
    _refused(tmp_path, capsys, archive, "not a readable zip")


def test_the_valid_archive_itself_imports(valid_export: Path, tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(valid_export)]) == 0
