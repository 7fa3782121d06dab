"""The 概览 judges its four windows on one FactIndex (and what it works out once: runs of
absent or unpaid months, each person's steps as of a day); the figures are exactly those of
judging each window on its own, as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from branchdesk.core.compliance.dashboard import _within, build_dashboard
from branchdesk.core.compliance.engine import evaluate
from branchdesk.core.compliance.index import FactIndex
from branchdesk.core.compliance.periods import RulePeriod, span_of, window
from branchdesk.core.compliance.rules import RECRUIT_SUBJECTS, SIX_MONTH_SUBJECTS
from branchdesk.store.compliance_facts import load_facts
from branchdesk.workspace import Workspace


def test_one_index_for_four_windows_judges_as_four_apart(
    demo_workspace: Workspace, today: date
) -> None:
    rules = demo_workspace.rules.all()
    for day in (today, today - timedelta(days=200), date(today.year, 1, 1)):
        facts = load_facts(demo_workspace.db, day.year - 1, day.year)
        board = build_dashboard(facts, rules, day)
        apart = (  # each window on an index of its own, as before the index was shared
            evaluate(facts, rules, window(day.year), day),
            evaluate(facts, rules, window(day.year - 1), day),
            _within(evaluate(facts, rules, span_of(RulePeriod.QUARTER, day), day)),
            _within(evaluate(facts, rules, span_of(RulePeriod.MONTH, day), day)),
        )
        assert (board.year, board.last_year, board.quarter, board.month) == apart
        # The demo has what the shared work feeds: a six-month run, a recruit's next step.
        subject = {r.id: r.subject for r in rules}
        named = {subject[o.rule_id] for o in board.year if o.subject_id is not None}
        if day == today:
            assert named & {*SIX_MONTH_SUBJECTS} and named & {*RECRUIT_SUBJECTS}


def test_an_index_of_another_day_is_not_used(demo_workspace: Workspace, today: date) -> None:
    facts = load_facts(demo_workspace.db, today.year)
    rules = demo_workspace.rules.all()
    stale = FactIndex(facts, today - timedelta(days=40))
    judged = evaluate(facts, rules, window(today.year), today, stale)
    assert judged == evaluate(facts, rules, window(today.year), today)


def test_a_rule_changed_on_the_same_index_is_counted_anew(
    demo_workspace: Workspace, today: date
) -> None:
    """What the index keeps is keyed by the rule's value: a rule set changed between two
    windows judged on one index is judged as changed, not as remembered."""
    facts = load_facts(demo_workspace.db, today.year)
    rules = demo_workspace.rules.all()
    index = FactIndex(facts, today)
    evaluate(facts, rules, window(today.year), today, index)
    stricter = tuple(replace(r, threshold=r.threshold + 5) for r in rules)
    again = evaluate(facts, stricter, window(today.year), today, index)
    assert again == evaluate(facts, stricter, window(today.year), today)
    assert again != evaluate(facts, rules, window(today.year), today)
