from dataclasses import replace

from branchdesk.core.compliance import (
    DEFAULT_RULES,
    FactKind,
    RuleScope,
    RuleSubject,
    validate_rule,
)
from branchdesk.core.compliance.export import rule_to_dict
from branchdesk.core.labels import label
from branchdesk.core.meetings import MeetingKind
from tests.core.compliance_kit import facts, rule, run

EXPECTED_IDS = {
    "general_meeting", "committee_meeting", "group_meeting", "lesson", "secretary_lesson",
    "theme_day", "org_life_meeting", "democratic_review", "talk_committee_committee",
    "talk_committee_member", "talk_member_member", "talk_each_member", "study_hours",
    "secretary_training", "committee_term", "probation_end",
    "dues_unpaid_warning", "dues_unpaid_alert", "org_life_absent_warning", "org_life_absent_alert",
}  # fmt: skip
# The recruiting time limits (发展党员), each a rule of its own subject.
RECRUITING_IDS = {
    "recruit_talk", "recruit_activist_time", "recruit_assessment", "recruit_training",
    "recruit_notice", "recruit_approval",
}  # fmt: skip


def test_defaults_cover_the_rule_table_are_valid_unique_and_described_in_two_languages() -> None:
    ids = [r.id for r in DEFAULT_RULES]
    assert set(ids) >= EXPECTED_IDS | RECRUITING_IDS and len(ids) == len(set(ids))
    for r in DEFAULT_RULES:
        assert validate_rule(r) == [], r.id
        assert r.is_default and r.enabled and r.basis
        assert r.description_zh and r.description_en and r.name_zh and r.name_en
    assert rule("study_hours").threshold == 32
    assert rule("committee_meeting").scope == RuleScope.COMMITTEE


def test_validation_refuses_shapes_the_engine_cannot_count() -> None:
    bad = replace(rule("democratic_review"), scope=RuleScope.EACH_GROUP, threshold=0)
    assert {e.field for e in validate_rule(bad)} == {"scope", "threshold"}
    no_kind = replace(rule("theme_day"), meeting_kind=None, id="Local 1")
    assert {e.field for e in validate_rule(no_kind)} == {"meeting_kind", "id"}
    hours = replace(rule("study_hours"), threshold=1001)
    assert validate_rule(hours)[0].params == {"top": "1000"}


def test_labels_of_enums_sharing_a_value_do_not_collide() -> None:
    assert label(RuleScope.COMMITTEE) == "支委会（已设立时）"
    assert label(MeetingKind.COMMITTEE) == "支部委员会会议"
    assert label(RuleSubject.MEETING, "en") == "Meetings"


def test_every_default_rule_gives_a_status_for_a_year() -> None:
    result = run(facts())
    assert {o.rule_id for o in result} == {r.id for r in DEFAULT_RULES}
    assert {o.rule_id for o in result} >= EXPECTED_IDS | RECRUITING_IDS


def test_stored_and_json_values_of_the_counted_kinds_are_unchanged() -> None:
    """The rules table and `compliance --json` hold these strings: one vocabulary must not
    change them (docs/cli-json.md)."""
    rules = [rule_to_dict(r) for r in DEFAULT_RULES]
    assert {r["meeting_kind"] for r in rules} - {None} == {
        "general", "committee", "group", "lesson", "theme_day", "org_life"
    }  # fmt: skip
    assert {r["talk_pair"] for r in rules} - {None} == {
        "committee_committee", "committee_member", "member_member"
    }  # fmt: skip
    assert {r["training_form"] for r in rules} - {None} == {"centralised"}
    # Kinds may be added (dues, the recruiting pipeline); those written before stay as they were.
    assert {"meetings", "talks", "trainings", "reviews", "members", "committee_terms"} <= {
        k.value for k in FactKind
    }
