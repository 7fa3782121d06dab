"""Every write announces the record type it touched, whichever code wrote it."""

from __future__ import annotations

from dataclasses import replace

from branchdesk.core.registry import record_types
from branchdesk.store.change_feed import keys_by_table, top_level_key
from branchdesk.workspace import Workspace


def test_a_child_row_names_its_top_level_record_type() -> None:
    assert top_level_key("meeting_attendance") == "meetings"
    assert top_level_key("committee_posts") == "committee_terms"
    assert top_level_key("talks") == "talks"
    # every registered table is mapped, to a type that has no parent
    keys = set(keys_by_table().values())
    assert keys and all(t.parent is None for t in record_types() if t.key in keys)


def test_saving_a_meeting_announces_meetings_once_per_row(demo_workspace: Workspace) -> None:
    heard: list[str] = []
    stop = demo_workspace.on_records_changed(heard.append)
    meeting = demo_workspace.meetings.all(2026)[0]
    demo_workspace.save_meeting(replace(meeting, topic=meeting.topic + "（补）"), meeting.held_on)
    stop()
    assert heard and set(heard) == {"meetings"}
    demo_workspace.settings.set("anything", 1)
    assert "settings" not in heard  # unsubscribed


def test_settings_and_recycle_bin_writes_are_heard(demo_workspace: Workspace) -> None:
    heard: set[str] = set()
    demo_workspace.on_records_changed(heard.add)
    demo_workspace.settings.set("report.fonts", {})
    talk = demo_workspace.talks.all(2026)[0]
    assert talk.id is not None
    demo_workspace.move_to_bin("talks", talk.id)
    assert heard == {"settings", "talks"}


def test_a_restore_keeps_announcing(demo_workspace: Workspace) -> None:
    backup = demo_workspace.back_up()
    heard: set[str] = set()
    demo_workspace.on_records_changed(heard.add)
    demo_workspace.restore_backup(backup)
    heard.clear()
    demo_workspace.settings.set("x", 1)
    assert heard == {"settings"}
