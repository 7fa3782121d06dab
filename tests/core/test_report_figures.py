"""Text that knows its figures: which numbers changed between the draft she wrote against
and today's, and taking exactly those into her own wording."""

from branchdesk.core.report_figures import compare, is_stale, take_new_figures

BASIS = (
    "全年召开支部党员大会3次（应开4次）、支委会11次（应开12次）。"
    "未达到要求的季度为：支部党员大会（第四季度应开1次、未开）。\n"
    "党员平均出席率87.5%。全年开展谈心谈话3次。"
)
DRAFT = (
    "全年召开支部党员大会4次（应开4次）、支委会11次（应开12次）。\n"
    "党员平均出席率88.2%。全年开展谈心谈话3次。"
)
MINE = (
    "今年支部共召开支部党员大会3次（应开4次），支委会11次（应开12次），第四季度的大会因故推迟。\n"
    "党员平均出席率87.5%，较去年有所提高。全年开展谈心谈话3次，覆盖全体党员。"
)


def test_a_changed_figure_makes_the_text_stale_a_changed_wording_does_not() -> None:
    assert is_stale(BASIS, DRAFT)
    assert not is_stale(BASIS, BASIS.replace("全年召开", "本年度召开"))
    assert is_stale(None, DRAFT)  # saved before the figures were kept: check it once


def test_the_changes_name_old_and_new_figures_and_the_changed_wording() -> None:
    found = compare(BASIS, DRAFT)
    assert [(c.old, c.new) for c in found.changes] == [("3", "4"), ("87.5", "88.2")]
    assert found.changes[0].where == "全年召开支部党员大会×次（应开"
    assert found.reworded == (("未达到要求的季度为：支部党员大会（第四季度应开1次、未开）。", ""),)


def test_taking_the_new_figures_changes_exactly_those_numbers_in_her_text() -> None:
    updated, missed = take_new_figures(MINE, BASIS, DRAFT)
    assert missed == []
    assert updated == MINE.replace("大会3次", "大会4次").replace("87.5%", "88.2%")
    # Her other figures (11 of 12, 3 talks) and every word of hers stay as they were.
    assert "支委会11次（应开12次）" in updated and "谈心谈话3次，覆盖全体党员" in updated


def test_a_figure_she_wrote_around_is_reported_not_guessed() -> None:
    rewritten = "党员大会开了三次。党员平均出席率87.5%。"
    updated, missed = take_new_figures(rewritten, BASIS, DRAFT)
    assert updated == "党员大会开了三次。党员平均出席率88.2%。"
    assert [(c.old, c.new) for c in missed] == [("3", "4")]


def test_a_number_inside_a_larger_one_is_never_taken_for_the_figure() -> None:
    basis, draft = "全年开展谈心谈话3次。", "全年开展谈心谈话4次。"
    updated, missed = take_new_figures("全年开展谈心谈话13次。", basis, draft)
    assert (updated, len(missed)) == ("全年开展谈心谈话13次。", 1)
