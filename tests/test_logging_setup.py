"""The log file: written to the log folder, rotated at start once it is too big."""

import logging
from pathlib import Path

import pytest

from branchdesk import logging_setup
from branchdesk.logging_setup import rotate


def test_a_big_log_moves_aside_and_the_oldest_is_dropped(tmp_path: Path) -> None:
    log = tmp_path / "branchdesk.log"
    for generation in range(5):
        log.write_text(f"generation {generation}\n" * 10, encoding="utf-8")
        rotate(log, max_bytes=50, keep=3)
    assert not log.exists()
    kept = {p.name: p.read_text(encoding="utf-8").split()[1] for p in tmp_path.iterdir()}
    assert kept == {"branchdesk.log.1": "4", "branchdesk.log.2": "3", "branchdesk.log.3": "2"}


def test_a_small_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "branchdesk.log"
    log.write_text("short\n", encoding="utf-8")
    rotate(log, max_bytes=50)
    assert [p.name for p in tmp_path.iterdir()] == ["branchdesk.log"]


def test_the_gui_logs_to_the_log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logging_setup, "log_dir", lambda: tmp_path / "logs")
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        logging_setup.setup_logging()
        logging.getLogger("branchdesk.test").info("started")
        for handler in root.handlers:
            handler.flush()
        text = (tmp_path / "logs" / "branchdesk.log").read_text(encoding="utf-8")
        assert "INFO branchdesk.test: started" in text
    finally:
        root.setLevel(level)
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
