"""Names sorted by pinyin in tables, polyphonic surnames read as surnames."""

from __future__ import annotations

from functools import cmp_to_key

from branchdesk.ui.name_order import compare_text, name_sort_text

# In the order of a pinyin index (surnames: ā, lǐ, qiú, shàn, wáng, xiè, zēng, zhāng, zhào).
PINYIN_ORDER = ["阿毛", "李四", "仇英", "单田芳", "王五", "解缙", "曾国藩", "张三", "赵六"]


def _sorted(names: list[str]) -> list[str]:
    return sorted(
        names, key=cmp_to_key(lambda a, b: compare_text(name_sort_text(a), name_sort_text(b)))
    )


def test_names_sort_by_pinyin_with_surnames_read_as_surnames(qapp) -> None:  # type: ignore[no-untyped-def]
    """Before: by code point (张 before 阿), and 曾 read céng, 单 dān, 仇 chóu, 解 jiě."""
    assert _sorted(list(reversed(PINYIN_ORDER))) == PINYIN_ORDER


def test_the_members_table_sorts_names_by_pinyin(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from branchdesk.ui.pages.members_page import MembersPage

    page = demo_window.show_page("members")
    assert isinstance(page, MembersPage)
    column = page.model.column_of("name")
    page.ui.recordTable.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]
    assert shown == _sorted(shown) and shown != sorted(shown)
