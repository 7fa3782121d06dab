"""The instance lock on imitated Windows (a fake msvcrt): a second start is refused, a
release or a crash (the handle closed) lets the next start in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from branchdesk.instance_lock import AlreadyRunningError, InstanceLock
from tests.windows_imitation import FakeMsvcrt


def test_a_second_instance_is_refused_until_the_first_releases(
    data_dir: Path, fake_msvcrt: FakeMsvcrt
) -> None:
    first = InstanceLock(data_dir)
    first.acquire()
    assert fake_msvcrt.held  # through msvcrt.locking, not fcntl
    with pytest.raises(AlreadyRunningError) as refused:
        InstanceLock(data_dir).acquire()
    assert "process" not in str(refused.value)  # Windows refuses to read the locked pid
    first.release()
    assert not fake_msvcrt.held
    with InstanceLock(data_dir):
        assert fake_msvcrt.held
    assert (data_dir / "branchdesk.lock").read_text(encoding="ascii") == str(os.getpid())


def test_a_crashed_instance_does_not_lock_the_folder_out(
    data_dir: Path, fake_msvcrt: FakeMsvcrt
) -> None:
    crashed = InstanceLock(data_dir)
    crashed.acquire()
    assert crashed._fd is not None
    os.close(crashed._fd)  # the process died: Windows drops its locks with its handles
    with InstanceLock(data_dir):
        pass
