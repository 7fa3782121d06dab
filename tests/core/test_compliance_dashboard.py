from datetime import date

from branchdesk.core.compliance import DEFAULT_RULES
from branchdesk.core.compliance.dashboard import build_dashboard
from branchdesk.core.meetings import MeetingKind
from tests.core.compliance_kit import facts, group, meeting, term

TODAY = date(2025, 5, 20)
COM, GEN, GRP, LES = (
    MeetingKind.COMMITTEE,
    MeetingKind.GENERAL,
    MeetingKind.GROUP,
    MeetingKind.LESSON,
)


def test_months_count_held_and_due_like_with_like_and_attendance() -> None:
    f = facts(
        groups=(group(1), group(2, created=date(2025, 3, 10))),
        terms=(term(date(2024, 1, 1), date(2026, 12, 31), (1, 2, 3)),),
        meetings=[
            meeting(1, COM, date(2025, 1, 9), expected_ids=frozenset({1, 2, 3}),
                    attendee_ids=frozenset({1, 2})),
            meeting(2, GEN, date(2025, 3, 31), expected_ids=frozenset({1, 2, 3, 4}),
                    attendee_ids=frozenset({1, 2, 3, 4})),
            meeting(3, LES, date(2025, 3, 1), lecturer_id=1),
            meeting(4, GRP, date(2025, 6, 1), group_id=1),  # after today: a plan
        ],
    )  # fmt: skip
    board = build_dashboard(f, DEFAULT_RULES, TODAY, volunteer_hours=12.5)
    jan, feb, mar, apr, may, jun = board.months[:6]
    # Monthly: committee, theme day, group 1; from March also group 2. Quarterly in March.
    assert (jan.meetings_due, feb.meetings_due, may.meetings_due) == (3, 3, 4)
    assert mar.meetings_due == 4 + 2  # + general meeting and lesson for Q1
    assert jun.meetings_due == 2  # Q2's general meeting and lesson; June's own not begun
    assert board.months[11].meetings_due == 1  # the year's organisational-life meeting
    assert (jan.meetings_held, mar.meetings_held, jun.meetings_held) == (1, 2, 0)
    assert jan.attendance_rate == 2 / 3 and mar.attendance_rate == 1.0
    assert apr.attendance_rate is None
    h = board.headline
    assert (h.meetings_held, h.meetings_due) == (3, 3 + 3 + 6 + 4 + 4 + 2 + 1)
    assert h.attendance_rate == 6 / 7 and h.volunteer_hours == 12.5
    assert h.members == 7 and h.overdue == len(board.year.overdue()) > 0
    assert board.month.window.key == "2025-05" and board.quarter.window.key == "2025-Q2"
    # Each tab lists what falls within it; the year's items are on the year's tab.
    assert {o.span.key for o in board.month} == {"2025-05"}
    assert {o.span.key for o in board.quarter} == {"2025-04", "2025-05", "2025-06", "2025-Q2"}
    assert "2025" in {o.span.key for o in board.year}


def test_last_year_is_judged_too() -> None:
    board = build_dashboard(facts(), DEFAULT_RULES, date(2026, 1, 10))
    assert board.last_year.window.key == "2025" and board.last_year.overdue()
