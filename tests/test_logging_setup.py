"""The log file: written to the log folder, rotated at start once it is too big."""

import logging
import os
from pathlib import Path

import pytest

from branchdesk import logging_setup
from branchdesk.logging_setup import rotate
from tests.windows_imitation import sharing_violation


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


def test_a_log_another_instance_holds_is_appended_to_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a second BranchDesk (another data folder) holds the log open: rotating it
    fails, and the whole log fell back to stderr, which a windowed program does not have."""
    monkeypatch.setattr(logging_setup, "log_dir", lambda: tmp_path / "logs")
    log = tmp_path / "logs" / "branchdesk.log"
    log.parent.mkdir()
    log.write_text("x" * 100, encoding="utf-8")
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 10)
    monkeypatch.setattr(logging_setup.rotate, "__defaults__", (10, 3))

    def held(src: object, dst: object) -> None:  # Python opens with write sharing: only
        raise sharing_violation(src)  # renaming is refused while another process has it

    monkeypatch.setattr(os, "replace", held)
    root = logging.getLogger()
    level = root.level
    try:
        logging_setup.setup_logging()
        assert logging_setup.current_log_path() == log
    finally:
        root.setLevel(level)
