"""People in the recruiting pipeline, their steps, the yearly plan; and the roster they feed.

Steps a 支部党员大会 decides are not stored here: they are read from the meetings'
resolutions each time (core.recruiting_meetings), so the meeting stays their one record.
`sync_roster` then writes what the pipeline says onto the roster member — admitted on
the vote's day, full from the day probation ends, extensions, a cancellation — so that
the dates are entered once and every roster figure follows them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from branchdesk.core.attendance import Roster
from branchdesk.core.enums import Education, Gender, MembershipEventKind
from branchdesk.core.members import Member
from branchdesk.core.recruiting import (
    MEETING_STEPS,
    LeaveReason,
    Recruit,
    RecruitingPlan,
    RecruitStep,
    StepKind,
)
from branchdesk.core.recruiting_limits import RecruitingLimits, probation_ends
from branchdesk.core.recruiting_meetings import ResolutionOutcome, resolution_outcomes
from branchdesk.core.recruiting_validation import validate_recruit
from branchdesk.core.validation import ValidationError
from branchdesk.store.branch_repo import BranchRepository
from branchdesk.store.convert import from_date, from_enum, now_stamp, req_date, to_date, to_enum
from branchdesk.store.meetings_repo import MeetingRepository
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.record_base import TrashableRepository

_COLUMNS = (
    "id, name, applied_on, birth_date, gender, ethnicity, id_number, education, job, phone, "
    "plan_year, member_id, earlier_unknown, note"
)
_STEP_COLUMNS = "recruit_id, id, kind, on_date, ends_on, people, days, hours, months, reason, note"
CANCELLED_NOTE = "取消预备党员资格"


class RecruitRepository(TrashableRepository[Recruit]):
    table = "recruits"
    date_column = "applied_on"
    what = "recruit"

    def save(self, recruit: Recruit, today: date, limits: RecruitingLimits) -> Recruit:
        """Store the person and the steps typed on the page (a meeting's steps stay with the
        meeting), then bring the roster member in line."""
        with_meetings = replace(recruit, steps=(*_typed(recruit), *self._meeting_steps(recruit)))
        errors = validate_recruit(with_meetings, today, limits)
        if errors:
            raise ValidationError(errors)
        with self._db.atomic():
            recruit_id = self._upsert(recruit.id, _values(recruit))
            self._replace_children(
                "recruit_steps",
                "recruit_id",
                recruit_id,
                [_step_values(s) for s in _typed(recruit)],
            )
            self.sync_roster(recruit_id, today)
        return self.get(recruit_id)

    def _meeting_steps(self, recruit: Recruit) -> tuple[RecruitStep, ...]:
        if recruit.id is None:
            return ()
        return tuple(s for s in self.get(recruit.id).steps if s.from_meeting)

    def _select(self, clause: str, params: list[Any]) -> list[Recruit]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM recruits {clause}", params).fetchall()
        if not rows:
            return []
        steps: dict[int, list[RecruitStep]] = {}
        for row in self._db.execute(f"SELECT {_STEP_COLUMNS} FROM recruit_steps ORDER BY id"):
            steps.setdefault(row[0], []).append(_step(row[1:]))
        # A single person's read works out only the meetings naming that person.
        chosen = None if not clause else [row[0] for row in rows]
        for outcome in self.meeting_outcomes(recruit_ids=chosen):
            if outcome.step is not None:
                steps.setdefault(outcome.recruit_id, []).append(outcome.step)
        return [_recruit(row, tuple(steps.get(row[0], ()))) for row in rows]

    def member_ids(self) -> frozenset[int]:
        """Roster members the live pipeline made: one query, not every person's steps and
        votes worked out (the member form asks at each member shown)."""
        rows = self._db.execute(
            "SELECT member_id FROM recruits WHERE deleted_at IS NULL AND member_id IS NOT NULL"
        )
        return frozenset(row[0] for row in rows)

    def meeting_outcomes(
        self, meeting_ids: list[int] | None = None, recruit_ids: list[int] | None = None
    ) -> list[ResolutionOutcome]:
        """What each live meeting's resolutions on people of the pipeline record (or why not);
        only those on *recruit_ids* when given."""
        sql = (
            "SELECT DISTINCT m.id FROM meeting_resolutions r JOIN meetings m ON m.id = r.meeting_id"
            " WHERE r.recruit_id IS NOT NULL AND m.deleted_at IS NULL"
        )
        params: list[int] = []
        if recruit_ids is not None:
            sql += f" AND r.recruit_id IN ({', '.join('?' * len(recruit_ids))})"
            params = recruit_ids
        ids = [row[0] for row in self._db.execute(sql, params)]
        if meeting_ids is not None:
            ids = [i for i in ids if i in meeting_ids]
        if not ids:
            return []
        meetings = MeetingRepository(self._db)
        roster = Roster.of(MemberRepository(self._db).all(), BranchRepository(self._db).terms())
        names = dict(self._db.execute("SELECT id, name FROM recruits").fetchall())
        found = meetings.by_ids(ids)  # one batch: its rows are read and mapped together
        outcomes = [o for i in ids for o in resolution_outcomes(found[i], roster, names)]
        return [o for o in outcomes if recruit_ids is None or o.recruit_id in recruit_ids]

    # -- the roster follows the pipeline ----------------------------------------------------
    def sync_roster(self, recruit_id: int, today: date) -> None:
        """Admission creates (or updates) the roster member; the dates come from the steps."""
        self._sync(self.get(recruit_id), today)

    def _sync(self, recruit: Recruit, today: date) -> None:
        recruit_id = recruit.id or 0
        members = MemberRepository(self._db)
        admitted = recruit.admitted_on
        deleted = recruit.member_id is not None and self._member_deleted(recruit.member_id)
        if admitted is None or self._is_deleted(recruit_id):
            if recruit.member_id is not None and not recruit.earlier_unknown and not deleted:
                members.move_to_recycle_bin(recruit.member_id)  # admitted by a vote now undone
                self._set_roster_binned(recruit_id, True)
            return
        member_id = recruit.member_id
        if member_id is None:
            member_id = members.save(_new_member(recruit, admitted), today).id
            self._db.execute(
                "UPDATE recruits SET member_id = ? WHERE id = ?", [member_id, recruit_id]
            )
        elif deleted and self._roster_binned(recruit_id):
            members.restore(member_id)  # binned by the pipeline; the secretary's own stays
            self._set_roster_binned(recruit_id, False)
        assert member_id is not None
        converted = recruit.last(StepKind.CONVERTED) is not None
        full_on = probation_ends(recruit) if converted else None
        self._db.execute(
            "UPDATE members SET joined_on = ?, full_on = ?, updated_at = ? WHERE id = ?",
            [admitted.isoformat(), from_date(full_on), now_stamp(), member_id],
        )
        self._db.execute(
            "DELETE FROM membership_events WHERE member_id = ? "
            "AND (kind = ? OR (kind = ? AND note = ?))",
            [
                member_id,
                MembershipEventKind.PROBATION_EXTENDED.value,
                MembershipEventKind.LEFT.value,
                CANCELLED_NOTE,
            ],
        )
        for step in recruit.steps_of(StepKind.EXTENDED):
            self._event(member_id, MembershipEventKind.PROBATION_EXTENDED, step.on, step.note)
        for step in recruit.steps_of(StepKind.CANCELLED):
            self._event(member_id, MembershipEventKind.LEFT, step.on, CANCELLED_NOTE)

    def sync_all(self, today: date) -> None:
        """After a meeting was saved, deleted or restored: every person's roster dates."""
        with self._db.atomic():
            # Read once: each read works out every linked meeting's vote.
            for recruit in self._select("", []):
                self._sync(recruit, today)

    def _event(self, member_id: int, kind: MembershipEventKind, day: date, note: str) -> None:
        self._db.execute(
            "INSERT INTO membership_events (member_id, kind, occurred_on, note) "
            "VALUES (?, ?, ?, ?)",
            [member_id, kind.value, day.isoformat(), note],
        )

    def _roster_binned(self, recruit_id: int) -> bool:
        row = self._db.execute(
            "SELECT roster_binned FROM recruits WHERE id = ?", [recruit_id]
        ).fetchone()
        return bool(row and row[0])

    def _set_roster_binned(self, recruit_id: int, binned: bool) -> None:
        self._db.execute(
            "UPDATE recruits SET roster_binned = ? WHERE id = ?", [int(binned), recruit_id]
        )

    def _member_deleted(self, member_id: int) -> bool:
        row = self._db.execute(
            "SELECT deleted_at FROM members WHERE id = ?", [member_id]
        ).fetchone()
        return row is not None and row[0] is not None

    def _is_deleted(self, recruit_id: int) -> bool:
        row = self._db.execute(
            "SELECT deleted_at FROM recruits WHERE id = ?", [recruit_id]
        ).fetchone()
        return row is None or row[0] is not None

    # -- the yearly plan --------------------------------------------------------------------
    def plans(self) -> list[RecruitingPlan]:
        return [
            RecruitingPlan(*row)
            for row in self._db.execute(
                "SELECT year, planned, note FROM recruiting_plans ORDER BY year"
            )
        ]

    def save_plan(self, plan: RecruitingPlan) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT OR REPLACE INTO recruiting_plans (year, planned, note, updated_at) "
                "VALUES (?, ?, ?, ?)",
                [plan.year, max(0, plan.planned), plan.note.strip(), now_stamp()],
            )


def _typed(recruit: Recruit) -> tuple[RecruitStep, ...]:
    return tuple(s for s in recruit.steps if not (s.from_meeting and s.kind in MEETING_STEPS))


def _new_member(recruit: Recruit, admitted: date) -> Member:
    return Member(
        recruit.name, admitted, gender=recruit.gender, ethnicity=recruit.ethnicity,
        birth_date=recruit.birth_date, id_number=recruit.id_number,
        education=recruit.education, phone=recruit.phone, job=recruit.job,
    )  # fmt: skip


def _values(recruit: Recruit) -> dict[str, Any]:
    return {
        "name": recruit.name.strip(),
        "applied_on": recruit.applied_on.isoformat(),
        "birth_date": from_date(recruit.birth_date),
        "gender": from_enum(recruit.gender),
        "ethnicity": recruit.ethnicity.strip(),
        "id_number": recruit.id_number.strip().upper(),
        "education": from_enum(recruit.education),
        "job": recruit.job.strip(),
        "phone": recruit.phone.strip(),
        "plan_year": recruit.plan_year,
        "member_id": recruit.member_id,
        "earlier_unknown": int(recruit.earlier_unknown),
        "note": recruit.note,
    }


def _step_values(step: RecruitStep) -> dict[str, Any]:
    return {
        "kind": step.kind.value,
        "on_date": step.on.isoformat(),
        "ends_on": from_date(step.ends_on),
        "people": step.people.strip(),
        "days": step.days,
        "hours": step.hours,
        "months": step.months,
        "reason": from_enum(step.reason),
        "note": step.note,
    }


def _step(row: Any) -> RecruitStep:
    return RecruitStep(
        id=row[0], kind=StepKind(row[1]), on=req_date(row[2]), ends_on=to_date(row[3]),
        people=row[4], days=row[5], hours=row[6], months=row[7],
        reason=to_enum(LeaveReason, row[8]), note=row[9],
    )  # fmt: skip


def _recruit(row: Any, steps: tuple[RecruitStep, ...]) -> Recruit:
    return Recruit(
        id=row[0], name=row[1], applied_on=req_date(row[2]), birth_date=to_date(row[3]),
        gender=to_enum(Gender, row[4]), ethnicity=row[5], id_number=row[6],
        education=to_enum(Education, row[7]), job=row[8], phone=row[9], plan_year=row[10],
        member_id=row[11], earlier_unknown=bool(row[12]), note=row[13], steps=steps,
    )  # fmt: skip
