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
    header_texts, data_start = _header(path, cells, mapping or {})
    headers = tuple(header_texts)
    try:
        header_map = map_headers(list(headers), mapping)
    except ValueError as exc:  # a mapping to a field that does not exist
        raise UserError(str(exc)) from exc
    if header_map.missing:
        wanted = ", ".join(f"{REQUIRED_HEADERS[f]} ({f})" for f in header_map.missing)
        raise UnreadableFileError(path, f"no column for {wanted}; map one of its columns")
    organisations = {o.name: o.id for o in ws.branch.organisations() if o.id is not None}
    rows: list[RosterRow] = []
    for offset, cells_of_row in enumerate(cells[data_start:], start=1):
        if all(
            cell_text(cells_of_row[i]) == "" for i in header_map.fields if i < len(cells_of_row)
        ):
            continue  # nothing of a member: an empty row, a note beside the table
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


def _header(path: Path, cells: Cells, mapping: dict[str, str]) -> tuple[list[str], int]:
    """The header texts and the index of the first data row. The header is the row with the
    most known (or user-mapped) headers, below any title; with a two-row header (姓名 above,
    入党时间 and 转正时间 below 党内信息) each column takes its known label from either row.
    With no known header at all, the first non-empty row."""
    texts = [[cell_text(c) for c in row] for row in cells[:HEADER_SEARCH_ROWS]]
    scores = [header_score(row, mapping) for row in texts]
    if scores and max(scores) > 0:
        best = scores.index(max(scores))
        for other in (best - 1, best + 1):
            if 0 <= other < len(texts):
                upper, lower = texts[min(best, other)], texts[max(best, other)]
                combined = _combined_header(upper, lower, mapping)
                if header_score(combined, mapping) > scores[best]:
                    return combined, max(best, other) + 1
        return texts[best], best + 1
    for index, row in enumerate(cells):
        if any(cell_text(c) for c in row):
            return [cell_text(c) for c in row], index + 1
    raise UnreadableFileError(path, "it is empty")


def _combined_header(upper: list[str], lower: list[str], mapping: dict[str, str]) -> list[str]:
    def known(text: str) -> bool:
        return header_score([text], mapping) > 0

    combined = []
    for index in range(max(len(upper), len(lower))):
        top = upper[index] if index < len(upper) else ""
        bottom = lower[index] if index < len(lower) else ""
        if known(bottom) or not known(top):
            combined.append(bottom or top)
        else:
            combined.append(top)
    return combined


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
