"""党章 第九条: 3 months a warning, 6 an alert — dues unpaid and no organisational life."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from branchdesk.core.compliance import (
    ComplianceFacts,
    Obligation,
    ObligationStatus,
    RuleSubject,
)
from branchdesk.core.dues import DuesBase, DuesPayment
from branchdesk.core.dues_ledger import DuesBook
from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.members import MembershipEvent
from tests.core.compliance_kit import facts, meeting, member, rule, run

DUES_RULES = [rule("dues_unpaid_warning"), rule("dues_unpaid_alert")]
LIFE_RULES = [rule("org_life_absent_warning"), rule("org_life_absent_alert")]
EVERYONE = frozenset(range(1, 8))


def reminders(f: ComplianceFacts, rules: list, today: date) -> list[Obligation]:  # type: ignore[type-arg]
    result = run(f, rules, year=today.year, today=today)
    return [o for o in result if o.subject_id == 1]


def dues_facts(*, quarterly: bool = False, paid: tuple[str, ...] = ()) -> ComplianceFacts:
    bases = tuple(DuesBase(m, date(2026, 1, 1), base_fen=450_000, quarterly=quarterly and m == 1)
                  for m in range(1, 8))  # fmt: skip
    # Everyone else is paid up all year, so only member 1 is reminded.
    year = tuple(f"2026-{m:02d}" for m in range(1, 13))
    payments = tuple(DuesPayment(m, date(2026, 1, 5), 54_000, year) for m in range(2, 8))
    if paid:
        payments += (DuesPayment(1, date(2026, 1, 5), 4500 * len(paid), paid),)
    return facts(dues=DuesBook(bases, payments))


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 3, 1), None),  # January and February: 2 months
        (date(2026, 3, 31), None),  # March has not ended
        (date(2026, 4, 1), ("dues_unpaid_warning", ObligationStatus.NOT_YET_DUE, 3)),
        (date(2026, 6, 30), ("dues_unpaid_warning", ObligationStatus.NOT_YET_DUE, 5)),
        (date(2026, 7, 1), ("dues_unpaid_alert", ObligationStatus.MISSING, 6)),
    ],
)
def test_dues_unpaid_at_the_edges(today: date, expected: tuple[str, str, int] | None) -> None:
    found = reminders(dues_facts(), DUES_RULES, today)
    if expected is None:
        assert found == []
        return
    (only,) = found
    assert (only.rule_id, only.status, only.done) == expected
    assert only.due == 6  # months in a row that make the alert: a warning reads 5 / 6
    assert only.due_soon is (expected[1] == ObligationStatus.NOT_YET_DUE)
    assert only.deadline == date(2026, 1, 1)  # the first unpaid month
    assert "张" not in only.gap_zh and "党员1" in only.gap_zh
    if only.rule_id == "dues_unpaid_alert":
        assert "党章第九条" in only.gap_zh and "第九条" in rule("dues_unpaid_alert").basis


def test_a_payment_ends_the_run() -> None:
    found = reminders(dues_facts(paid=("2026-02",)), DUES_RULES, date(2026, 7, 1))
    (only,) = found
    assert (only.rule_id, only.done) == ("dues_unpaid_warning", 4)  # March to June


def test_a_quarterly_payer_is_not_in_arrears_inside_the_quarter() -> None:
    f = dues_facts(quarterly=True, paid=("2026-01", "2026-02", "2026-03"))
    assert reminders(f, DUES_RULES, date(2026, 6, 30)) == []  # April, May, June: Q2 runs
    (only,) = reminders(f, DUES_RULES, date(2026, 7, 1))
    assert only.done == 3
    unpaid = dues_facts(quarterly=True)
    (only,) = reminders(unpaid, DUES_RULES, date(2026, 6, 30))
    assert only.done == 3  # only the first quarter has fallen due


def test_no_dues_reminder_after_a_transfer_out_or_before_a_tracking_start() -> None:
    f = dues_facts()
    later = replace(f, tracking_from=date(2026, 3, 1))
    (only,) = reminders(later, DUES_RULES, date(2026, 7, 1))
    assert only.done == 4  # March to June
    out = MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, date(2026, 5, 10))
    gone = replace(f, members=(member(1, events=[out]), *f.members[1:]))
    assert reminders(gone, DUES_RULES, date(2026, 7, 1)) == []


def life_facts(months: list[int], *, leave_in: int | None = None) -> ComplianceFacts:
    """A theme day in each of *months*; member 1 due at every one and present at none
    (on leave with a reason in *leave_in*); everyone else present."""
    meetings = [
        meeting(
            i, MeetingKind.THEME_DAY, date(2026, m, 10),
            expected_ids=EVERYONE, attendee_ids=EVERYONE - {1},
            excused_ids=frozenset({1}) if m == leave_in else frozenset(),
        )
        for i, m in enumerate(months, start=1)
    ]  # fmt: skip
    return facts(meetings=meetings)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 3, 1), None),
        (date(2026, 4, 1), ("org_life_absent_warning", ObligationStatus.NOT_YET_DUE, 3)),
        (date(2026, 6, 30), ("org_life_absent_warning", ObligationStatus.NOT_YET_DUE, 5)),
        (date(2026, 7, 1), ("org_life_absent_alert", ObligationStatus.MISSING, 6)),
    ],
)
def test_no_organisational_life_at_the_edges(
    today: date, expected: tuple[str, str, int] | None
) -> None:
    found = reminders(life_facts(list(range(1, 13))), LIFE_RULES, today)
    if expected is None:
        assert found == []
        return
    (only,) = found
    assert (only.rule_id, only.status, only.done) == expected
    assert only.evidence_type.value == "meetings"


def test_leave_with_a_reason_is_excused() -> None:
    f = life_facts(list(range(1, 13)), leave_in=3)
    (only,) = reminders(f, LIFE_RULES, date(2026, 7, 1))
    assert only.done == 3  # April to June: March was excused


def test_months_with_no_meeting_due_are_not_counted() -> None:
    assert reminders(facts(meetings=[]), LIFE_RULES, date(2026, 7, 1)) == []
    (only,) = reminders(life_facts([1, 2, 4, 5, 6]), LIFE_RULES, date(2026, 7, 1))
    assert (only.rule_id, only.done) == ("org_life_absent_warning", 5)  # March passed over
    other_group = [
        meeting(1, MeetingKind.GROUP, date(2026, m, 3), expected_ids=frozenset({2}))
        for m in range(1, 7)
    ]
    assert reminders(facts(meetings=other_group), LIFE_RULES, date(2026, 7, 1)) == []


def test_the_rules_read_as_months_in_a_row_and_cite_article_nine() -> None:
    alert = rule("org_life_absent_alert")
    assert alert.subject == RuleSubject.ORG_LIFE_ABSENT and alert.threshold == 6
    assert "第九条" in alert.basis and alert.is_warning


def test_record_now_drafts_a_back_payment_or_a_warning_talk() -> None:
    from branchdesk.core.attendance import Roster
    from branchdesk.core.compliance.six_month_drafts import record_draft
    from branchdesk.core.talks import Talk, TalkKind
    from tests.core.compliance_kit import STANDARD_MEMBERS, STANDARD_TERM

    today = date(2026, 5, 1)
    roster = Roster.of(STANDARD_MEMBERS, (STANDARD_TERM,))
    f = dues_facts()
    (dues,) = reminders(f, DUES_RULES, today)
    draft = record_draft(dues, rule(dues.rule_id), roster, lambda: f.dues, today)
    assert draft is not None and draft.record_type == "dues_payments"
    payment = draft.record
    assert isinstance(payment, DuesPayment)
    assert payment.months == ("2026-01", "2026-02", "2026-03", "2026-04")
    assert payment.amount_fen == 4 * 4500
    (life,) = reminders(life_facts(list(range(1, 13))), LIFE_RULES, today)
    draft = record_draft(life, rule(life.rule_id), roster, lambda: f.dues, today)
    assert draft is not None and draft.record_type == "talks"
    talk = draft.record
    assert isinstance(talk, Talk)
    # Member 1, reminded, is the secretary himself: the deputy talks with him.
    assert talk.kind == TalkKind.WARNING and talk.talker_id == 2
    assert [c.member_id for c in talk.counterparts] == [1]
