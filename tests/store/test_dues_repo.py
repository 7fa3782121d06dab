"""Dues in the store (issue 18): repositories, the migration from the current schema, the
export archive, search and the recycle bin."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest

from branchdesk.core.dues import (
    DEFAULT_DUES_RATES,
    DuesBase,
    DuesCategory,
    DuesHandover,
    DuesPayment,
)
from branchdesk.core.members import Member
from branchdesk.core.validation import ValidationError
from branchdesk.store.db import DATABASE_NAME, applied_migrations
from branchdesk.workspace import Workspace

FIXTURES = Path(__file__).parent.parent / "fixtures"
CURRENT_SCHEMA = FIXTURES / "schema-1.5.sqlite3"  # main's schema when dues were added


def _member(ws: Workspace, name: str = "张三") -> int:
    saved = ws.members.save(Member(name=name, joined_on=date(2020, 1, 1)), date(2026, 1, 1))
    assert saved.id is not None
    return saved.id


def test_records_come_back_as_frozen_dataclasses(workspace: Workspace) -> None:
    mid = _member(workspace)
    dues = workspace.dues
    base = dues.save_base(DuesBase(mid, date(2026, 1, 1), DuesCategory.SALARY, 500_001))
    payment = dues.save_payment(
        DuesPayment(mid, date(2026, 3, 2), 22_500, ("2026-03", "2026-01", "2026-02"), note="补交")
    )
    handover = dues.save_handover(DuesHandover(date(2026, 4, 15), 22_500, "2026年第一季度"))
    assert payment.months == ("2026-01", "2026-02", "2026-03")
    assert dues.bases.every() == [base] and dues.payments.every() == [payment]
    assert dues.handovers.all(2026) == [handover]
    with pytest.raises(dataclasses.FrozenInstanceError):
        payment.amount_fen = 1  # type: ignore[misc]
    year = dues.year(2026, date(2026, 4, 20))
    assert (year.due_fen, year.paid_fen, year.held_fen) == (4 * 7500, 22_500, 0)
    assert year.in_arrears == ()  # March ended and is paid; April runs


def test_invalid_payments_and_bases_are_refused(workspace: Workspace) -> None:
    mid = _member(workspace)
    with pytest.raises(ValidationError):
        workspace.dues.save_payment(DuesPayment(mid, date(2026, 3, 2), 0, ("2026-03",)))
    with pytest.raises(ValidationError):
        workspace.dues.save_base(DuesBase(mid, date(2026, 1, 1), base_fen=-1))


def test_the_rate_table_is_the_defaults_until_edited(workspace: Workspace) -> None:
    rates = workspace.dues.rates
    assert rates.all() == DEFAULT_DUES_RATES
    edited = tuple(
        dataclasses.replace(r, fixed_fen=50) if r.id == "student" else r for r in DEFAULT_DUES_RATES
    )
    rates.save(edited)
    assert rates.all() == edited
    with pytest.raises(ValidationError):
        rates.save(edited[:3])  # retirees and the fixed categories left without a rate
    rates.restore_defaults()
    assert rates.all() == DEFAULT_DUES_RATES


def test_a_month_is_collected_from_the_grid_in_one_go(workspace: Workspace) -> None:
    ids = [_member(workspace, f"党员{i}") for i in range(3)]
    for mid in ids:
        workspace.dues.save_base(DuesBase(mid, date(2026, 1, 1), base_fen=400_000))
    rows = workspace.dues.collection("2026-05")
    assert [(r.due_fen, r.paid_fen) for r in rows] == [(4000, 0)] * 3
    workspace.dues.collect(
        "2026-05", [(ids[0], 4000), (ids[1], 4000), (ids[2], 0)], date(2026, 5, 9)
    )
    rows = workspace.dues.collection("2026-05")
    assert [r.paid_fen for r in rows] == [4000, 4000, 0]


def test_the_current_schema_migrates_to_dues(tmp_path: Path) -> None:
    work = tmp_path / "old"
    work.mkdir()
    shutil.copy(CURRENT_SCHEMA, work / DATABASE_NAME)
    with Workspace.open(work) as ws:
        # The lead may renumber the migration when landing it: match its name, not its number.
        assert any(name.endswith("_dues") for name in applied_migrations(ws.db))
        members = ws.members.all()
        assert members and ws.dues.bases.every() == []
        mid = members[0].id
        assert mid is not None
        ws.dues.save_base(DuesBase(mid, date(2026, 1, 1), base_fen=300_000))
        ws.dues.save_payment(DuesPayment(mid, date(2026, 1, 5), 1500, ("2026-01",)))
        assert ws.dues.year(2026, date(2026, 2, 1)).paid_fen == 1500
        assert ws.counts()["dues_payments"] == 1


def test_archive_round_trip_keeps_the_dues(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    payment = ws.dues.payments.every()[0]
    assert payment.id is not None
    ws.dues.move_to_bin("dues_payments", payment.id)  # the recycle bin travels too
    archive = ws.export_archive(tmp_path / "all.zip")
    with Workspace.open(tmp_path / "copy") as copy:
        copy.import_archive(archive)
        for key in ("dues_bases", "dues_payments", "dues_payment_months", "dues_handovers"):
            assert copy.counts()[key] == ws.counts()[key] > 0, key
        assert copy.dues.payments.every() == ws.dues.payments.every()
        assert copy.dues.bases.every() == ws.dues.bases.every()
        assert copy.dues.handovers.all() == ws.dues.handovers.all()
        assert copy.dues.payments.deleted() == ws.dues.payments.deleted()
        today = date(2026, 11, 27)
        assert copy.dues.year(2026, today) == ws.dues.year(2026, today)


def test_dues_are_searched_and_binned(workspace: Workspace) -> None:
    mid = _member(workspace, "欧阳赟")
    payment = workspace.dues.save_payment(
        DuesPayment(mid, date(2026, 3, 2), 1500, ("2026-03",), note="现金代收")
    )
    handover = workspace.dues.save_handover(DuesHandover(date(2026, 4, 15), 1500, "2026年一季度"))
    hits = workspace.search("现金代收")
    assert [(h.record_type, h.record_id) for h in hits] == [("dues_payments", payment.id)]
    assert [h.record_type for h in workspace.search("一季度")] == ["dues_handovers"]
    assert handover.id is not None and payment.id is not None
    workspace.dues.move_to_bin("dues_handovers", handover.id)
    trashed = workspace.trashed()
    assert [(t.key, t.title) for t in trashed] == [("dues_handovers", "上缴党费 2026年一季度")]
    workspace.restore_from_bin("dues_handovers", handover.id)
    assert workspace.dues.handovers.all() == [handover]


def test_leave_with_a_reason_excuses_org_life_as_the_rule_set_says(
    demo_workspace: Workspace,
) -> None:
    from branchdesk.core.meetings import Attendance, AttendanceStatus

    ws = demo_workspace
    today = date(2026, 11, 27)
    member = next(m for m in ws.members.all() if m.name == "吴海鹰")
    assert member.id is not None
    for meeting in ws.meetings.all(start=date(2026, 5, 1), end=date(2026, 10, 31)):
        if any(a.member_id == member.id for a in meeting.attendance):
            attendance = tuple(
                Attendance(a.member_id, AttendanceStatus.LEAVE, "外出参加行业培训")
                if a.member_id == member.id
                else a
                for a in meeting.attendance
            )
            # (the votes of a resolution would no longer add up with one voter fewer)
            changed = dataclasses.replace(meeting, attendance=attendance, resolutions=())
            ws.save_meeting(changed, today)

    def reminded() -> list[str]:
        return [
            o.rule_id
            for o in ws.compliance(2026, today=today)
            if o.subject_id == member.id and o.rule_id.startswith("org_life_absent")
        ]

    assert reminded() == []  # May to October on leave with a reason: excused
    ws.dues.set_leave_excused(False)
    assert reminded() == ["org_life_absent_alert"]  # six months without taking part
