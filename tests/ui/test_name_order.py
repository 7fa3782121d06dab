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


def _gb2312_level_one() -> dict[str, int]:
    """GB 2312-80 lists its 3,755 first-level characters in 汉语拼音 order (rows 16–55): the
    national standard's own pinyin list, each character's place read from Unihan's kGB0."""
    import bz2

    places = {}
    path = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"  # Debian's unicode-data
    with bz2.open(path, "rt", encoding="utf-8") as source:
        for line in source:
            if "\tkGB0\t" in line:
                code, _field, value = line.rstrip("\n").split("\t")
                if 1601 <= int(value) <= 5589:
                    places[chr(int(code[2:], 16))] = int(value)
    return places


def test_the_published_names_sort_as_the_standards_pinyin_list_orders_their_surnames(
    qapp,
) -> None:  # type: ignore[no-untyped-def]
    """The 24 names of the Politburo list (tests/core/test_stroke_order.py), sorted here by
    pinyin, put their surnames in GB 2312's pinyin order (蔡 cài … 赵 zhào); none of them is
    read otherwise as a surname. By code point 丁 came first and 黄 after 赵."""
    from tests.core.test_stroke_order import POLITBURO_20

    places = _gb2312_level_one()
    surnames = [name[0] for name in _sorted(POLITBURO_20)]
    assert surnames == sorted(surnames, key=places.__getitem__)
    assert surnames[0] == "蔡" and surnames[-1] == "赵"
