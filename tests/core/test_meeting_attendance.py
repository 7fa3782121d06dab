"""Expected lists, quorum and votes of meetings, derived from the roster on the date."""

from datetime import date

import pytest

from branchdesk.core.attendance import Roster, default_attendance, expected_members, summarise
from branchdesk.core.enums import MembershipEventKind, Post
from branchdesk.core.labels import label
from branchdesk.core.meeting_validation import validate_meeting
from branchdesk.core.meetings import (
    ActionItem,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    Resolution,
    ThemeDayForm,
)
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.core.organisation import CommitteeSeat, CommitteeTerm

TODAY = date(2026, 11, 27)
DAY = date(2026, 6, 15)
PRESENT, LEAVE, ABSENT = AttendanceStatus.PRESENT, AttendanceStatus.LEAVE, AttendanceStatus.ABSENT


def full(member_id: int, group_id: int | None = 1, *events: MembershipEvent) -> Member:
    return Member(
        f"党员{member_id}",
        date(2010, 7, 1),
        full_on=date(2011, 7, 1),
        group_id=group_id,
        events=events,
        id=member_id,
    )


def probationary(member_id: int, joined: date = date(2026, 1, 10)) -> Member:
    return Member(f"预备{member_id}", joined, group_id=1, id=member_id)


def meeting(kind: MeetingKind, *attendance: Attendance, **fields: object) -> Meeting:
    return Meeting(kind, DAY, "会议", attendance=attendance, **fields)  # type: ignore[arg-type]


def ids(members: list[Member]) -> list[int]:
    return [m.id or 0 for m in members]


def test_general_meeting_expects_members_on_the_date_across_joins_and_transfers() -> None:
    roster = Roster.of(
        [
            full(1),
            probationary(2, joined=date(2026, 7, 1)),  # joined after the meeting
            full(3, 1, MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, date(2026, 6, 1))),
            full(4, 1, MembershipEvent(MembershipEventKind.TRANSFERRED_IN, date(2026, 6, 15))),
            full(5, 1, MembershipEvent(MembershipEventKind.TRANSFERRED_IN, date(2026, 6, 16))),
            full(6, 1, MembershipEvent(MembershipEventKind.DIED, date(2026, 6, 15))),
        ]
    )
    assert ids(expected_members(roster, MeetingKind.GENERAL, DAY)) == [1, 4]
    assert ids(expected_members(roster, MeetingKind.GENERAL, date(2026, 7, 1))) == [1, 2, 4, 5]


def test_group_meeting_follows_group_moves() -> None:
    mover = full(2, 1, MembershipEvent(MembershipEventKind.GROUP_MOVED, DAY, group_id=2))
    roster = Roster.of([full(1, 1), mover, full(3, 2)])
    before = date(2026, 6, 14)
    assert ids(expected_members(roster, MeetingKind.GROUP, before, 1)) == [1, 2]
    assert ids(expected_members(roster, MeetingKind.GROUP, DAY, 1)) == [1]
    assert ids(expected_members(roster, MeetingKind.GROUP, DAY, 2)) == [2, 3]
    assert expected_members(roster, MeetingKind.GROUP, DAY, None) == []


def test_committee_meeting_expects_the_term_covering_the_date() -> None:
    old = CommitteeTerm(date(2020, 1, 1), date(2022, 12, 31), (CommitteeSeat(1, Post.SECRETARY),))
    new = CommitteeTerm(
        date(2023, 1, 1),
        date(2025, 12, 31),
        (CommitteeSeat(2, Post.SECRETARY), CommitteeSeat(3, Post.ORGANISATION)),
    )
    roster = Roster.of([full(1), full(2), full(3), full(4)], [old, new])
    assert ids(expected_members(roster, MeetingKind.COMMITTEE, date(2022, 5, 1))) == [1]
    assert ids(expected_members(roster, MeetingKind.COMMITTEE, date(2024, 5, 1))) == [2, 3]
    assert expected_members(roster, MeetingKind.COMMITTEE, date(2026, 5, 1)) == []
    # lessons, theme days and org-life meetings expect everyone
    for kind in (MeetingKind.LESSON, MeetingKind.THEME_DAY, MeetingKind.ORG_LIFE):
        assert ids(expected_members(roster, kind, DAY)) == [1, 2, 3, 4]


def test_general_quorum_counts_only_voters_and_exactly_half_fails() -> None:
    # Four full members and two probationary ones: quorum needs 3 voters present.
    roster = Roster.of([full(1), full(2), full(3), full(4), probationary(5), probationary(6)])
    half = meeting(
        MeetingKind.GENERAL,
        Attendance(1),
        Attendance(2),
        Attendance(3, LEAVE, "出差"),
        Attendance(4, ABSENT),
        Attendance(5),
        Attendance(6),
    )
    summary = summarise(half, roster)
    assert (summary.expected, summary.present, summary.on_leave, summary.absent) == (6, 4, 1, 1)
    assert summary.voters_due == 4 and summary.voters_present == 2
    assert summary.quorate is False  # 4 present, but only 2 of 4 voters: exactly half
    more = meeting(MeetingKind.GENERAL, Attendance(1), Attendance(2), Attendance(3))
    assert summarise(more, roster).quorate is True


def test_unrecorded_members_count_as_absent_and_extras_are_not_expected() -> None:
    roster = Roster.of([full(1), full(2)])
    result = summarise(meeting(MeetingKind.GENERAL, Attendance(1), Attendance(9)), roster)
    assert result.absent_ids == (2,)
    assert result.extra_present_ids == (9,)
    assert result.quorate is False


def test_committee_quorum_more_than_half_of_the_committee() -> None:
    seats = tuple(CommitteeSeat(i, p) for i, p in zip((1, 2, 3, 4), Post, strict=False))
    roster = Roster.of([full(i) for i in range(1, 7)], [CommitteeTerm(DAY, TODAY, seats)])
    two = meeting(MeetingKind.COMMITTEE, Attendance(1), Attendance(2), Attendance(5))
    assert summarise(two, roster).expected == 4
    assert summarise(two, roster).quorate is False  # 2 of 4 committee members
    three = meeting(MeetingKind.COMMITTEE, Attendance(1), Attendance(2), Attendance(3))
    assert summarise(three, roster).quorate is True


def test_resolution_needs_more_than_half_of_voters_due_not_of_present() -> None:
    roster = Roster.of([full(i) for i in range(1, 7)] + [probationary(7)])
    present = meeting(MeetingKind.GENERAL, *(Attendance(i) for i in range(1, 8)))
    summary = summarise(present, roster)
    assert summary.voters_due == 6
    assert not summary.passes(Resolution("通过", votes_for=3, votes_against=3))  # exactly half
    assert summary.passes(Resolution("通过", votes_for=4, votes_against=2))
    # 4 of 5 present voters vote yes, but 4 > 6/2 still required: 3 would not do
    partial = meeting(MeetingKind.GENERAL, *(Attendance(i) for i in range(1, 6)))
    assert not summarise(partial, roster).passes(Resolution("x", votes_for=3, abstentions=2))
    assert summarise(partial, roster).passes(Resolution("x", votes_for=4, abstentions=1))


def test_no_resolution_passes_at_an_inquorate_meeting() -> None:
    roster = Roster.of([full(i) for i in range(1, 5)])
    thin = meeting(MeetingKind.GENERAL, Attendance(1), Attendance(2))
    assert not summarise(thin, roster).passes(Resolution("x", votes_for=3))


def _voted(votes_for: int, *present: int) -> Meeting:
    """A general meeting with *present* there and one motion with *votes_for* yes votes."""
    return meeting(
        MeetingKind.GENERAL,
        *(Attendance(member_id) for member_id in present),
        resolutions=(Resolution("接收预备党员", votes_for=votes_for),),
    )


def test_probationary_members_attend_without_a_vote() -> None:
    roster = Roster.of([full(1), full(2), full(3), probationary(4), probationary(5)])
    with_probationers = meeting(MeetingKind.GENERAL, Attendance(1), Attendance(4), Attendance(5))
    summary = summarise(with_probationers, roster)
    assert summary.present == 3 and summary.voters_present == 1
    assert summary.quorate is False
    # Votes may not exceed the voters present: the probationers cannot vote.
    errors = validate_meeting(_voted(3, 1, 2, 4), TODAY, roster)
    assert [e.field for e in errors] == ["resolutions"]
    assert errors[0].params == {"cast": "3", "voters": "2"}


def test_a_voter_later_moved_to_the_recycle_bin_still_counts_for_the_votes() -> None:
    """A past meeting whose 3 votes were cast by the 3 voters present could not be saved
    again (not even a typo in the summary) once one of them was moved to the recycle bin:
    '共投 3 票，但到会的有表决权党员只有 2 名'. The roster has no member in the bin; his
    recorded presence still counts as a possible vote."""
    in_bin = Roster.of([full(1), full(2), full(4)])  # 3 is in the recycle bin
    assert validate_meeting(_voted(3, 1, 2, 3), TODAY, in_bin) == []
    assert [e.params for e in validate_meeting(_voted(4, 1, 2, 3), TODAY, in_bin)] == [
        {"cast": "4", "voters": "3"}
    ]


def test_a_member_becomes_a_voter_on_the_full_membership_date() -> None:
    member = Member("转正", date(2025, 6, 15), full_on=DAY, id=1)
    roster = Roster.of([member, full(2)])
    assert summarise(meeting(MeetingKind.GENERAL), roster).voters_due == 2
    earlier = Meeting(MeetingKind.GENERAL, date(2026, 6, 14), "会议")
    assert summarise(earlier, roster).voters_due == 1


def test_default_attendance_marks_every_expected_member_present() -> None:
    roster = Roster.of([full(1), full(2, 2)])
    assert default_attendance(roster, MeetingKind.GROUP, DAY, 2) == (Attendance(2, PRESENT),)


def test_other_kinds_have_no_quorum() -> None:
    roster = Roster.of([full(1)])
    lesson = meeting(MeetingKind.LESSON, lecturer_name="周建国", topic="党史")
    assert summarise(lesson, roster).quorate is None


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"start_time": "9:30"}, ["start_time"]),
        ({"start_time": "14:00", "end_time": "14:00"}, ["end_time"]),
        ({"start_time": "24:00"}, ["start_time"]),
        ({"held_on": date(2026, 11, 28)}, ["held_on"]),
        ({"kind": MeetingKind.GROUP}, ["group_id"]),
        ({"kind": MeetingKind.LESSON, "topic": "党史"}, ["lecturer_name"]),
        ({"kind": MeetingKind.LESSON, "lecturer_id": 1}, ["topic"]),
        ({"kind": MeetingKind.THEME_DAY, "theme": "植树"}, ["theme"]),
        ({"title": ""}, ["title"]),
        ({"attendance": (Attendance(1, LEAVE),)}, ["attendance"]),
        ({"attendance": (Attendance(1), Attendance(1))}, ["attendance"]),
        ({"resolutions": (Resolution(" "),)}, ["resolutions"]),
        ({"resolutions": (Resolution("x", votes_against=-1),)}, ["resolutions"]),
        ({"actions": (ActionItem(""),)}, ["actions"]),
        ({"actions": (ActionItem("x", done_on=date(2026, 12, 1)),)}, ["actions"]),
    ],
)
def test_validation(fields: dict[str, object], expected: list[str]) -> None:
    base: dict[str, object] = {"kind": MeetingKind.GENERAL, "held_on": DAY, "title": "会议"}
    base.update(fields)
    errors = validate_meeting(Meeting(**base), TODAY)  # type: ignore[arg-type]
    assert [e.field for e in errors] == expected


def test_valid_meetings_of_every_kind() -> None:
    roster = Roster.of([full(1), full(2)])
    good = [
        Meeting(MeetingKind.GENERAL, DAY, "大会", start_time="09:00", end_time="11:30"),
        Meeting(MeetingKind.GROUP, DAY, "小组会", group_id=1),
        Meeting(MeetingKind.LESSON, DAY, "", lecturer_id=1, topic="党史学习"),
        Meeting(MeetingKind.THEME_DAY, DAY, "", theme="志愿服务", form=ThemeDayForm.VOLUNTEER),
        Meeting(MeetingKind.ORG_LIFE, TODAY, "组织生活会"),
    ]
    for item in good:
        assert validate_meeting(item, TODAY, roster) == []


def test_labels_are_registered() -> None:
    assert label(MeetingKind.LESSON) == "党课"
    assert label(MeetingKind.ORG_LIFE, "en") == "Organisational-life meeting"
    assert label(ThemeDayForm.DELIBERATION) == "民主议事"
    assert label(AttendanceStatus.LEAVE) == "请假"


def test_enum_values_are_unique_across_label_families() -> None:
    # core.labels keys by value: two enums sharing a value would share a label.
    values = [v.value for e in (MeetingKind, ThemeDayForm, AttendanceStatus) for v in e]
    assert len(values) == len(set(values))


def test_snippets_mark_the_first_term_within_a_window() -> None:
    from branchdesk.core.search import make_snippet

    text = "前言" * 40 + "\n学习贯彻\n党的二十届四中全会精神" + "后记" * 40
    snippet = make_snippet(text, ["四中全会", "前言"], width=30)
    assert snippet.startswith("【前言】")
    snippet = make_snippet(text, ["四中全会"], width=30)
    assert "【四中全会】" in snippet and snippet.startswith("…") and snippet.endswith("…")
    assert "\n" not in snippet and len(snippet) <= 30 + 4
    assert make_snippet("abc", ["zz"]) == "abc"
