"""Rules that count records within a span: meetings, reviews, talks, trainings, hours.

Each span of the rule's period inside the window gives one obligation per scope instance
(the branch, each group that exists, each member who belongs, the secretary in office).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from branchdesk.core.compliance import gaps
from branchdesk.core.compliance.facts import SUBJECT_FACTS, ReviewFact, TalkFact
from branchdesk.core.compliance.index import FactIndex
from branchdesk.core.compliance.obligations import Obligation, ObligationStatus
from branchdesk.core.compliance.periods import Span, clamp, overlap_days
from branchdesk.core.compliance.rules import Rule, RuleScope, RuleSubject
from branchdesk.core.membership import in_proportion
from branchdesk.core.talks import PairType, pair_types


@dataclass(frozen=True)
class Instance:
    """For whom an obligation is owed: the branch, a group, a member or the secretary."""

    scope: RuleScope
    subject_id: int | None = None
    name: str = ""


def count_rule(rule: Rule, index: FactIndex, span: Span) -> Iterator[Obligation]:
    if not judged(rule, index, span):
        yield not_applicable(rule, span, "before_tracking")
        return
    instances, reason = _instances(rule, index, span)
    if not instances:
        yield not_applicable(rule, span, reason)
        return
    # Per member, the span's records are grouped once rather than scanned for each member.
    per_member = _per_member(rule, index, span) if rule.scope == RuleScope.EACH_MEMBER else None
    for inst in instances:
        due = rule.threshold
        part_note = ("", "")
        if rule.subject == RuleSubject.STUDY_HOURS and inst.subject_id is not None:
            due, part_note = _hours_due(rule, index, span, inst.subject_id)
        if per_member is not None and inst.subject_id is not None:
            entries = per_member.get(inst.subject_id, [])
            evidence = tuple(record_id for record_id, _ in entries)
            done = sum(amount for _, amount in entries)
        else:
            done, evidence = _count(rule, index, span, inst)
        status = status_of(due, done, span, index.today)
        zh, en = gaps.count_gap(rule, span, due, done, inst.name)
        if zh:
            zh, en = zh + part_note[0], en + part_note[1]
        progress = None
        begun = _begun_review(rule, index, span) if done < due else None
        if begun is not None:
            # A round begun but not finished is partly met (or still open), never "held".
            progress = (begun.graded, begun.to_grade)
            status = ObligationStatus.PARTLY_MET
            if not span.has_ended(index.today):
                status = ObligationStatus.NOT_YET_DUE
            zh, en = gaps.review_gap(rule, span, begun.graded, begun.to_grade, begun.steps_dated)
        yield Obligation(
            rule.id,
            span,
            rule.scope,
            status,
            due,
            done,
            evidence,
            SUBJECT_FACTS[rule.subject],
            zh,
            en,
            inst.subject_id,
            inst.name,
            progress=progress,
        )


def judged(rule: Rule, index: FactIndex, span: Span) -> bool:
    """Whether *span* is judged at all, given when the branch began keeping its records
    here: spans starting on or after that day are; one that straddles it only for study
    hours (owed in proportion, as by a member who joins mid-year) — a count (a meeting a
    quarter, the annual review, the 组织生活会) cannot be owed in part."""
    start = index.facts.tracking_from
    if start is None or span.start >= start:
        return True
    return rule.subject == RuleSubject.STUDY_HOURS and span.end >= start


def judged_start(index: FactIndex, span: Span) -> date:
    start = index.facts.tracking_from
    return span.start if start is None else max(span.start, start)


def _begun_review(rule: Rule, index: FactIndex, span: Span) -> ReviewFact | None:
    if rule.subject != RuleSubject.REVIEW:
        return None
    return next((r for r in _reviews_in(index, span) if not r.complete), None)


def _reviews_in(index: FactIndex, span: Span) -> list[ReviewFact]:
    return [
        r
        for r in index.reviews
        if (r.year == span.year if span.kind.months == 12 else span.contains(r.held_on))
    ]


def status_of(due: int, done: float, span: Span, today: date) -> ObligationStatus:
    if done >= due:
        return ObligationStatus.MET
    if not span.has_ended(today):
        return ObligationStatus.NOT_YET_DUE
    return ObligationStatus.PARTLY_MET if done > 0 else ObligationStatus.MISSING


def not_applicable(rule: Rule, span: Span, reason: str) -> Obligation:
    zh, en = gaps.not_applicable_gap(rule, reason)
    return Obligation(
        rule.id,
        span,
        rule.scope,
        ObligationStatus.NOT_APPLICABLE,
        0,
        0,
        (),
        SUBJECT_FACTS[rule.subject],
        zh,
        en,
    )


def _instances(rule: Rule, index: FactIndex, span: Span) -> tuple[list[Instance], str]:
    as_of = clamp(index.today, span)
    if rule.scope == RuleScope.BRANCH:
        return [Instance(RuleScope.BRANCH)], ""
    if rule.scope == RuleScope.COMMITTEE:
        return ([Instance(RuleScope.COMMITTEE)] if index.committee_in(span) else []), (
            "no_committee"
        )
    if rule.scope == RuleScope.EACH_GROUP:
        groups = [
            Instance(RuleScope.EACH_GROUP, g.id, g.name)
            for g in index.facts.groups
            if g.created_on is None or g.created_on <= span.end
        ]
        return groups, "no_group"
    if rule.scope == RuleScope.SECRETARY:
        secretary = index.secretary_on(as_of)
        if secretary is None:
            return [], "no_secretary"
        return [Instance(RuleScope.SECRETARY, secretary, index.name_of(secretary))], ""
    if rule.subject == RuleSubject.STUDY_HOURS:
        # Anyone who belonged for part of the span owes hours in proportion.
        first = judged_start(index, span)
        owing = [
            mid
            for mid, periods in index.presence.items()
            if any(overlap_days(span, max(start, first), end) for start, end in periods)
        ]
    else:
        owing = index.members_on(as_of)
    return [Instance(RuleScope.EACH_MEMBER, mid, index.name_of(mid)) for mid in owing], (
        "no_member"
    )


def _hours_due(
    rule: Rule, index: FactIndex, span: Span, member_id: int
) -> tuple[int, tuple[str, str]]:
    """The threshold in proportion to the days belonged (since the branch began keeping
    its records here), rounded UP to whole hours."""
    first = judged_start(index, span)
    present = sum(overlap_days(span, max(s, first), e) for s, e in index.presence[member_id])
    if present >= span.days:
        return rule.threshold, ("", "")
    due = int(in_proportion(rule.threshold, present, span.days))
    if first > span.start:
        return due, gaps.tracked_part_note(span, first, present, due)
    return due, gaps.part_year_note(span, present, due)


def _count(
    rule: Rule, index: FactIndex, span: Span, inst: Instance
) -> tuple[float, tuple[int, ...]]:
    """Records counting for the branch, a group or the secretary (members: `_per_member`)."""
    subject = rule.subject
    if subject == RuleSubject.MEETING:
        assert rule.meeting_kind is not None
        meetings = index.meetings[rule.meeting_kind].within(span)
        if inst.scope == RuleScope.EACH_GROUP:
            meetings = [m for m in meetings if m.group_id == inst.subject_id]
        elif inst.scope == RuleScope.SECRETARY:
            meetings = [m for m in meetings if m.lecturer_id == index.secretary_on(m.held_on)]
        return _ids(m.record_id for m in meetings)
    if subject == RuleSubject.REVIEW:
        return _ids(r.record_id for r in _reviews_in(index, span) if r.complete)
    if subject == RuleSubject.TALK:
        talks = index.talks.within(span)
        if inst.scope == RuleScope.BRANCH and rule.talk_pair is not None:
            talks = [t for t in talks if rule.talk_pair in talk_pairs(index, t)]
        elif inst.scope == RuleScope.SECRETARY:
            talks = [t for t in talks if index.secretary_on(t.held_on) in _people(t)]
        return _ids(t.record_id for t in talks)
    trainings = index.trainings.within(span)
    if rule.training_form is not None and subject == RuleSubject.TRAINING:
        trainings = [t for t in trainings if t.form == rule.training_form]
    if inst.scope == RuleScope.SECRETARY:
        pairs = [(t, dict(t.hours).get(index.secretary_on(t.held_on) or -1)) for t in trainings]
    else:
        pairs = [(t, sum(h for _, h in t.hours)) for t in trainings]
    pairs = [(t, h) for t, h in pairs if h is not None]
    evidence = tuple(t.record_id for t, _ in pairs)
    if subject == RuleSubject.STUDY_HOURS:
        return float(sum(h for _, h in pairs if h is not None)), evidence
    return len(evidence), evidence


def _per_member(rule: Rule, index: FactIndex, span: Span) -> dict[int, list[tuple[int, float]]]:
    """(record id, amount) per member for the span: 1 per meeting attended or talk taken
    part in, the hours per training."""
    grouped: dict[int, list[tuple[int, float]]] = {}

    def add(member_id: int | None, record_id: int, amount: float) -> None:
        if member_id is not None:
            grouped.setdefault(member_id, []).append((record_id, amount))

    if rule.subject == RuleSubject.MEETING:
        assert rule.meeting_kind is not None
        for m in index.meetings[rule.meeting_kind].within(span):
            for member_id in m.attendee_ids:
                add(member_id, m.record_id, 1)
    elif rule.subject == RuleSubject.TALK:
        for t in index.talks.within(span):
            for person in _people(t):
                add(person, t.record_id, 1)
    else:
        for training in index.trainings.within(span):
            if rule.subject == RuleSubject.TRAINING and rule.training_form not in (
                None,
                training.form,
            ):
                continue
            for member_id, hours in training.hours:
                amount = hours if rule.subject == RuleSubject.STUDY_HOURS else 1
                add(member_id, training.record_id, amount)
    return grouped


def talk_pairs(index: FactIndex, talk: TalkFact) -> set[PairType]:
    """The pair types a talk covers, by committee seats on its date (as `core.talks`)."""
    if talk.talker_id is None:
        return set()
    committee = index.facts.committee_on(talk.held_on)
    return set(pair_types(talk.talker_id, talk.counterpart_ids, committee))


def _people(talk: TalkFact) -> set[int | None]:
    return {talk.talker_id, *talk.counterpart_ids}


def _ids(ids: Iterable[int]) -> tuple[float, tuple[int, ...]]:
    evidence = tuple(ids)
    return len(evidence), evidence
