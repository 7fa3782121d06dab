"""A process killed at random moments never loses a committed record or corrupts the file.

A child process writes members (each with a child row) in a loop, one transaction per write,
reporting each id after its commit. The test kills it with SIGKILL after a random number of
reported writes, at least 50 times, and after each kill checks the file's integrity, its
foreign keys, and that every reported write is there (acceptance 2).

The child is forked from the test process (its imports already loaded), so that fifty
rounds stay well inside a minute even on a busy machine; it opens its own connection.
"""

import os
import random
import signal
import sqlite3
import sys
import time
import traceback
from datetime import date
from pathlib import Path

import pytest

from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.workspace import Workspace

KILLS = 50
TIME_BUDGET_S = 60.0


def _write_forever(data: Path, out: int) -> None:
    ws = Workspace.open(data)
    number = 0
    while True:
        number += 1
        member = ws.members.save(
            Member(
                name=f"写入{number}",
                joined_on=date(2020, 1, 1),
                note="记录" * (number % 50 * 20),
                events=(MembershipEvent(MembershipEventKind.TRANSFERRED_IN, date(2021, 3, 1)),),
            ),
            date(2026, 11, 27),
        )
        os.write(out, f"{member.id}\n".encode())  # only after the commit returned


def _start_writer(data: Path) -> tuple[int, int]:
    if not hasattr(os, "fork"):  # only the test skipped without fork calls this
        raise RuntimeError("needs fork")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed
        try:
            os.close(read_end)
            _write_forever(data, write_end)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, read_end


def _check(db_path: Path, committed: set[int]) -> None:
    conn = sqlite3.connect(db_path)  # opening replays or discards the WAL as SQLite does
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {row[0] for row in conn.execute("SELECT id FROM members")}
        with_event = {row[0] for row in conn.execute("SELECT member_id FROM membership_events")}
    finally:
        conn.close()
    assert committed <= present, f"lost committed writes: {sorted(committed - present)[:5]}"
    assert present <= with_event  # each write's child row committed with it


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="needs fork")
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()
    rng = random.Random(20261127)
    committed: set[int] = set()
    started = time.monotonic()
    for kill in range(KILLS):
        assert time.monotonic() - started < TIME_BUDGET_S, f"only {kill} kills in budget"
        pid, read_end = _start_writer(data)
        with os.fdopen(read_end) as reports:
            for _ in range(rng.randint(1, 12)):
                line = reports.readline()
                assert line, "the writer died before it was killed"
                committed.add(int(line))
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            committed.update(int(line) for line in reports.read().split())  # sent before
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        _check(data / "branchdesk.sqlite3", committed)
    assert len(committed) >= KILLS
