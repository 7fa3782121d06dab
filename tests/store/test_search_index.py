from dataclasses import replace
from datetime import date

from branchdesk.core.meetings import Meeting, MeetingKind, Resolution
from branchdesk.core.members import Member
from branchdesk.core.registry import record_types
from branchdesk.core.review import Grade, ReviewEntry, ReviewRound
from branchdesk.store import search_index
from branchdesk.store.record_tables import table_for
from branchdesk.workspace import Workspace

TODAY = date(2026, 11, 27)


def test_every_searchable_type_declares_its_search_text() -> None:
    """A searchable type feeds the index itself, or (a child) through its parent's text."""
    for rt in record_types():
        entry = table_for(rt.key)
        if entry.search_sql is not None:
            assert rt.searchable, rt.key
        elif rt.searchable:
            assert rt.parent is not None and entry.parent_column is not None, rt.key
            assert table_for(rt.parent).search_sql is not None, rt.key


def test_one_two_and_three_character_chinese_queries(workspace: Workspace) -> None:
    lesson = workspace.save_meeting(
        Meeting(MeetingKind.LESSON, date(2026, 5, 8), "", lecturer_name="周建国", topic="党史学习"),
        TODAY,
    )
    workspace.members.save(Member("王赟", date(2015, 7, 1), job="秘书长"), TODAY)
    assert [h.record_id for h in workspace.search("党课")] == [lesson.id]  # the kind's name
    assert [h.record_type for h in workspace.search("赟")] == ["members"]
    hits = workspace.search("党史学习")
    assert [(h.record_type, h.title, h.date) for h in hits] == [
        ("meetings", "党史学习", date(2026, 5, 8))
    ]
    assert "【党史学习】" in hits[0].snippet
    assert workspace.search("周建国 党史") != []  # long and short terms together
    assert workspace.search("周建国 党费") == []
    assert workspace.search("不存在的内容") == []
    assert workspace.search("   ") == []


def test_queries_with_fts_syntax_are_taken_literally(workspace: Workspace) -> None:
    workspace.members.save(Member('A "OR" B', date(2015, 7, 1)), TODAY)
    assert len(workspace.search('"OR"')) == 1
    assert workspace.search("NEAR(") == []


def test_edits_of_children_and_deletes_reach_the_index(workspace: Workspace) -> None:
    saved = workspace.save_meeting(Meeting(MeetingKind.GENERAL, date(2026, 3, 1), "大会"), TODAY)
    assert workspace.search("换届选举") == []
    saved = workspace.save_meeting(
        Meeting(
            MeetingKind.GENERAL,
            date(2026, 3, 1),
            "大会",
            resolutions=(Resolution("启动换届选举工作"),),
            id=saved.id,
        ),
        TODAY,
    )
    assert saved.id is not None
    assert [h.record_id for h in workspace.search("换届选举")] == [saved.id]
    workspace.attachments.add_bytes("meetings", saved.id, b"x", "选举结果公示.pdf", "公示材料")
    assert [h.record_id for h in workspace.search("公示材料")] == [saved.id]
    workspace.meetings.move_to_recycle_bin(saved.id)
    assert workspace.search("换届选举") == []


def test_index_is_rebuilt_when_declarations_change(workspace: Workspace) -> None:
    workspace.members.save(Member("林晓燕", date(2015, 7, 1)), TODAY)
    workspace.db.execute("DELETE FROM search_index")
    workspace.db.execute("DELETE FROM search_docs")
    workspace.settings.set(search_index.SIGNATURE_KEY, "old")
    search_index.install(workspace.db)
    assert [h.title for h in workspace.search("晓燕")] == ["林晓燕"]


def test_pending_writes_survive_a_new_connection(data_dir: object, workspace: Workspace) -> None:
    workspace.members.save(Member("郑丽华", date(2015, 7, 1)), TODAY)
    assert workspace.db.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 1
    reopened = Workspace.open(workspace.data_dir)
    try:
        assert reopened.db.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
        assert [h.title for h in reopened.search("丽华")] == ["郑丽华"]
    finally:
        reopened.close()


def test_short_latin_terms_ignore_case(workspace: Workspace) -> None:
    workspace.members.save(Member("Li Na", date(2015, 7, 1)), TODAY)
    assert [h.title for h in workspace.search("li")] == ["Li Na"]
    assert [h.title for h in workspace.search("NA")] == ["Li Na"]


def test_closing_a_file_that_cannot_be_written_still_closes(data_dir: object) -> None:
    from pathlib import Path

    assert isinstance(data_dir, Path)
    ws = Workspace.open(data_dir)
    ws.members.save(Member("叶敏", date(2015, 7, 1)), TODAY)
    ws.db.execute("PRAGMA query_only = ON")  # as a read-only file would behave
    ws.close()  # logs instead of raising; the pending row waits for the next open
    with Workspace.open(data_dir) as again:
        assert [h.title for h in again.search("叶敏")] == ["叶敏"]


def test_grades_and_kinds_are_found_by_their_chinese_names(demo_workspace: Workspace) -> None:
    """Searching 不合格 or 优秀 found no review round (grades are stored as 'unqualified'),
    提醒谈话 no warning talk and 网络培训 no online training: only a meeting's kind (党课) was
    indexed by its Chinese name."""
    ws = demo_workspace

    def found(text: str) -> set[str]:
        return {h.record_type for h in ws.search(text)}

    graded_basic = ws.reviews.for_year(2025)
    assert graded_basic is not None
    assert any(e.final_grade is not None for e in graded_basic.entries)
    assert "review_rounds" in found("基本合格")
    assert "review_rounds" in found("合格")
    assert "talks" in found("提醒谈话")
    assert "trainings" in found("网络培训")
    assert "review_rounds" not in found("excellent")


def test_a_review_round_is_found_by_a_grade_given_to_a_member(workspace: Workspace) -> None:
    workspace.members.save(Member("王赟", date(2015, 7, 1), full_on=date(2016, 7, 1)), TODAY)
    member = workspace.members.all()[0]
    assert member.id is not None
    review = workspace.reviews.save(ReviewRound(2025, vote_on=date(2025, 12, 10)), TODAY)
    assert workspace.search("不合格") == []
    workspace.reviews.save(
        replace(review, entries=(ReviewEntry(member.id, final_grade=Grade.UNQUALIFIED),)), TODAY
    )
    assert [h.record_type for h in workspace.search("不合格")] == ["review_rounds"]
    assert [h.record_type for h in workspace.search("王赟 不合格")] == ["review_rounds"]
