"""`branchdesk import-members` and the GUI's roster import: preview, then import.

The preview reads and checks every row and writes nothing. The import writes every valid
row (and the party groups they name that do not exist yet) in one transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from branchdesk.core.errors import UserError
from branchdesk.core.organisation import PartyGroup
from branchdesk.core.roster_import import RosterRow, flag_duplicates, read_row
from branchdesk.core.roster_rules import (
    REQUIRED_HEADERS,
    HeaderMap,
    cell_text,
    header_score,
    map_headers,
)
from branchdesk.importing.tables import Cells, UnreadableFileError, read_cells
from branchdesk.workspace import Workspace

log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = 10  # a title or a note may sit above the header row


class InvalidRowsError(UserError):
    def __init__(self, invalid: int, total: int) -> None:
        super().__init__(
            f"{invalid} of {total} rows are invalid, so nothing was imported; see them with "
            "--dry-run, or import only the valid rows with --skip-invalid."
        )


@dataclass(frozen=True)
class RosterPreview:
    source: Path
    headers: tuple[str, ...]
    header_map: HeaderMap
    rows: tuple[RosterRow, ...]
    new_groups: tuple[str, ...]  # named by valid rows, created by the import

    @property
    def valid(self) -> list[RosterRow]:
        return [r for r in self.rows if r.valid]

    @property
    def invalid(self) -> list[RosterRow]:
        return [r for r in self.rows if not r.valid]

    def to_json(self, imported: bool = False) -> dict[str, Any]:
        """The `import-members --json` object (docs/cli-json.md)."""
        return {
            "file": str(self.source),
            "imported": imported,
            "columns": {self.headers[i]: f for i, f in sorted(self.header_map.fields.items())},
            "unknown_headers": list(self.header_map.unknown),
            "new_groups": list(self.new_groups),
            "valid": [_valid_json(r) for r in self.valid],
            "invalid": [
                {"row": r.row, "name": r.name, "reason": "; ".join(r.reasons)} for r in self.invalid
            ],
        }


def preview_roster(
    ws: Workspace, path: Path, mapping: dict[str, str] | None = None, today: date | None = None
) -> RosterPreview:
    """Read and check every row of *path*; write nothing. *mapping* maps header texts the
    built-in names do not know to fields (see `core.roster_rules.FIELDS`)."""
    today = today or date.today()
    cells = read_cells(path)
    header_index = _header_row(path, cells, mapping or {})
    headers = tuple(cell_text(c) for c in cells[header_index])
    header_map = map_headers(list(headers), mapping)
    if header_map.missing:
        wanted = ", ".join(f"{REQUIRED_HEADERS[f]} ({f})" for f in header_map.missing)
        raise UnreadableFileError(path, f"no column for {wanted}; map one of its columns")
    organisations = {o.name: o.id for o in ws.branch.organisations() if o.id is not None}
    rows: list[RosterRow] = []
    for offset, cells_of_row in enumerate(cells[header_index + 1 :], start=1):
        if all(cell_text(c) == "" for c in cells_of_row):
            continue
        rows.append(read_row(offset, cells_of_row, header_map, headers, today, organisations))
    rows = flag_duplicates(rows, ws.members.all())
    known_groups = {g.name for g in ws.branch.groups()}
    new_groups = sorted({r.group for r in rows if r.valid and r.group} - known_groups)
    return RosterPreview(path, headers, header_map, tuple(rows), tuple(new_groups))


def import_roster(
    ws: Workspace,
    path: Path,
    mapping: dict[str, str] | None = None,
    today: date | None = None,
    *,
    skip_invalid: bool = False,
) -> RosterPreview:
    """Import every valid row in one transaction. With an invalid row and no
    *skip_invalid*, nothing is written."""
    today = today or date.today()
    preview = preview_roster(ws, path, mapping, today)
    if preview.invalid and not skip_invalid:
        raise InvalidRowsError(len(preview.invalid), len(preview.rows))
    with ws.db.atomic():
        group_ids = {g.name: g.id for g in ws.branch.groups()}
        for name in preview.new_groups:
            group_ids[name] = ws.branch.save_group(PartyGroup(name)).id
        ws.members.add_many(
            [
                replace(r.member, group_id=group_ids.get(r.group))
                for r in preview.valid
                if r.member is not None
            ],
            today,
        )
    log.info("imported %d members from %s", len(preview.valid), path)
    return preview


def _header_row(path: Path, cells: Cells, mapping: dict[str, str]) -> int:
    """The row with the most known (or user-mapped) headers; else the first non-empty row."""
    scores = [
        header_score([cell_text(c) for c in row], mapping) for row in cells[:HEADER_SEARCH_ROWS]
    ]
    if scores and max(scores) > 0:
        return scores.index(max(scores))
    for index, row in enumerate(cells):
        if any(cell_text(c) for c in row):
            return index
    raise UnreadableFileError(path, "it is empty")


def _valid_json(row: RosterRow) -> dict[str, Any]:
    member = row.member
    assert member is not None
    return {
        "row": row.row,
        "name": member.name,
        "gender": member.gender.value if member.gender else None,
        "birth_date": member.birth_date.isoformat() if member.birth_date else None,
        "id_number": member.id_number,
        "joined_on": member.joined_on.isoformat(),
        "full_on": member.full_on.isoformat() if member.full_on else None,
        "group": row.group,
        "approximate_dates": list(row.approximate),
    }
