"""The compliance result as plain JSON-ready data: the documented `compliance --json` shape.

Kept in core so the CLI, tests and the report all read the same keys (docs/cli-json.md).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from branchdesk.core.compliance.obligations import ComplianceResult, Obligation, ObligationStatus
from branchdesk.core.compliance.rules import Rule

FORMAT_VERSION = 1


def result_to_dict(result: ComplianceResult) -> dict[str, Any]:
    counts = Counter(o.status.value for o in result)
    return {
        "format": FORMAT_VERSION,
        "window": {
            "key": result.window.key,
            "kind": result.window.kind.value,
            "start": result.window.start.isoformat(),
            "end": result.window.end.isoformat(),
        },
        "today": result.today.isoformat(),
        "summary": {
            **{status.value: counts.get(status.value, 0) for status in ObligationStatus},
            "overdue": sum(1 for o in result if o.overdue),
        },
        "rules": [rule_to_dict(r) for r in result.rules],
        "items": [obligation_to_dict(o) for o in ordered(result)],
    }


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name_zh": rule.name_zh,
        "name_en": rule.name_en,
        "description_zh": rule.description_zh,
        "description_en": rule.description_en,
        "basis": rule.basis,
        "subject": rule.subject.value,
        "period": rule.period.value,
        "threshold": rule.threshold,
        "unit": rule.unit.value,
        "scope": rule.scope.value,
        "meeting_kind": rule.meeting_kind.value if rule.meeting_kind else None,
        "talk_pair": rule.talk_pair.value if rule.talk_pair else None,
        "training_form": rule.training_form.value if rule.training_form else None,
        "enabled": rule.enabled,
        "is_default": rule.is_default,
    }


def obligation_to_dict(o: Obligation) -> dict[str, Any]:
    return {
        "rule_id": o.rule_id,
        "period": o.span.key,
        "period_start": o.span.start.isoformat(),
        "period_end": o.span.end.isoformat(),
        "scope": o.scope.value,
        "subject_id": o.subject_id,
        "subject_name": o.subject_name,
        "status": o.status.value,
        "overdue": o.overdue,
        "due_soon": o.due_soon,
        "deadline": o.deadline.isoformat() if o.deadline else None,
        "due": o.due,
        "done": int(o.done) if float(o.done).is_integer() else o.done,
        "evidence_type": o.evidence_type.value,
        "evidence": list(o.evidence),
        "gap_zh": o.gap_zh,
        "gap_en": o.gap_en,
        "progress": ({"graded": o.progress[0], "to_grade": o.progress[1]} if o.progress else None),
    }


_RANK = {
    ObligationStatus.MISSING: 0,
    ObligationStatus.PARTLY_MET: 0,
    ObligationStatus.NOT_YET_DUE: 2,
    ObligationStatus.NOT_EVALUABLE: 3,
    ObligationStatus.MET: 4,
    ObligationStatus.NOT_APPLICABLE: 5,
}


def attention_rank(o: Obligation) -> int:
    """0 overdue, 1 due soon, 2 still open, 3 not evaluable, 4 met, 5 not applicable."""
    return 1 if o.due_soon else _RANK[o.status]


def ordered(result: ComplianceResult) -> list[Obligation]:
    """Overdue first, then what is due soon or still open, then the rest; by date within."""
    rule_order = {r.id: i for i, r in enumerate(result.rules)}
    return sorted(
        result, key=lambda o: (attention_rank(o), o.span.start, rule_order.get(o.rule_id, 0))
    )
