"""The annual democratic review of members (民主评议党员) and its rules.

One round per year. Every member on the review date has an entry; full members are graded,
probationary members take part but receive no grade. 优秀 above one third of those graded is
flagged and must be confirmed on the round; a 不合格 needs a follow-up before the round closes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from branchdesk.core.enums import MemberStatus
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import register_labels
from branchdesk.core.members import Member
from branchdesk.core.membership import status_on
from branchdesk.core.validation import FieldError, limit_text, not_in_future

EXCELLENT_CAP = (1, 3)  # 优秀 ≤ 1/3 of those graded (a rule-set default, see rules.md)


class Grade(StrEnum):
    EXCELLENT = "excellent"  # 优秀
    QUALIFIED = "qualified"  # 合格
    BASIC = "basic"  # 基本合格
    UNQUALIFIED = "unqualified"  # 不合格


class ReviewStep(StrEnum):
    """The steps of a round, in order; each has a date on the round."""

    STUDY = "study"  # 学习教育
    SELF_ASSESSMENT = "self_assessment"  # 个人自评
    PEER_REVIEW = "peer_review"  # 党员互评
    EVALUATION_VOTE = "evaluation_vote"  # 民主测评
    VERDICT = "verdict"  # 组织评定
    FEEDBACK = "feedback"  # 反馈结果


class ReviewFollowUp(StrEnum):
    """What happens to a member graded 基本合格 or 不合格: education first, then firmer steps."""

    EDUCATION = "education"  # 教育帮助
    CORRECTION = "correction"  # 限期改正
    PERSUADE_TO_LEAVE = "persuade_to_leave"  # 劝退
    REMOVAL = "removal"  # 除名


register_labels(
    {
        Grade.EXCELLENT: ("Excellent", "优秀"),
        Grade.QUALIFIED: ("Qualified", "合格"),
        Grade.BASIC: ("Basically qualified", "基本合格"),
        Grade.UNQUALIFIED: ("Unqualified", "不合格"),
        ReviewStep.STUDY: ("Study", "学习教育"),
        ReviewStep.SELF_ASSESSMENT: ("Self-assessment", "个人自评"),
        ReviewStep.PEER_REVIEW: ("Peer review", "党员互评"),
        ReviewStep.EVALUATION_VOTE: ("Evaluation vote", "民主测评"),
        ReviewStep.VERDICT: ("Branch verdict", "组织评定"),
        ReviewStep.FEEDBACK: ("Feedback", "反馈结果"),
        ReviewFollowUp.EDUCATION: ("Education and help", "教育帮助"),
        ReviewFollowUp.CORRECTION: ("Correct within a deadline", "限期改正"),
        ReviewFollowUp.PERSUADE_TO_LEAVE: ("Persuade to leave", "劝退"),
        ReviewFollowUp.REMOVAL: ("Remove from the party", "除名"),
    }
)


@dataclass(frozen=True)
class VoteTally:
    """Votes cast for each grade in the evaluation vote (民主测评)."""

    excellent: int = 0
    qualified: int = 0
    basic: int = 0
    unqualified: int = 0

    def votes_for(self, grade: Grade) -> int:
        return int(getattr(self, grade.name.lower()))

    @property
    def total(self) -> int:
        return self.excellent + self.qualified + self.basic + self.unqualified

    def leading(self) -> Grade | None:
        """The grade with most votes (the better grade on a tie); None when nobody voted."""
        if self.total == 0:
            return None
        return max(Grade, key=lambda g: (self.votes_for(g), -list(Grade).index(g)))


@dataclass(frozen=True)
class ReviewEntry:
    member_id: int
    self_assessment: str = ""
    peer_remarks: str = ""
    tally: VoteTally = field(default_factory=VoteTally)
    proposed_grade: Grade | None = None
    final_grade: Grade | None = None
    opinion: str = ""  # the organisation's opinion (组织意见)
    follow_up: ReviewFollowUp | None = None
    follow_up_note: str = ""
    id: int | None = None

    @property
    def grade(self) -> Grade | None:
        """The final grade, or the proposed one until the verdict is in."""
        return self.final_grade or self.proposed_grade


@dataclass(frozen=True)
class ReviewRound:
    year: int
    study_on: date | None = None
    self_assessment_on: date | None = None
    peer_review_on: date | None = None
    vote_on: date | None = None
    verdict_on: date | None = None
    feedback_on: date | None = None
    entries: tuple[ReviewEntry, ...] = ()
    excellent_share_confirmed: bool = False  # the >1/3 优秀 flag, confirmed on purpose
    closed_on: date | None = None
    note: str = ""
    id: int | None = None
    participants: int | None = None  # 参加测评人数: how many voted in the 民主测评

    def step_date(self, step: ReviewStep) -> date | None:
        return {
            ReviewStep.STUDY: self.study_on,
            ReviewStep.SELF_ASSESSMENT: self.self_assessment_on,
            ReviewStep.PEER_REVIEW: self.peer_review_on,
            ReviewStep.EVALUATION_VOTE: self.vote_on,
            ReviewStep.VERDICT: self.verdict_on,
            ReviewStep.FEEDBACK: self.feedback_on,
        }[step]

    @property
    def review_date(self) -> date:
        """Whose round it is is decided on the vote day (else the verdict, else 31 December)."""
        return self.vote_on or self.verdict_on or date(self.year, 12, 31)

    def entry_for(self, member_id: int) -> ReviewEntry | None:
        return next((e for e in self.entries if e.member_id == member_id), None)

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None


def is_graded(member: Member, day: date) -> bool:
    """Only full members are graded; probationary members take part without a grade."""
    return status_on(member, day) == MemberStatus.FULL


def roster_entries(review: ReviewRound, members: Iterable[Member]) -> list[ReviewEntry]:
    """An entry for every member on the review date: the saved one, or a blank one."""
    day = review.review_date
    entries = []
    for member in members:
        if member.id is None or status_on(member, day) is None:
            continue
        entries.append(review.entry_for(member.id) or ReviewEntry(member.id))
    return entries


@dataclass(frozen=True)
class GradeSummary:
    counts: dict[Grade, int]
    graded: int  # entries of full members that carry a grade
    ungraded_full: int  # full members still without a grade
    probationary: int

    @property
    def due_grade(self) -> int:
        """Full members on the review date: each is due a grade."""
        return self.graded + self.ungraded_full

    @property
    def excellent_over_cap(self) -> bool:
        num, den = EXCELLENT_CAP
        return self.counts[Grade.EXCELLENT] * den > self.graded * num


def grade_summary(review: ReviewRound, members: Iterable[Member]) -> GradeSummary:
    by_id = {m.id: m for m in members}
    counts = dict.fromkeys(Grade, 0)
    graded = ungraded = probationary = 0
    for entry in roster_entries(review, by_id.values()):
        member = by_id[entry.member_id]
        if not is_graded(member, review.review_date):
            probationary += 1
        elif entry.grade is None:
            ungraded += 1
        else:
            graded += 1
            counts[entry.grade] += 1
    return GradeSummary(counts, graded, ungraded, probationary)


PROBATIONARY_GRADED = QT_TRANSLATE_NOOP(
    "Validation", "{name} is a probationary member: probationary members are not graded."
)
NOT_A_MEMBER = QT_TRANSLATE_NOOP(
    "Validation", "{name} was not a member of the branch on the review date ({day})."
)
STEP_ORDER = QT_TRANSLATE_NOOP("Validation", "This step cannot come before the one above it.")
STEP_OUTSIDE_YEAR = QT_TRANSLATE_NOOP(
    "Validation", "A step of the {year} round is dated in {year} or early in {next}."
)
BAD_YEAR = QT_TRANSLATE_NOOP("Validation", "The round's year must be between 2000 and {max}.")
NEGATIVE_VOTES = QT_TRANSLATE_NOOP("Validation", "Vote counts cannot be negative.")
EXCELLENT_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "Validation",
    "{excellent} of {graded} graded members are 优秀, more than one third: "
    "confirm this on the round before closing it.",
)
UNQUALIFIED_WITHOUT_FOLLOW_UP = QT_TRANSLATE_NOOP(
    "Validation",
    "{name} is graded 不合格 and has no follow-up (education, 限期改正, 劝退 or 除名) yet: "
    "record it before closing the round.",
)
UNGRADED_AT_CLOSE = QT_TRANSLATE_NOOP("Validation", "{count} full members have no final grade yet.")
TALLY_ABOVE_PARTICIPANTS = QT_TRANSLATE_NOOP(
    "Validation",
    "{name} has {votes} votes, more than the {participants} who took part in the evaluation "
    "vote (参加测评人数).",
)
BAD_PARTICIPANTS = QT_TRANSLATE_NOOP("Validation", "The number who took part cannot be negative.")
CLOSED_BEFORE_VERDICT = QT_TRANSLATE_NOOP(
    "Validation", "A round closes on or after its verdict date."
)


def validate_round(review: ReviewRound, members: Iterable[Member], today: date) -> list[FieldError]:
    """Rules every saved round obeys; a closed round must also pass `closing_problems`."""
    errors: list[FieldError] = []
    by_id = {m.id: m for m in members}
    if not 2000 <= review.year <= today.year + 1:
        errors.append(FieldError("year", BAD_YEAR, {"max": str(today.year + 1)}))
    previous: date | None = None
    for step in ReviewStep:
        day = review.step_date(step)
        not_in_future(errors, f"{step.value}_on", day, today)
        # A slip of the year would also change whose round it is (`review_date`).
        if day is not None and not review.year <= day.year <= review.year + 1:
            errors.append(
                FieldError(
                    f"{step.value}_on",
                    STEP_OUTSIDE_YEAR,
                    {"year": str(review.year), "next": str(review.year + 1)},
                )
            )
        elif day is not None and previous is not None and day < previous:
            errors.append(FieldError(f"{step.value}_on", STEP_ORDER))
        previous = day or previous
    limit_text(errors, "note", review.note, 2000)
    if review.participants is not None and review.participants < 0:
        errors.append(FieldError("participants", BAD_PARTICIPANTS))
    day = review.review_date
    for entry in review.entries:
        member = by_id.get(entry.member_id)
        if member is None:
            # In the recycle bin (the store gives live members): the entry is kept for a
            # restore, and like the member left out of the grid and the checks.
            continue
        name = member.name
        if status_on(member, day) is None:
            errors.append(FieldError("entries", NOT_A_MEMBER, {"name": name, "day": str(day)}))
            continue
        if entry.grade is not None and not is_graded(member, day):
            errors.append(FieldError("entries", PROBATIONARY_GRADED, {"name": name}))
        if min(entry.tally.votes_for(g) for g in Grade) < 0:
            errors.append(FieldError("entries", NEGATIVE_VOTES))
        elif review.participants is not None and entry.tally.total > review.participants:
            # Each voter marks one grade per member: more votes than voters is a typo.
            errors.append(
                FieldError(
                    "entries",
                    TALLY_ABOVE_PARTICIPANTS,
                    {
                        "name": name,
                        "votes": str(entry.tally.total),
                        "participants": str(review.participants),
                    },
                )
            )
        for name_, text in (
            ("self_assessment", entry.self_assessment),
            ("peer_remarks", entry.peer_remarks),
            ("opinion", entry.opinion),
            ("follow_up_note", entry.follow_up_note),
        ):
            limit_text(errors, name_, text, 4000)
    if review.is_closed and not errors:
        errors.extend(closing_problems(review, by_id.values()))
    return errors


def closing_problems(review: ReviewRound, members: Iterable[Member]) -> list[FieldError]:
    """Why the round cannot be closed yet; empty when it can."""
    members = list(members)
    by_id = {m.id: m for m in members}
    errors: list[FieldError] = []
    summary = grade_summary(review, members)
    missing = sum(
        1
        for e in roster_entries(review, members)
        if e.final_grade is None and is_graded(by_id[e.member_id], review.review_date)
    )
    if missing:
        errors.append(FieldError("entries", UNGRADED_AT_CLOSE, {"count": str(missing)}))
    if summary.excellent_over_cap and not review.excellent_share_confirmed:
        errors.append(
            FieldError(
                "excellent_share_confirmed",
                EXCELLENT_UNCONFIRMED,
                {"excellent": str(summary.counts[Grade.EXCELLENT]), "graded": str(summary.graded)},
            )
        )
    for entry in review.entries:
        member = by_id.get(entry.member_id)
        if member is not None and entry.grade == Grade.UNQUALIFIED and entry.follow_up is None:
            errors.append(
                FieldError("entries", UNQUALIFIED_WITHOUT_FOLLOW_UP, {"name": member.name})
            )
    if (
        review.closed_on is not None
        and review.verdict_on is not None
        and review.closed_on < review.verdict_on
    ):
        errors.append(FieldError("closed_on", CLOSED_BEFORE_VERDICT))
    return errors


def undated_steps(review: ReviewRound) -> list[ReviewStep]:
    """The steps of the round that have no date yet."""
    return [step for step in ReviewStep if review.step_date(step) is None]


def is_complete(review: ReviewRound, members: Iterable[Member]) -> bool:
    """Done only when done: every full member graded and every step dated."""
    return grade_summary(review, members).ungraded_full == 0 and not undated_steps(review)
