"""Fixtures of the store tests."""

import hashlib
from pathlib import Path

import pytest

from branchdesk.workspace import Workspace


@pytest.fixture(scope="module")
def valid_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from branchdesk.demo import fill_demo
    from tests.conftest import DEMO_TODAY

    folder = tmp_path_factory.mktemp("source")
    with Workspace.open(folder / "data") as ws:
        fill_demo(ws, today=DEMO_TODAY)
        ws.attachments_dir.mkdir(exist_ok=True)
        content = b"scan of the sign-in sheet"
        (ws.attachments_dir / hashlib.sha256(content).hexdigest()).write_bytes(content)
        return ws.export_archive(folder / "valid.zip")
