"""The tables of a form in 未保存的内容: a meeting's attendance (status and reason), the people
of an activity with their hours, resolutions, a month's dues, a 设置 list being edited.

Each named table view over a `RecordTableModel` is written as its rows (plain values of the
rows' dataclass, core/plain_values.py) with the dataclass's name, and put back into the same
view of the same form at the next start. Only classes of BranchDesk itself are read back.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QWidget

from branchdesk.core.plain_values import record_from_plain, to_plain
from branchdesk.ui.models.record_table import RecordTableModel

log = logging.getLogger(__name__)

ROWS = "rows"
ROW_TYPE = "rows_of"
_OWN_MODULES = "branchdesk."


def is_table_value(value: object) -> bool:
    return isinstance(value, dict) and ROWS in value and ROW_TYPE in value


def table_values(widget: QWidget) -> dict[str, object]:
    """The rows of every named table view of *widget* whose rows are dataclasses."""
    values: dict[str, object] = {}
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if not view.objectName() or not isinstance(model, RecordTableModel):
            continue
        records = model.records()
        kinds = {type(r) for r in records}
        if len(kinds) > 1 or not all(dataclasses.is_dataclass(k) for k in kinds):
            continue
        kind = next(iter(kinds), None)
        try:
            rows = [to_plain(r) for r in records]
        except TypeError:  # a field of no plain form: the other tables are still kept
            log.exception("the rows of %s cannot be kept", view.objectName())
            continue
        values[view.objectName()] = {
            ROW_TYPE: f"{kind.__module__}:{kind.__qualname__}" if kind is not None else None,
            ROWS: rows,
        }
    return values


def put_table_values(widget: QWidget, values: dict[str, object]) -> None:
    """The rows written by `table_values` back into their views; a table whose rows cannot
    be read (a later version changed the record) keeps what it shows."""
    views = {v.objectName(): v for v in widget.findChildren(QAbstractItemView)}
    for name, value in values.items():
        view = views.get(name)
        model = view.model() if view is not None else None
        if not isinstance(model, RecordTableModel) or not is_table_value(value):
            continue
        assert isinstance(value, dict)
        try:
            records = _records(value[ROW_TYPE], value[ROWS])
        except (ImportError, AttributeError, KeyError, TypeError, ValueError):
            log.warning("the rows kept for %s cannot be read back", name, exc_info=True)
            continue
        model.set_records(records)


def _records(row_type: object, rows: object) -> list[Any]:
    if not isinstance(rows, list):
        raise TypeError("rows are no list")
    if not rows:
        return []
    module_name, _, qualname = str(row_type).partition(":")
    if not module_name.startswith(_OWN_MODULES):
        raise ImportError(f"{row_type} is not BranchDesk's")
    kind: Any = importlib.import_module(module_name)
    for part in qualname.split("."):
        kind = getattr(kind, part)
    if not isinstance(kind, type) or not dataclasses.is_dataclass(kind):
        raise TypeError(f"{row_type} is no record")
    return [record_from_plain(kind, row) for row in rows]
