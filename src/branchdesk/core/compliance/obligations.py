"""What the engine returns: one obligation per rule, span and scope instance, with status."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from branchdesk.core.compliance.facts import FactKind
from branchdesk.core.compliance.periods import Span
from branchdesk.core.compliance.rules import Rule, RuleScope
from branchdesk.core.labels import register_labels


class ObligationStatus(StrEnum):
    MET = "met"  # done ≥ due
    PARTLY_MET = "partly_met"  # the span has ended with 0 < done < due
    MISSING = "missing"  # the span has ended with nothing done (or a deadline has passed)
    NOT_YET_DUE = "not_yet_due"  # the span has not ended (or lies ahead): still time
    NOT_APPLICABLE = "not_applicable"  # no one owes it (no committee, no group, no one due)
    NOT_EVALUABLE = "not_evaluable"  # the records it needs are not kept yet


register_labels(
    {
        ObligationStatus.MET: ("Met", "已完成"),
        ObligationStatus.PARTLY_MET: ("Partly met", "部分完成"),
        ObligationStatus.MISSING: ("Missing", "未完成"),
        ObligationStatus.NOT_YET_DUE: ("Not yet due", "未到期"),
        ObligationStatus.NOT_APPLICABLE: ("Not applicable", "不适用"),
        ObligationStatus.NOT_EVALUABLE: ("Not evaluable", "无法评估"),
    }
)


@dataclass(frozen=True)
class Obligation:
    """One thing owed: *due* of the rule's unit within *span*, for one scope instance.

    `done` is what the records show, not capped at `due` (three committee meetings in a
    month count 3). `evidence` are the ids of the records of `evidence_type` that count.
    """

    rule_id: str
    span: Span
    scope: RuleScope
    status: ObligationStatus
    due: int  # whole units: study hours due are rounded up
    done: float  # int for counts; hours may be fractional
    evidence: tuple[int, ...]
    evidence_type: FactKind
    gap_zh: str  # "" when met
    gap_en: str
    subject_id: int | None = None  # the group or member this instance is for
    subject_name: str = ""
    deadline: date | None = None  # warning rules: the day the term or probation ends
    due_soon: bool = False  # warning rules: within the warning window
    # The democratic review: (graded, to_grade) of a round begun but not finished.
    progress: tuple[int, int] | None = None

    @property
    def overdue(self) -> bool:
        """The span has ended (or the deadline passed) and the obligation is not met."""
        return self.status in (ObligationStatus.MISSING, ObligationStatus.PARTLY_MET)

    @property
    def needs_attention(self) -> bool:
        return self.overdue or self.due_soon or self.status == ObligationStatus.NOT_YET_DUE


@dataclass(frozen=True)
class RuleSummary:
    rule: Rule
    met: int
    overdue: int
    open: int  # not yet due
    due: int
    done: float


@dataclass(frozen=True)
class ComplianceResult:
    window: Span
    today: date
    rules: tuple[Rule, ...]  # the enabled rules evaluated, in rule-set order
    obligations: tuple[Obligation, ...] = field(default=())

    def __iter__(self) -> Iterator[Obligation]:
        return iter(self.obligations)

    def for_rule(self, rule_id: str) -> list[Obligation]:
        return [o for o in self.obligations if o.rule_id == rule_id]

    def overdue(self) -> list[Obligation]:
        return [o for o in self.obligations if o.overdue]

    def held_vs_due(self, rule_id: str, start: date, end: date) -> tuple[float, int]:
        """(done, due) summed over the rule's obligations whose span lies in [start, end].

        For the report's "held / due" figures: e.g. committee meetings in Q3 sums the three
        monthly obligations. Not-applicable and not-evaluable instances add nothing.
        """
        done, due = 0.0, 0
        for o in _counted(self.for_rule(rule_id)):
            if start <= o.span.start and o.span.end <= end:
                done += o.done
                due += o.due
        return done, due

    def summaries(self) -> list[RuleSummary]:
        out: list[RuleSummary] = []
        for rule in self.rules:
            items = self.for_rule(rule.id)
            counted = list(_counted(items))
            out.append(
                RuleSummary(
                    rule,
                    met=sum(1 for o in items if o.status == ObligationStatus.MET),
                    overdue=sum(1 for o in items if o.overdue),
                    open=sum(1 for o in items if o.status == ObligationStatus.NOT_YET_DUE),
                    due=sum(o.due for o in counted),
                    done=sum(o.done for o in counted),
                )
            )
        return out


def _counted(items: Iterable[Obligation]) -> Iterator[Obligation]:
    skip = (ObligationStatus.NOT_APPLICABLE, ObligationStatus.NOT_EVALUABLE)
    return (o for o in items if o.status not in skip)
