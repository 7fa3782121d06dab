"""The report's figures equal the records' and the core functions'; edits survive refresh."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from branchdesk.core.meetings import ActionItem, ActionKind, Meeting, MeetingKind
from branchdesk.core.membership import headcount_on
from branchdesk.core.report_texts import ReportSection
from branchdesk.core.review import Grade, grade_summary
from branchdesk.core.talks import Counterpart, Talk
from branchdesk.reports.annual import ReportFormat, report_document
from branchdesk.reports.document import Heading, Paragraph, Signature
from branchdesk.reports.facts import MEETINGS_PART, gather_facts
from branchdesk.reports.narrative import draft_of, sections
from branchdesk.workspace import Workspace
from tests.reports import pdf_checks
from tests.reports.conftest import YEAR


def test_membership_figures_follow_the_members_and_their_events(
    report_ws: Workspace, today: date
) -> None:
    facts = report_ws.annual_facts(YEAR, today)
    members = report_ws.members.all()
    assert facts.membership.start == headcount_on(members, date(YEAR, 1, 1))
    assert facts.membership.end == headcount_on(members, date(YEAR, 12, 31))
    assert facts.membership.admitted == tuple(
        m.name for m in members if m.joined_on.year == YEAR and not m.events
    )
    assert facts.membership.transferred_out == ("谢婉婷",)
    assert facts.secretary == "周建国"
    assert facts.committee.seats[0][1] == "周建国"
    assert sum(g.members for g in facts.committee.groups) == facts.membership.end.total


def test_review_talk_training_and_volunteer_figures_equal_the_engine(
    report_ws: Workspace, today: date
) -> None:
    facts = report_ws.annual_facts(YEAR, today)
    review = report_ws.reviews.for_year(YEAR)
    assert review is not None and facts.review is not None
    assert facts.review.summary == grade_summary(review, report_ws.members.all())
    assert facts.review.counts[Grade.EXCELLENT] == 2
    assert facts.review.counts[Grade.BASIC] == 1
    assert facts.review.follow_ups == (("张堃", "基本合格", "教育帮助"),)

    coverage = report_ws.talk_coverage(YEAR, today)
    assert facts.talks.talks == coverage.talks == 3
    assert facts.talks.pairs == coverage.pairs
    assert len(facts.talks.without_talk) == len(coverage.members_without_talk)

    hours = report_ws.study_hours(YEAR)
    assert facts.training.hours == tuple(
        (next(m.name for m in report_ws.members.all() if m.id == h.member_id), h.hours)
        for h in hours
    )
    assert dict(facts.training.hours)["周建国"] == 36.0
    assert len(facts.training.below) == sum(1 for h in hours if not h.met)
    assert facts.training.secretary_trainings == ("社会组织党组织书记集中轮训",)

    assert facts.volunteering.activities == 2
    assert facts.volunteering.participations == 4
    assert facts.volunteering.members_serving == 3
    assert facts.volunteering.total_hours == 12.5
    assert facts.volunteering.member_hours == 9.5
    assert facts.volunteering.people_served == 155


def test_without_a_compliance_verdict_meetings_are_named_missing_not_invented(
    report_ws: Workspace, today: date
) -> None:
    records = replace(report_ws.year_records(YEAR, today), compliance=None)
    facts = gather_facts(records)
    assert facts.meetings is None
    assert facts.missing == (MEETINGS_PART,)
    text = "".join(draft_of(s, facts) for s in ReportSection)
    # Meetings appear only in next year's plan, never with a count the records cannot give.
    assert "严格落实“三会一课”" in text
    assert "召开支部党员大会" not in text and "支委会" not in text


def test_meeting_figures_are_the_compliance_engines(demo_workspace: Workspace, today: date) -> None:
    facts = demo_workspace.annual_facts(YEAR, today)
    result = demo_workspace.compliance(YEAR, today=today)
    assert facts.meetings is not None and facts.missing == ()
    rows = {r.rule_id: r for r in facts.meetings.held_vs_due}
    for rule_id in ("general_meeting", "committee_meeting", "group_meeting", "lesson", "theme_day"):
        held, due = result.held_vs_due(rule_id, date(YEAR, 1, 1), date(YEAR, 12, 31))
        assert (rows[rule_id].held, rows[rule_id].due) == (held, due)
        q3 = result.held_vs_due(rule_id, date(YEAR, 7, 1), date(YEAR, 9, 30))
        assert rows[rule_id].quarters[2] == q3
    meetings = demo_workspace.meetings.all(YEAR)
    assert sum(facts.meetings.held_by_kind.values()) == len(meetings)
    assert len(facts.meetings.lessons) == sum(1 for m in meetings if m.kind == MeetingKind.LESSON)
    assert facts.meetings.inquorate  # the demo has one general meeting short of a quorum
    performance = draft_of(ReportSection.PERFORMANCE, facts)
    general = rows["general_meeting"]
    assert f"支部党员大会{general.held:g}次（应开{general.due}次）" in performance
    assert "不能进行表决" in performance


def test_the_drafts_carry_the_figures(report_ws: Workspace, today: date) -> None:
    facts = report_ws.annual_facts(YEAR, today)
    basics = draft_of(ReportSection.BASICS, facts)
    assert f"现有党员{facts.membership.end.total}名" in basics
    assert "书记周建国" in basics
    performance = draft_of(ReportSection.PERFORMANCE, facts)
    assert "优秀2名" in performance and "基本合格1名" in performance
    assert "全年开展谈心谈话3次" in performance
    assert "全年组织志愿服务活动2次，参与4人次" in performance
    assert "本人参加上级集中培训1次" in performance
    assert draft_of(ReportSection.SIGNATURE, facts).splitlines()[-1] == "书记：周建国"


def test_edits_are_saved_per_year_and_survive_a_refresh(report_ws: Workspace, today: date) -> None:
    mine = "我支部坚持把党的政治建设摆在首位。\n（一）自定小标题\n这是我自己写的一段话。"
    basis = draft_of(ReportSection.PERFORMANCE, report_ws.annual_facts(YEAR, today))
    report_ws.report_texts.save_section(YEAR, ReportSection.PERFORMANCE, mine, basis)
    report_ws.report_texts.set_signed_on(YEAR, date(2026, 1, 5))
    # New records change the figures: a refresh redrafts what the secretary has not touched.
    member = report_ws.members.all()[5]
    report_ws.talks.save(
        Talk(date(YEAR, 11, 1), member.id or 0, (Counterpart(None, "黄伟雄"),), topic="沟通"),
        today,
    )
    texts = report_ws.report_texts.for_year(YEAR)
    parts = {p.section: p for p in sections(report_ws.annual_facts(YEAR, today), texts)}
    assert parts[ReportSection.PERFORMANCE].text == mine
    assert parts[ReportSection.PERFORMANCE].edited
    assert parts[ReportSection.PERFORMANCE].stale  # written against 3 talks, now 4
    assert "全年开展谈心谈话4次" in parts[ReportSection.PERFORMANCE].draft
    assert not parts[ReportSection.BASICS].edited
    # Other years keep their own texts.
    assert report_ws.report_texts.for_year(YEAR - 1).sections == {}

    document = report_document(report_ws.year_records(YEAR, today), texts)
    texts_in_order = [b.text for b in document.blocks if isinstance(b, Heading | Paragraph)]
    assert texts_in_order[texts_in_order.index("二、履职情况及成效") + 1 :][:3] == mine.split("\n")
    assert any(
        isinstance(b, Heading) and b.level == 2 and b.text == "（一）自定小标题"
        for b in document.blocks
    )
    signature = next(b for b in document.blocks if isinstance(b, Signature))
    assert signature.signed_on == date(2026, 1, 5)

    report_ws.report_texts.revert_section(YEAR, ReportSection.PERFORMANCE)
    again = report_ws.report_texts.for_year(YEAR)
    assert again.edited(ReportSection.PERFORMANCE) is None


def test_facts_of_an_empty_year_have_no_invented_figures(workspace: Workspace, today: date) -> None:
    facts = gather_facts(workspace.year_records(2019, today))
    assert facts.membership.end.total == 0
    assert facts.review is None
    assert facts.volunteering.activities == 0


def test_the_full_demo_report_with_its_chart_page_embeds_every_font(
    demo_workspace: Workspace, today: date, tmp_path: Path
) -> None:
    target = tmp_path / "demo.pdf"
    result = demo_workspace.build_report(YEAR, target, ReportFormat.PDF, today)
    assert result.pages is not None and result.pages > 10
    fonts = pdf_checks.pdffonts(target)
    assert fonts and all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    last = pdf_checks.read_pages(target)[-1]
    assert "每月例会应开与已开次数" in "".join(c["text"] for c in last.text_chars)


def test_last_years_rectification_items_come_from_its_meetings_alone(
    report_ws: Workspace, today: date
) -> None:
    """The report reads only last year's meetings that hold rectification items; a follow-up
    task or a meeting of the year before does not count."""
    ws = report_ws
    fix = ActionItem("整改学习不深入问题", "每月专题学习", owner="周建国")
    task = ActionItem("印发学习资料", kind=ActionKind.FOLLOW_UP)
    life = Meeting(MeetingKind.ORG_LIFE, date(YEAR - 1, 12, 20), "组织生活会", actions=(fix,))
    ws.save_meeting(life, today)
    ws.save_meeting(
        Meeting(MeetingKind.COMMITTEE, date(YEAR - 1, 6, 3), "支委会", actions=(task,)), today
    )
    ws.save_meeting(
        Meeting(MeetingKind.ORG_LIFE, date(YEAR - 2, 12, 1), "组织生活会", actions=(fix,)), today
    )
    records = ws.year_records(YEAR, today)
    assert [m.held_on for m in records.previous_meetings] == [date(YEAR - 1, 12, 20)]
    [item] = gather_facts(records).rectification.last_year
    assert (item.item, item.measure, item.owner) == (fix.item, fix.measure, fix.owner)
