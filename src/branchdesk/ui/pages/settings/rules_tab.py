"""规则: the compliance rule set — switch rules on or off, change a period or threshold,
add local rules of the same shapes, restore the defaults."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from branchdesk.core.compliance import Rule, RulePeriod, RuleScope, RuleSubject
from branchdesk.core.compliance.defaults import LOCAL as LOCAL_RULE
from branchdesk.core.compliance.rules import allowed_scopes
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.training import TrainingForm
from branchdesk.ui.forms.ui_rules_tab import Ui_RulesTab
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.record_table import Column, RecordTableModel
from branchdesk.ui.pages.settings.inline_table import InlineTable
from branchdesk.ui.ports import RuleSet
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate

Index = QModelIndex | QPersistentModelIndex
# What a rule counts, as one choice: a kind of meeting, or another record family.
Counted = tuple[RuleSubject, MeetingKind | None, TrainingForm | None]
_COUNTED: list[Counted] = [
    *((RuleSubject.MEETING, kind, None) for kind in MeetingKind),
    (RuleSubject.REVIEW, None, None),
    (RuleSubject.TALK, None, None),
    (RuleSubject.TRAINING, None, TrainingForm.CENTRALISED),
    (RuleSubject.TRAINING, None, None),
    (RuleSubject.STUDY_HOURS, None, None),
]
# A default rule keeps its shape: only these columns change it.
_DEFAULT_EDITABLE = frozenset({"enabled", "period", "threshold"})


def counted_of(rule: Rule) -> Counted:
    return (rule.subject, rule.meeting_kind, rule.training_form)


def counted_label(counted: Counted) -> str:
    subject, kind, form = counted
    language = label_language()
    if kind is not None:
        return label(kind, language)
    if form is not None:
        return label(form, language)
    return label(subject, language)


def _with_counted(rule: Rule, value: Any) -> Rule:
    subject, kind, form = value
    scope = rule.scope if rule.scope in allowed_scopes(subject) else RuleScope.BRANCH
    return dataclasses.replace(
        rule, subject=subject, meeting_kind=kind, training_form=form, scope=scope
    )


def _with_threshold(rule: Rule, value: Any) -> Rule:
    try:
        return dataclasses.replace(rule, threshold=int(str(value).strip()))
    except ValueError:
        return rule


def _basis_text(rule: Rule) -> str:
    if rule.basis == LOCAL_RULE:
        return QCoreApplication.translate("RulesTab", "local rule")
    return rule.basis


class RulesModel(RecordTableModel[Rule]):
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        key = self._columns[index.column()].key if index.isValid() else ""
        if (
            index.isValid()
            and self.record(index.row()).is_default
            and key not in (_DEFAULT_EDITABLE)
        ):
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags


def _columns() -> list[Column[Rule]]:
    language = label_language()
    return [
        Column(
            "enabled",
            QT_TRANSLATE_NOOP("RulesTab", "In use"),
            lambda r: "✓" if r.enabled else "—",
            edit=lambda r, v: dataclasses.replace(r, enabled=bool(v)),
            edit_value=lambda r: r.enabled,
        ),
        Column(
            "name",
            QT_TRANSLATE_NOOP("RulesTab", "Rule"),
            lambda r: r.name_zh if language == "zh" else r.name_en,
            edit=lambda r, v: dataclasses.replace(r, name_zh=str(v), name_en=str(v)),
            tooltip=lambda r: r.description_zh if language == "zh" else r.description_en,
        ),
        Column(
            "counted",
            QT_TRANSLATE_NOOP("RulesTab", "Counts"),
            lambda r: counted_label(counted_of(r)),
            edit=_with_counted,
            edit_value=counted_of,
        ),
        Column(
            "scope",
            QT_TRANSLATE_NOOP("RulesTab", "For"),
            lambda r: label(r.scope, language),
            edit=lambda r, v: dataclasses.replace(r, scope=v),
            edit_value=lambda r: r.scope,
        ),
        Column(
            "period",
            QT_TRANSLATE_NOOP("RulesTab", "Period"),
            lambda r: label(r.period, language),
            edit=lambda r, v: dataclasses.replace(r, period=v),
            edit_value=lambda r: r.period,
        ),
        Column(
            "threshold",
            QT_TRANSLATE_NOOP("RulesTab", "At least"),
            lambda r: f"{r.threshold} {label(r.unit, language)}",
            edit=_with_threshold,
            edit_value=lambda r: str(r.threshold),
            align_right=True,
        ),
        Column(
            "basis",
            QT_TRANSLATE_NOOP("RulesTab", "Basis"),
            _basis_text,
            edit=lambda r, v: dataclasses.replace(r, basis=str(v)),
            tooltip=_basis_text,
        ),
    ]


class RulesTab(QWidget):
    def __init__(self, rules: RuleSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self.ui = Ui_RulesTab()
        self.ui.setupUi(self)
        self.model = RulesModel(_columns(), "RulesTab", self)
        view = self.ui.ruleTable
        language = label_language()
        self._delegates = {
            "enabled": ChoiceDelegate(
                lambda: [(self.tr("On"), True), (self.tr("Off"), False)], self
            ),
            "counted": ChoiceDelegate(lambda: [(counted_label(c), c) for c in _COUNTED], self),
            "scope": ChoiceDelegate(self._scope_choices, self),
            "period": ChoiceDelegate(lambda: [(label(p, language), p) for p in RulePeriod], self),
        }
        for key, delegate in self._delegates.items():
            view.setItemDelegateForColumn(self.model.column_of(key), delegate)
        self.table = InlineTable(
            owner=self,
            view=view,
            model=self.model,
            error_label=self.ui.errorLabel,
            add_button=self.ui.addButton,
            remove_button=self.ui.removeButton,
            save_button=self.ui.saveButton,
            load=rules.all,
            save=rules.save,
            create=self._new_rule,
            remove=lambda rule: self._rules.delete_local(rule.id),
            refuse_removal=self._refuse_removal,
            question=self.tr("The rules have changes that are not saved yet. Save them?"),
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.restoreButton.clicked.connect(self.restore_defaults)

    def _scope_choices(self) -> list[tuple[str, RuleScope]]:
        index = self.ui.ruleTable.currentIndex()
        subject = self.model.record(index.row()).subject if index.isValid() else None
        scopes = allowed_scopes(subject) if subject is not None else frozenset(RuleScope)
        return [(label(s, label_language()), s) for s in RuleScope if s in scopes]

    def _new_rule(self) -> Rule:
        name = self.tr("New rule")
        rule_id = self._rules.new_local_id(r.id for r in self.model.records())  # unsaved too
        return Rule(
            rule_id, RuleSubject.MEETING, RulePeriod.YEAR, 1,
            RuleScope.BRANCH, name, name, "", "", LOCAL_RULE,
            meeting_kind=MeetingKind.THEME_DAY,
        )  # fmt: skip

    def _refuse_removal(self, rule: Rule) -> str:
        return (
            self.tr("A default rule cannot be deleted; switch it off.") if rule.is_default else ""
        )

    def has_unsaved_changes(self) -> bool:
        return self.table.has_unsaved_changes()

    def may_close(self) -> bool:
        return self.table.may_leave()

    def restore_defaults(self) -> None:
        if not self.may_close():  # edits not saved yet are asked about first
            return
        self._rules.restore_defaults()
        self.ui.errorLabel.setText("")
        self.table.reload()
