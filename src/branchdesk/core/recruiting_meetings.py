"""The meeting is the step: a 支部党员大会 resolution on a person of the pipeline.

A resolution of kind 接收预备党员 / 转正 / 延长预备期 names the person. When the meeting is a
quorate general meeting and the vote passed, it *is* that person's step (dated the
meeting's day, linked to it); otherwise no step is recorded and `ResolutionOutcome` says
why. Because the step is derived each time it is read, editing or deleting the meeting
updates or removes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.core.attendance import Roster, summarise
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.meetings import Meeting, MeetingKind, Resolution
from branchdesk.core.recruiting import MEETING_STEPS, RecruitStep

NOT_GENERAL = QT_TRANSLATE_NOOP(
    "Recruiting", "Only a general meeting (支部党员大会) decides on {name}: no step recorded."
)
NOT_QUORATE = QT_TRANSLATE_NOOP(
    "Recruiting",
    "The meeting was not quorate ({present} of {due} voting members present): "
    "no step recorded for {name}.",
)
VOTE_FAILED = QT_TRANSLATE_NOOP(
    "Recruiting",
    "The vote failed ({votes} for; more than half of {due} voting members needed): "
    "no step recorded for {name}.",
)
RECORDED = QT_TRANSLATE_NOOP("Recruiting", "Recorded for {name}: {step} on {day}.")


@dataclass(frozen=True)
class ResolutionOutcome:
    recruit_id: int
    step: RecruitStep | None  # None: not recorded
    message: str  # English source (translated in the UI); params below
    params: dict[str, str]

    def text(self) -> str:
        return self.message.format(**self.params)


def resolution_outcomes(
    meeting: Meeting, roster: Roster, names: dict[int, str]
) -> list[ResolutionOutcome]:
    """For each resolution naming a person: the step it records, or why it records none."""
    linked = [r for r in meeting.resolutions if r.recruit_id is not None and r.recruit_step]
    if not linked:
        return []
    summary = summarise(meeting, roster)
    outcomes: list[ResolutionOutcome] = []
    for resolution in linked:
        assert resolution.recruit_id is not None
        name = names.get(resolution.recruit_id, "")
        params = {"name": name, "due": str(summary.voters_due)}
        if meeting.kind != MeetingKind.GENERAL:
            outcomes.append(ResolutionOutcome(resolution.recruit_id, None, NOT_GENERAL, params))
        elif summary.quorate is False:
            params["present"] = str(summary.voters_present)
            outcomes.append(ResolutionOutcome(resolution.recruit_id, None, NOT_QUORATE, params))
        elif not summary.passes(resolution):
            params["votes"] = str(resolution.votes_for)
            outcomes.append(ResolutionOutcome(resolution.recruit_id, None, VOTE_FAILED, params))
        else:
            step = step_of(resolution, meeting)
            params.update(step=label(step.kind, "zh"), day=step.on.isoformat())
            outcomes.append(ResolutionOutcome(resolution.recruit_id, step, RECORDED, params))
    return outcomes


def step_of(resolution: Resolution, meeting: Meeting) -> RecruitStep:
    assert resolution.recruit_step in MEETING_STEPS
    return RecruitStep(
        resolution.recruit_step,
        meeting.held_on,
        months=resolution.extension_months,
        note=resolution.text,
        meeting_id=meeting.id,
    )
