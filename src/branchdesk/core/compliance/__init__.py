"""Compliance: the editable rule set and the engine that says what is due and overdue.

Import from here: `evaluate`, the rule and fact types, `DEFAULT_RULES`, `window`.
"""

from branchdesk.core.compliance.defaults import DEFAULT_RULES, default_rule
from branchdesk.core.compliance.engine import evaluate
from branchdesk.core.compliance.facts import (
    ComplianceFacts,
    FactKind,
    MeetingFact,
    ReviewFact,
    TalkFact,
    TrainingFact,
)
from branchdesk.core.compliance.obligations import (
    ComplianceResult,
    Obligation,
    ObligationStatus,
    RuleSummary,
)
from branchdesk.core.compliance.periods import RulePeriod, Span, span_of, window
from branchdesk.core.compliance.rules import (
    Rule,
    RuleScope,
    RuleSubject,
    Unit,
    validate_rule,
)

__all__ = [
    "DEFAULT_RULES",
    "ComplianceFacts",
    "ComplianceResult",
    "FactKind",
    "MeetingFact",
    "Obligation",
    "ObligationStatus",
    "ReviewFact",
    "Rule",
    "RulePeriod",
    "RuleScope",
    "RuleSubject",
    "RuleSummary",
    "Span",
    "TalkFact",
    "TrainingFact",
    "Unit",
    "default_rule",
    "evaluate",
    "span_of",
    "validate_rule",
    "window",
]
