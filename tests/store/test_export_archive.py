import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from branchdesk.core.registry import record_types
from branchdesk.store.export_archive import exported_tables
from branchdesk.store.record_tables import table_for
from branchdesk.workspace import NotEmptyFolderError, Workspace


def _attach(ws: Workspace, content: bytes) -> None:
    ws.attachments_dir.mkdir(parents=True, exist_ok=True)
    (ws.attachments_dir / hashlib.sha256(content).hexdigest()).write_bytes(content)


def _all_rows(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    return {
        t.table: ws.db.execute(f"SELECT * FROM {t.table} ORDER BY rowid").fetchall()
        for t in exported_tables(ws.db)
    }


def test_archive_holds_every_registered_type(demo_workspace: Workspace, tmp_path: Path) -> None:
    archive = demo_workspace.export_archive(tmp_path / "all.zip")
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
        for rt in record_types():
            entry = f"records/{rt.key}.json"
            assert entry in names, f"{rt.key} missing from the archive"
            document = json.loads(z.read(entry))
            assert document["record_type"] == rt.key
            assert document["table"] == table_for(rt.key).table
    assert {"tables/branch.json", "tables/settings.json", "manifest.json"} <= names
    assert manifest["format"] == "branchdesk-export" and manifest["format_version"] == 1
    assert manifest["counts"] == demo_workspace.counts()
    listed = {e["name"]: e for e in manifest["entries"]}
    assert set(listed) == names - {"manifest.json"}
    assert all(len(e["sha256"]) == 64 and e["size"] > 0 for e in listed.values())


def test_round_trip_gives_the_same_rows_and_attachments(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    _attach(ws, b"%PDF-1.4 minutes")
    _attach(ws, bytes(range(256)) * 50)
    member = ws.members.all()[0]
    assert member.id is not None
    ws.members.move_to_recycle_bin(member.id)  # the recycle bin travels too
    archive = ws.export_archive(tmp_path / "all.zip")

    with Workspace.open(tmp_path / "new") as copy:
        copy.import_archive(archive)
        assert copy.counts() == ws.counts()
        assert _all_rows(copy) == _all_rows(ws)
        assert copy.branch.get() == ws.branch.get()
        files = sorted(p.read_bytes() for p in copy.attachments_dir.iterdir())
        assert files == sorted(p.read_bytes() for p in ws.attachments_dir.iterdir())
        assert copy.db.execute("PRAGMA foreign_key_check").fetchall() == []
        name = ws.members.all()[0].name
        assert copy.search(name) and len(copy.search(name)) == len(ws.search(name))


def test_import_refuses_a_folder_with_records(demo_workspace: Workspace, tmp_path: Path) -> None:
    archive = demo_workspace.export_archive(tmp_path / "all.zip")
    counts = demo_workspace.counts()
    with pytest.raises(NotEmptyFolderError, match="empty"):
        demo_workspace.import_archive(archive)
    assert demo_workspace.counts() == counts


def test_data_format_doc_describes_every_manifest_key(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "data-format.md").read_text("utf-8")
    archive = demo_workspace.export_archive(tmp_path / "all.zip")
    manifest = json.loads(zipfile.ZipFile(archive).read("manifest.json"))
    for key in manifest:
        assert f"`{key}`" in doc or f"`{key}." in doc, f"manifest key {key} is undocumented"
