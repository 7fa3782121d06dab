"""The compliance engine: rules + facts + a window + today → every obligation, with status.

Plain Python: no database, no Qt. The workspace maps the records into `ComplianceFacts`;
the dashboard, the CLI and the annual report read the same `ComplianceResult`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from branchdesk.core.compliance import gaps
from branchdesk.core.compliance.counting import count_rule
from branchdesk.core.compliance.facts import SUBJECT_FACTS, ComplianceFacts
from branchdesk.core.compliance.index import FactIndex
from branchdesk.core.compliance.obligations import (
    ComplianceResult,
    Obligation,
    ObligationStatus,
)
from branchdesk.core.compliance.periods import Span
from branchdesk.core.compliance.rules import RECRUIT_SUBJECTS, SIX_MONTH_SUBJECTS, Rule, RuleSubject
from branchdesk.core.compliance.six_months import six_month_rule
from branchdesk.core.compliance.warnings import probation_rule, term_rule


def evaluate(
    facts: ComplianceFacts,
    rules: Iterable[Rule],
    window: Span,
    today: date,
    index: FactIndex | None = None,
) -> ComplianceResult:
    """Every obligation of every enabled rule within *window*, judged on *today*.

    A rule whose period is finer than the window gives one obligation per span inside it
    (a monthly rule over a year: twelve); a coarser one gives its enclosing span (a yearly
    rule seen from October: the year).

    *index*, when given, is `FactIndex(facts, today)` already built: several windows judged
    on the same facts and day (the 概览's four) share it and what it has worked out.
    """
    enabled = tuple(r for r in rules if r.enabled)
    if index is None or index.facts is not facts or index.today != today:
        index = FactIndex(facts, today)
    obligations: list[Obligation] = []
    for rule in enabled:
        if rule.subject in SIX_MONTH_SUBJECTS and _evaluable(rule, index):
            obligations.extend(six_month_rule(rule, index, window, enabled))
            continue
        obligations.extend(_evaluate_rule(rule, index, window))
    return ComplianceResult(window, today, enabled, tuple(obligations))


def _evaluable(rule: Rule, index: FactIndex) -> bool:
    return SUBJECT_FACTS[rule.subject] in index.facts.available


def _evaluate_rule(rule: Rule, index: FactIndex, window: Span) -> Iterator[Obligation]:
    spans = window.parts(rule.period)
    if SUBJECT_FACTS[rule.subject] not in index.facts.available:
        # Never a guess: a family of records the workspace cannot read yet is reported so.
        zh, en = gaps.not_evaluable_gap(rule)
        span = window if len(spans) > 1 else spans[0]
        yield Obligation(
            rule.id, span, rule.scope, ObligationStatus.NOT_EVALUABLE, rule.threshold, 0, (),
            SUBJECT_FACTS[rule.subject], zh, en,
        )  # fmt: skip
        return
    if rule.subject == RuleSubject.TERM_END:
        yield from term_rule(rule, index, window)
        return
    if rule.subject == RuleSubject.PROBATION_END:
        yield from probation_rule(rule, index, window)
        return
    if rule.subject in RECRUIT_SUBJECTS:
        # Imported here: the pipeline's modules import this package's rules and periods.
        from branchdesk.core.compliance.recruiting import recruit_rule

        yield from recruit_rule(rule, index, window)
        return
    found = [o for span in spans for o in _counted(rule, index, span)]
    owed = [o for o in found if o.status != ObligationStatus.NOT_APPLICABLE]
    if owed:
        # Months before a group was created, or without a committee, owe nothing: omit them.
        yield from owed
    else:
        # Nobody owes it in the whole window: say so once, for the window.
        yield replace(found[0], span=window)


def _counted(rule: Rule, index: FactIndex, span: Span) -> tuple[Obligation, ...]:
    """`count_rule` of *span*, once per index: the 概览's quarter and month are spans its
    year has counted already (the rule itself, by value, is part of the key)."""
    key = (rule, span)
    found = index.counts.get(key)
    if found is None:
        found = index.counts[key] = tuple(count_rule(rule, index, span))
    return found
