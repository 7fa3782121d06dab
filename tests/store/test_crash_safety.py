"""A process killed at random moments never loses a committed record or corrupts the file.

A child process writes members (each with a child row) in a loop, one transaction per write,
printing each id after its commit. The test kills it with SIGKILL after a random number of
reported writes, at least 50 times, and after each kill checks the file's integrity, its
foreign keys, and that every reported write is there (acceptance 2).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[2] / "src")
KILLS = 50
TIME_BUDGET_S = 60.0

WRITER = """
import sys
from datetime import date
from pathlib import Path

from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.workspace import Workspace

ws = Workspace.open(Path(sys.argv[1]))
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
    print(member.id, flush=True)
"""


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
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    rng = random.Random(20261127)
    committed: set[int] = set()
    started = time.monotonic()
    kills = 0
    while kills < KILLS:
        assert time.monotonic() - started < TIME_BUDGET_S, f"only {kills} kills in budget"
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        for _ in range(rng.randint(1, 12)):
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"writer died: {child.stderr.read().decode() if child.stderr else ''}")
            committed.add(int(line))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        committed.update(int(line) for line in rest.split())  # printed before the kill
        assert child.returncode == -signal.SIGKILL
        kills += 1
        _check(data / "branchdesk.sqlite3", committed)
    assert len(committed) >= KILLS
