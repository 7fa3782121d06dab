from dataclasses import replace

import pytest

from branchdesk.core.compliance import DEFAULT_RULES, Rule, RulePeriod, RuleScope, RuleSubject
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.validation import ValidationError
from branchdesk.store.errors import NotFoundError
from branchdesk.workspace import Workspace


def _local(rule_id: str) -> Rule:
    return Rule(
        rule_id, RuleSubject.MEETING, RulePeriod.YEAR, 6, RuleScope.EACH_MEMBER,
        "参加主题党日", "Theme days attended", "每名党员每年参加主题党日不少于6次",
        "Each member attends at least 6 theme days a year", "local rule",
        meeting_kind=MeetingKind.THEME_DAY,
    )  # fmt: skip


def test_a_new_file_holds_the_defaults(workspace: Workspace) -> None:
    assert workspace.rules.all() == list(DEFAULT_RULES)


def test_editing_a_default_keeps_its_shape_and_survives_reopening(workspace: Workspace) -> None:
    edited = workspace.rules.get("theme_day").with_changes(
        enabled=False, threshold=2, period=RulePeriod.QUARTER
    )
    # Even if a caller changed the wording or scope, a default keeps its shipped shape.
    workspace.rules.save(replace(edited, name_zh="改名", scope=RuleScope.EACH_GROUP))
    path = workspace.data_dir
    workspace.close()
    with Workspace.open(path) as ws:
        rule = ws.rules.get("theme_day")
        assert (rule.enabled, rule.threshold, rule.period) == (False, 2, RulePeriod.QUARTER)
        assert rule.name_zh == "主题党日" and rule.scope == RuleScope.BRANCH
        assert [r.id for r in ws.rules.all()] == [r.id for r in DEFAULT_RULES]


def test_local_rules_are_added_listed_after_defaults_edited_and_deleted(
    workspace: Workspace,
) -> None:
    repo = workspace.rules
    first = repo.save(_local(repo.new_local_id()))
    assert first.id == "local_1" and repo.new_local_id() == "local_2"
    second = repo.save(replace(_local("local_2"), threshold=4))
    assert [r.id for r in repo.all()][-2:] == ["local_1", "local_2"]
    repo.save(replace(second, enabled=False, name_zh="主题党日参加次数"))
    assert repo.get("local_2").name_zh == "主题党日参加次数" and not repo.get("local_2").enabled
    repo.delete_local("local_1")
    assert [r.id for r in repo.all()][-1] == "local_2"
    with pytest.raises(NotFoundError):
        repo.delete_local("local_1")
    with pytest.raises(ValueError):
        repo.delete_local("theme_day")


def test_invalid_rules_are_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as info:
        workspace.rules.save(replace(_local("local_1"), scope=RuleScope.EACH_GROUP, threshold=0))
    assert {e.field for e in info.value.errors} == {"threshold"}  # meetings may be per group
    with pytest.raises(ValidationError):
        workspace.rules.save(replace(_local("local_1"), subject=RuleSubject.REVIEW))
    with pytest.raises(ValidationError):
        workspace.rules.save(replace(_local("nope"), id="general_meeting_x", is_default=True))


def test_restore_defaults_undoes_edits_and_keeps_local_rules(workspace: Workspace) -> None:
    repo = workspace.rules
    repo.save(repo.get("study_hours").with_changes(threshold=40))
    repo.save(_local("local_1"))
    repo.restore_defaults()
    assert repo.get("study_hours").threshold == 32
    assert [r.id for r in repo.all()] == [*(r.id for r in DEFAULT_RULES), "local_1"]
