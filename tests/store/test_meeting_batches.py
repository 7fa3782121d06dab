"""Meetings read in one batch (the recruiting outcomes read theirs so) are the meetings
read one by one; the attendance a batch shares between meetings is equal, row for row."""

from __future__ import annotations

from branchdesk.store.meetings_repo import MeetingRepository
from branchdesk.workspace import Workspace


def test_a_batch_reads_each_meeting_as_get_does(demo_workspace: Workspace) -> None:
    meetings = MeetingRepository(demo_workspace.db)
    ids = [m.id or 0 for m in meetings.all()]
    meetings.move_to_recycle_bin(ids[0])  # in the bin: read all the same, as get() does
    batch = meetings.by_ids(ids)
    assert set(batch) == set(ids) and all(batch[i] == meetings.get(i) for i in ids)
    assert batch[ids[0]].attendance and meetings.by_ids([]) == {}
    shared = {id(a) for m in batch.values() for a in m.attendance}
    rows = sum(len(m.attendance) for m in batch.values())
    assert len(shared) < rows  # the same (member, status, reason) is one object
