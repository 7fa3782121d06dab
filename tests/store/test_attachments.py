import hashlib
from pathlib import Path

import pytest

from branchdesk.store.attachments_repo import AttachmentFileError
from branchdesk.workspace import Workspace


def test_files_are_copied_by_sha256_and_stored_once(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "Sign-in Sheet.JPG"
    source.write_bytes(b"scan of the sign-in sheet")
    first = workspace.attachments.add_file("meetings", 1, source, "签到表")
    second = workspace.attachments.add_bytes("meetings", 2, source.read_bytes(), "copy.jpg")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    assert first.sha256 == second.sha256 == sha
    assert first.mime == "image/jpeg" and first.size == len(source.read_bytes())
    assert first.original_name == "Sign-in Sheet.JPG" and first.caption == "签到表"
    stored = workspace.attachments_dir / f"{sha}.jpg"
    assert workspace.attachments.path_of(first) == stored
    assert [p.name for p in workspace.attachments_dir.iterdir()] == [stored.name]
    source.unlink()  # the app never depends on the user's original
    assert stored.read_bytes() == b"scan of the sign-in sheet"

    workspace.attachments.remove(first.id or 0)
    assert stored.exists()  # still used by the second attachment
    workspace.attachments.remove(second.id or 0)
    assert not stored.exists()


def test_caption_and_listing(workspace: Workspace) -> None:
    a = workspace.attachments.add_bytes("meetings", 7, b"1", "a.pdf", "通知")
    workspace.attachments.add_bytes("meetings", 8, b"2", "b.pdf")
    workspace.attachments.set_caption(a.id or 0, "会议通知")
    assert [x.caption for x in workspace.attachments.for_owner("meetings", 7)] == ["会议通知"]


def test_unknown_owner_type_and_missing_file_are_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(KeyError):
        workspace.attachments.add_bytes("nonsense", 1, b"x", "x.txt")
    with pytest.raises(AttachmentFileError):
        workspace.attachments.add_file("meetings", 1, tmp_path / "gone.png")


def test_garbage_collection_removes_unreferenced_files(workspace: Workspace) -> None:
    kept = workspace.attachments.add_bytes("meetings", 1, b"kept", "k.png")
    (workspace.attachments_dir / ("0" * 64)).write_bytes(b"orphan")
    assert workspace.attachments.collect_garbage() == 1
    assert workspace.attachments.path_of(kept).exists()
