"""送审前检查: what to look at before the duty report is exported, printed or signed.

Each detector reads the year's records, figures, sections and the composed document, and
says what the records cannot support or what is unfinished. `DETECTORS` is the list the
check runs, in order: a later detector (the official layout's, for instance) is added with
`DETECTORS.append(detector)`; one that finds a layout problem uses `ProblemKind.LAYOUT`.

`where` is a stable locator that the 年度报告 page opens: `section:<section>` (a section
of the report), `<record type>:<id>` (a record, by its `core.registry` key:
`review_rounds:3`, `meetings:12`, `trainings:5`, `volunteer_activities:7`),
`rule:<rule id>:<period>[:<subject id>]` (an obligation, shown on the 概览), or `report`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from branchdesk.core.labels import label
from branchdesk.core.membership import headcount_on
from branchdesk.core.review import grade_summary, undated_steps
from branchdesk.reports.document import Heading, Paragraph, ReportDocument
from branchdesk.reports.facts import AnnualFacts, YearRecords
from branchdesk.reports.narrative import SectionText

PLACEHOLDER = re.compile(r"【[^】]*】")
HOURS_A_DAY = 8  # a full day of training is 8 学时 (rules.md, "Study hours")
VOLUNTEER_HOURS_A_DAY = 24


class ProblemKind(StrEnum):
    STALE_TEXT = "stale_text"  # an edited section whose figures changed
    PLACEHOLDER = "placeholder"  # a 【…】 prompt left in the text
    REVIEW_UNFINISHED = "review_unfinished"  # members ungraded or steps undated
    MISSING = "missing"  # an obligation of the year the engine marks overdue
    IMPLAUSIBLE = "implausible"  # a figure the records cannot support
    LAYOUT = "layout"  # something the printed layout will get wrong


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    where: str
    message: str  # Chinese: the report and its check are always Chinese

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind.value, "where": self.where, "message": self.message}


@dataclass(frozen=True)
class CheckInput:
    records: YearRecords
    facts: AnnualFacts
    sections: Sequence[SectionText]
    document: ReportDocument


Detector = Callable[[CheckInput], Iterable[Problem]]


def stale_texts(c: CheckInput) -> Iterator[Problem]:
    for part in c.sections:
        if not part.stale:
            continue
        where = f"section:{part.section.value}"
        name = part.heading or "落款"
        changes = part.staleness().changes
        if part.basis is None:
            detail = "此段写于记录数据快照之前，请核对其中的数字"
        elif changes:
            detail = "；".join(f"{c.where}：{c.old}→{c.new}" for c in changes[:5])
        else:
            detail = "随数据变化的文字需要手动修改"
        yield Problem(ProblemKind.STALE_TEXT, where, f"“{name}”的数据已变化（{detail}）")


def placeholders(c: CheckInput) -> Iterator[Problem]:
    for part in c.sections:
        for prompt in dict.fromkeys(PLACEHOLDER.findall(part.text)):
            name = part.heading or "落款"
            yield Problem(
                ProblemKind.PLACEHOLDER,
                f"section:{part.section.value}",
                f"“{name}”中仍有待填写的提示：{prompt}",
            )


def unfinished_review(c: CheckInput) -> Iterator[Problem]:
    review = c.records.review
    if review is None or review.year != c.records.year:
        return
    summary = grade_summary(review, c.records.members)
    where = f"review_rounds:{review.id}"
    if summary.ungraded_full:
        yield Problem(
            ProblemKind.REVIEW_UNFINISHED,
            where,
            f"{review.year}年度民主评议：应评定{summary.due_grade}名、已评定{summary.graded}名",
        )
    steps = undated_steps(review)
    if steps:
        names = "、".join(label(step) for step in steps)
        yield Problem(
            ProblemKind.REVIEW_UNFINISHED,
            where,
            f"{review.year}年度民主评议：{names}尚未填写日期",
        )


def missing_obligations(c: CheckInput) -> Iterator[Problem]:
    result = c.records.compliance
    if result is None:
        return
    for o in result.overdue():
        if o.progress is not None:
            continue  # an unfinished review round: listed as review_unfinished, in detail
        subject = f":{o.subject_id}" if o.subject_id is not None else ""
        yield Problem(ProblemKind.MISSING, f"rule:{o.rule_id}:{o.span.key}{subject}", o.gap_zh)


def implausible_figures(c: CheckInput) -> Iterator[Problem]:
    yield from _review_votes(c.records)
    yield from _meeting_votes(c.records)
    yield from _training_hours(c.records)
    yield from _volunteer_hours(c.records)


def _review_votes(r: YearRecords) -> Iterator[Problem]:
    review = r.review
    if review is None or review.year != r.year:
        return
    names = {m.id: m.name for m in r.members}
    # Who could vote: those recorded as taking part, else everyone on the roster that day.
    voters = review.participants
    if voters is None:
        voters = headcount_on(r.members, review.review_date).total
    for entry in review.entries:
        if entry.tally.total > voters and entry.member_id in names:
            yield Problem(
                ProblemKind.IMPLAUSIBLE,
                f"review_rounds:{review.id}",
                f"民主测评：{names[entry.member_id]}的测评票共{entry.tally.total}票，"
                f"多于参加测评的{voters}人",
            )


def _meeting_votes(r: YearRecords) -> Iterator[Problem]:
    for meeting in r.meetings:
        if meeting.id is None or meeting.id not in r.attendance:
            continue
        present = r.attendance[meeting.id].voters_present
        for resolution in meeting.resolutions:
            if resolution.votes_cast > present:
                yield Problem(
                    ProblemKind.IMPLAUSIBLE,
                    f"meetings:{meeting.id}",
                    f"{meeting.held_on.year}年{meeting.held_on.month}月{meeting.held_on.day}日"
                    f"{label(meeting.kind)}的表决共{resolution.votes_cast}票，"
                    f"多于到会有表决权的{present}人",
                )


def _training_hours(r: YearRecords) -> Iterator[Problem]:
    for training in r.trainings:
        if training.starts_on.year != r.year:
            continue
        days = (training.last_day - training.starts_on).days + 1
        most = max((p.hours for p in training.participants), default=0.0)
        if most > days * HOURS_A_DAY:
            yield Problem(
                ProblemKind.IMPLAUSIBLE,
                f"trainings:{training.id}",
                f"教育培训“{training.title}”共{days}天，却记有{most:g}学时"
                f"（每天至多{HOURS_A_DAY}学时）",
            )


def _volunteer_hours(r: YearRecords) -> Iterator[Problem]:
    for activity in r.volunteering:
        if activity.held_on.year != r.year:
            continue
        most = max((p.hours for p in activity.participants), default=0.0)
        if most > VOLUNTEER_HOURS_A_DAY:
            yield Problem(
                ProblemKind.IMPLAUSIBLE,
                f"volunteer_activities:{activity.id}",
                f"志愿服务“{activity.title}”为一天的活动，却记有{most:g}小时",
            )


def empty_sections(c: CheckInput) -> Iterator[Problem]:
    """A heading with no text under it prints alone: a layout problem the text causes."""
    blocks = list(c.document.blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, Heading) or block.level != 1:
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not isinstance(following, Paragraph | Heading) or (
            isinstance(following, Heading) and following.level == 1
        ):
            yield Problem(ProblemKind.LAYOUT, "report", f"“{block.text}”下没有正文")


DETECTORS: list[Detector] = [
    stale_texts,
    placeholders,
    unfinished_review,
    missing_obligations,
    implausible_figures,
    empty_sections,
]


def run_detectors(check: CheckInput) -> list[Problem]:
    problems: list[Problem] = []
    for detector in DETECTORS:
        problems.extend(detector(check))
    return list(dict.fromkeys(problems))  # one line per problem, in detector order
