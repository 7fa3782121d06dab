"""An export archive is checked like a form before one row is written: real ISO dates,
known codes, values of their column's kind, every record file its schema has, counts that
agree with the manifest. A refused import leaves the data folder as it was (not created)."""

import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from branchdesk.cli import main
from tests.store.test_hostile_archives import _entries, _listed, _refused, _write

Document = dict[str, Any]


def _changed(source: Path, target: Path, name: str, change: Callable[[Document], object]) -> Path:
    """*source* with the JSON document *name* changed (its manifest entry kept true)."""
    manifest, entries = _entries(source)
    for index, (info, data) in enumerate(entries):
        if info.filename == name:
            document = json.loads(data)
            change(document)
            text = json.dumps(document, ensure_ascii=False).encode()
            entries[index] = (zipfile.ZipInfo(name), text)
            manifest["entries"] = [
                _listed(name, text) if e["name"] == name else e for e in manifest["entries"]
            ]
    return _write(target, manifest, entries)


def _set(column: str, value: object, row: int = 0) -> Callable[[Document], object]:
    def change(document: Document) -> None:
        document["rows"][row][column] = value

    return change


@pytest.mark.parametrize(
    ("entry", "change", "reason"),
    [
        ("records/meetings.json", _set("held_on", "1999-13-45"), "'1999-13-45' is not a real date"),
        ("records/meetings.json", _set("held_on", "2019-02-30"), "'2019-02-30' is not a real date"),
        ("records/talks.json", _set("held_on", "2025/06/15"), "'2025/06/15' is not a real date"),
        (
            "records/review_entries.json",
            _set("final_grade", "优秀"),
            "'优秀' is not one of the codes",
        ),
        (
            "records/membership_events.json",
            _set("kind", "transfer_out"),
            "'transfer_out' is not one of the codes",
        ),
        ("records/members.json", _set("name", ["张三"]), "a list where a single value belongs"),
        ("records/members.json", _set("group_id", 2**70), "too large to store"),
        ("records/meetings.json", _set("minutes", "长" * 50_000_000), "longer than 200000"),
        ("records/members.json", _set("note", {"$base64": "!!not base64!!"}), "does not decode"),
        ("records/talks.json", _set("talker_id", 99_999), "refers to members #99999"),
        ("records/trainings.json", _set("hours", -3), "is not between 0 and 10000"),
    ],
)
def test_records_that_break_their_columns_are_refused(
    valid_export: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    entry: str,
    change: Callable[[Document], object],
    reason: str,
) -> None:
    archive = _changed(valid_export, tmp_path / "bad.zip", entry, change)
    _refused(tmp_path, capsys, archive, reason)


def test_deeply_nested_json_is_refused(
    valid_export: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    manifest, entries = _entries(valid_export)
    deep = b"[" * 100_000 + b"]" * 100_000
    entries = [(i, deep if i.filename == "records/talks.json" else d) for i, d in entries]
    manifest["entries"] = [
        _listed(e["name"], deep) if e["name"] == "records/talks.json" else e
        for e in manifest["entries"]
    ]
    _refused(tmp_path, capsys, _write(tmp_path / "deep.zip", manifest, entries), "too deeply")


def test_a_record_file_missing_from_the_archive_is_refused(
    valid_export: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """61 talks were silently gone, and the import said 'Imported 2525 records'."""
    manifest, entries = _entries(valid_export)
    entries = [(i, d) for i, d in entries if i.filename != "records/talks.json"]
    manifest["entries"] = [e for e in manifest["entries"] if e["name"] != "records/talks.json"]
    archive = _write(tmp_path / "lacking.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "it lacks records/talks.json")


def test_counts_disagreeing_with_the_manifest_are_refused(
    valid_export: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    manifest, entries = _entries(valid_export)
    manifest["counts"]["meetings"] += 1
    archive = _write(tmp_path / "miscounted.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "its manifest counts")


def test_an_archive_not_named_zip_is_refused(
    valid_export: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    renamed = shutil.copy(valid_export, tmp_path / "archive.txt")
    _refused(tmp_path, capsys, Path(renamed), "its name does not end in .zip")


def test_many_small_entries_that_expand_hugely_together_are_refused(
    valid_export: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each entry under the per-entry floor of 1 MiB escaped the ratio check."""
    manifest, entries = _entries(valid_export)
    zeros = bytes(1024 * 1024 - 1)
    for number in range(40):
        name = f"attachments/{number:064x}"
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        entries.append((info, zeros))
        manifest["entries"].append(_listed(name, zeros))
    archive = _write(tmp_path / "bomb.zip", manifest, entries)
    _refused(tmp_path, capsys, archive, "in all (limit 200), like a decompression bomb")


def test_an_import_refused_after_the_folder_was_opened_leaves_no_folder(
    valid_export: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two review rounds of one year pass every check of a row but break the table's unique
    index when written: the folder created for the import is removed again."""

    def second_round(document: Document) -> None:
        twin = dict(document["rows"][0], id=999)
        document["rows"].append(twin)

    archive = _changed(valid_export, tmp_path / "twins.zip", "records/review_rounds.json",
                       second_round)  # fmt: skip
    manifest2, entries2 = _entries(archive)
    manifest2["rows"]["records/review_rounds.json"] += 1
    manifest2["counts"]["review_rounds"] += 1
    archive = _write(tmp_path / "twins.zip", manifest2, entries2)
    _refused(tmp_path, capsys, archive, "break a rule of the data")


def test_the_restore_of_a_backup_with_an_invalid_record_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from branchdesk.workspace import Workspace
    from tests.store.test_hostile_archives import _tree

    source = tmp_path / "source"
    assert main(["--data-dir", str(source), "demo"]) == 0
    with Workspace.open(source) as ws:
        ws.db.execute("UPDATE meetings SET held_on = '2019-02-30' WHERE id = 1")
        ws.db.conn.commit()
        backup = ws.back_up(tmp_path / "backup.zip")
    target = tmp_path / "target"
    with Workspace.open(target) as ws:
        ws.settings.set("marker", 1)
    before = _tree(target)
    capsys.readouterr()
    assert main(["--data-dir", str(target), "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "its records are not valid: meetings #1, held_on: '2019-02-30' is not a real date" in err
    assert _tree(target) == before


def test_a_blob_where_an_id_belongs_is_refused(
    valid_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = _changed(
        valid_export, tmp_path / "blob-id.zip", "records/members.json",
        _set("id", {"$base64": "AAAA"}),
    )  # fmt: skip
    _refused(tmp_path, capsys, archive, "members row 1, id: {'$base64': 'AAAA'} is not a number")
