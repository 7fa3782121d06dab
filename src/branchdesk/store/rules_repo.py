"""The compliance rule set as the user keeps it: the defaults with their edits, and local rules.

A default rule is stored only once the user edits it, and only its editable parts (enabled,
threshold, period) are taken from the row; its wording and basis come from the shipped
defaults. A local rule is stored whole. Restoring the defaults deletes the edits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from branchdesk.core.compliance import (
    DEFAULT_RULES,
    Rule,
    RulePeriod,
    default_rule,
    validate_rule,
)
from branchdesk.core.compliance.rules import DEFAULT_ID_TAKEN
from branchdesk.core.validation import FieldError, ValidationError
from branchdesk.store.connection import Database
from branchdesk.store.convert import now_stamp
from branchdesk.store.errors import NotFoundError
from branchdesk.store.row_mapping import RowMap

LOCAL_PREFIX = "local_"
RULES = RowMap(Rule)


class RuleSetRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Rule]:
        """The defaults in their shipped order (with the user's edits), then local rules."""
        rows = {
            row["id"]: row
            for row in self._db.rows(
                f"SELECT {RULES.select_list} FROM compliance_rules ORDER BY position, id"
            )
        }
        rules = [_edited(r, rows.get(r.id)) for r in DEFAULT_RULES]
        rules.extend(RULES.record(row) for row in rows.values() if not row["is_default"])
        return rules

    def get(self, rule_id: str) -> Rule:
        for rule in self.all():
            if rule.id == rule_id:
                return rule
        raise NotFoundError("compliance rule", rule_id)

    def save(self, rule: Rule) -> Rule:
        """Store an edit of a default rule, or a local rule (new or changed)."""
        default = default_rule(rule.id)
        if default is not None:
            # Only the editable parts of a default change; its shape stays the shipped one.
            rule = default.with_changes(
                enabled=rule.enabled, threshold=rule.threshold, period=rule.period
            )
        elif rule.is_default:
            raise ValidationError([FieldError("id", DEFAULT_ID_TAKEN)])
        errors = validate_rule(rule)
        if errors:
            raise ValidationError(errors)
        with self._db.atomic():
            values = {
                "id": rule.id,
                **RULES.values(rule),
                "position": self._position_of(rule.id),
                "updated_at": now_stamp(),
            }
            self._db.execute(
                f"INSERT OR REPLACE INTO compliance_rules ({', '.join(values)}) "
                f"VALUES ({', '.join('?' for _ in values)})",
                list(values.values()),
            )
        return rule

    def new_local_id(self, also_taken: Iterable[str] = ()) -> str:
        """A free id for a local rule; *also_taken*: ids of rules added but not saved yet."""
        taken = {r.id for r in self.all()} | set(also_taken)
        number = 1
        while f"{LOCAL_PREFIX}{number}" in taken:
            number += 1
        return f"{LOCAL_PREFIX}{number}"

    def delete_local(self, rule_id: str) -> None:
        if default_rule(rule_id) is not None:
            raise ValueError(f"{rule_id} is a default rule: disable it instead")
        with self._db.atomic():
            cursor = self._db.execute("DELETE FROM compliance_rules WHERE id = ?", [rule_id])
            if cursor.rowcount == 0:
                raise NotFoundError("compliance rule", rule_id)

    def restore_defaults(self) -> None:
        """Undo every edit of a default rule; local rules stay."""
        with self._db.atomic():
            self._db.execute("DELETE FROM compliance_rules WHERE is_default = 1")

    def _position_of(self, rule_id: str) -> int:
        row = self._db.execute(
            "SELECT position FROM compliance_rules WHERE id = ?", [rule_id]
        ).fetchone()
        if row is not None:
            return int(row[0])
        top = self._db.execute("SELECT max(position) FROM compliance_rules").fetchone()[0]
        return int(top or 0) + 1


def _edited(default: Rule, row: Any) -> Rule:
    if row is None:
        return default
    return default.with_changes(
        enabled=bool(row["enabled"]),
        threshold=int(row["threshold"]),
        period=RulePeriod(row["period"]),
    )
