"""The heavy demo: ten years of a large branch, whole and deterministic."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.meetings import MeetingKind
from branchdesk.demo import DemoSize, fill_demo
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def heavy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path_factory.mktemp("heavy") / "data")
    fill_demo(ws, size=DemoSize.HEAVY, today=DEMO_TODAY)
    yield ws
    ws.close()


def test_about_150_people_over_time_with_every_kind_of_change(heavy: Workspace) -> None:
    members = heavy.members.all()
    assert len(members) == 150
    kinds = {e.kind for m in members for e in m.events}
    assert {
        MembershipEventKind.TRANSFERRED_IN,
        MembershipEventKind.TRANSFERRED_OUT,
        MembershipEventKind.DIED,
        MembershipEventKind.GROUP_MOVED,
    } <= kinds
    assert sum(1 for m in members if m.full_on is None) >= 5  # probationary now
    first_year = DEMO_TODAY.year - 9
    assert any(first_year <= m.joined_on.year < DEMO_TODAY.year - 1 for m in members)


def test_ten_years_of_every_record_kind(heavy: Workspace) -> None:
    for year in range(DEMO_TODAY.year - 9, DEMO_TODAY.year + 1):
        kinds = {m.kind for m in heavy.meetings.all(year)}
        december = {MeetingKind.ORG_LIFE} if year == DEMO_TODAY.year else set()
        assert kinds == set(MeetingKind) - december, year
        assert heavy.talks.all(year) and heavy.trainings.all(year)
        assert heavy.volunteering.all(year)
        if year < DEMO_TODAY.year:
            review = heavy.reviews.for_year(year)
            assert review is not None and review.is_closed
    assert heavy.counts()["attachments"] >= 100
    assert min(t.starts_on.year for t in heavy.branch.terms()) <= DEMO_TODAY.year - 9


def test_the_same_seed_and_day_give_the_same_data(heavy: Workspace, tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "again") as again:
        fill_demo(again, size=DemoSize.HEAVY, today=DEMO_TODAY)
        assert again.counts() == heavy.counts()
        assert [m.name for m in again.members.all()] == [m.name for m in heavy.members.all()]
        assert again.meetings.all(2020) == heavy.meetings.all(2020)


def test_the_small_demo_is_still_two_years(demo_workspace: Workspace, today: date) -> None:
    assert len(demo_workspace.members.all()) == 26
    assert not demo_workspace.meetings.all(today.year - 2)


def test_the_decade_s_admissions_and_conversions_are_meeting_resolutions(heavy: Workspace) -> None:
    from branchdesk.core.recruiting import MEETING_STEPS, StepKind

    first_day = date(DEMO_TODAY.year - 9, 1, 1)
    steps = [
        s
        for r in heavy.recruiting.all()
        for s in r.steps
        if s.kind in MEETING_STEPS and s.on >= first_day
    ]
    kinds = {s.kind for s in steps}
    assert {StepKind.ADMITTED, StepKind.CONVERTED, StepKind.EXTENDED} <= kinds
    assert all(s.meeting_id is not None for s in steps)
    held = {m.id: m.held_on for m in heavy.meetings.all()}
    assert all(held[s.meeting_id] == s.on for s in steps if s.meeting_id is not None)
