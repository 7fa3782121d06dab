"""Column widths of record tables that stay fast after years of records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def fit_columns_to_content(view: QTableView) -> None:
    """Columns as wide as their content, judged on the rows in view.

    Plain ResizeToContents measures every cell of every row on each layout pass: with ten
    years of records that was ~45,000 calls into the model and two seconds to open a page.
    Judging only the visible rows (precision 0) gives the same widths for what is shown.
    """
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(0)
    header.setStretchLastSection(True)


def let_column_give_way(view: QTableView, column: int) -> None:
    """*column* (a title: the longest text) takes the room the others leave, instead of
    pushing them out of view on a small screen (1024×700): every other column keeps its
    content's width, this one is cut short with an ellipsis and shown whole in a tooltip."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("中文…") + 8)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def keep_column_narrow(view: QTableView, column: int, characters: int) -> None:
    """*column* (a place, a form, a list of names: useful, but not what a row is looked up
    by) keeps the width of *characters* Chinese characters, cut short with an ellipsis, so
    the title beside it has the room; the user can still drag it wider."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, view.fontMetrics().horizontalAdvance("中" * characters) + 12)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
