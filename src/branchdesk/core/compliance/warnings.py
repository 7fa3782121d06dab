"""Rules that look ahead from a day: the committee term and probation ending.

They are judged as of the window's last day, or today while the window is still running,
and give one obligation per case found (or one "met" obligation when nothing is due).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from branchdesk.core.compliance import gaps
from branchdesk.core.compliance.counting import not_applicable
from branchdesk.core.compliance.facts import FactKind
from branchdesk.core.compliance.index import FactIndex
from branchdesk.core.compliance.obligations import Obligation, ObligationStatus
from branchdesk.core.compliance.periods import Span, add_months, clamp
from branchdesk.core.compliance.rules import Rule, RuleScope
from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.members import Member
from branchdesk.core.recruiting import Stage

PROBATION_MONTHS = 12  # 党章 art. 7: one year from admission
# The record of an extension holds no length; the rule allows six months to a year, so the
# reminder assumes the shortest: better a month early than a conversion vote missed.
EXTENSION_MONTHS = 6


def conversion_due(member: Member) -> date:
    """The day probation ends: one year after admission, plus each extension."""
    extensions = sum(1 for e in member.events if e.kind == MembershipEventKind.PROBATION_EXTENDED)
    return add_months(member.joined_on, PROBATION_MONTHS + EXTENSION_MONTHS * extensions)


def term_rule(rule: Rule, index: FactIndex, window: Span) -> Iterator[Obligation]:
    terms = sorted(index.facts.terms, key=lambda t: t.starts_on)
    if not terms:
        yield not_applicable(rule, window, "no_term")
        return
    as_of = clamp(index.today, window)
    current = index.facts.term_on(as_of)
    if current is None:
        past = [t for t in terms if t.ends_on < as_of]
        if not past:
            yield not_applicable(rule, window, "no_term")
            return
        ended = past[-1]
        zh, en = gaps.term_gap(ended.ends_on, ended=True)
        yield _warning(rule, window, ObligationStatus.MISSING, ended.id, zh, en, ended.ends_on)
        return
    successor = any(t.starts_on > current.starts_on for t in terms)
    warn_from = add_months(current.ends_on, -rule.threshold)
    if successor or as_of < warn_from:
        yield _warning(rule, window, ObligationStatus.MET, current.id, "", "", current.ends_on)
        return
    zh, en = gaps.term_gap(current.ends_on, ended=False)
    yield _warning(
        rule, window, ObligationStatus.NOT_YET_DUE, current.id, zh, en, current.ends_on, True
    )


def probation_rule(rule: Rule, index: FactIndex, window: Span) -> Iterator[Obligation]:
    from branchdesk.core.recruiting_limits import probation_ends  # it imports this package

    as_of = clamp(index.today, window)
    found = False
    # The pipeline is the one source of the dates of a member who came through it.
    pipeline = {r.member_id: r for r in index.facts.recruits if r.member_id is not None}
    for member_id, member in index.members.items():
        if not index.belongs_on(member_id, as_of):
            continue
        if member.full_on is not None and member.full_on <= as_of:
            continue
        recruit = pipeline.get(member_id)
        if recruit is not None and recruit.stage != Stage.PROBATIONARY_RECRUIT:
            continue  # converted (from the day probation ends), cancelled or gone
        ends = conversion_due(member) if recruit is None else probation_ends(recruit)
        if ends is None or as_of < add_months(ends, -rule.threshold):
            continue
        found = True
        ended = ends < as_of
        extended = any(e.kind == MembershipEventKind.PROBATION_EXTENDED for e in member.events)
        extended = extended or (recruit is not None and recruit.extension_months > 0)
        zh, en = gaps.probation_gap(member.name, ends, ended, extended)
        status = ObligationStatus.MISSING if ended else ObligationStatus.NOT_YET_DUE
        yield Obligation(
            rule.id, window, RuleScope.EACH_MEMBER, status, 1, 0, (member_id,),
            FactKind.MEMBERS, zh, en, member_id, member.name, ends, not ended,
        )  # fmt: skip
    if not found:
        yield Obligation(
            rule.id, window, RuleScope.EACH_MEMBER, ObligationStatus.MET, 0, 0, (),
            FactKind.MEMBERS, "", "",
        )  # fmt: skip


def _warning(
    rule: Rule,
    window: Span,
    status: ObligationStatus,
    term_id: int | None,
    zh: str,
    en: str,
    deadline: date,
    due_soon: bool = False,
) -> Obligation:
    done = 1 if status == ObligationStatus.MET else 0
    return Obligation(
        rule.id,
        window,
        rule.scope,
        status,
        1,
        done,
        (term_id,) if term_id is not None else (),
        FactKind.COMMITTEE_TERMS,
        zh,
        en,
        deadline=deadline,
        due_soon=due_soon,
    )
