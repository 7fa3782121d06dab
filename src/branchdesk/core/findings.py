"""What `branchdesk check` (and the 检查数据 screen) names: each bad row or file, where it is,
and what is wrong, as `{kind, where, message}` like `report --check`."""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.core.errors import Message

RECORD = "record"  # a row breaks the structure of its table: an import or a restore refuses it
RULE = "rule"  # a rule of the domain questions it: listed, never refused
DATABASE = "database"  # SQLite's own integrity and foreign-key checks
ATTACHMENT = "attachment"  # an evidence file damaged or missing


@dataclass(frozen=True)
class Finding:
    kind: str
    where: str  # "meetings #12, held_on": the table, the row's id (or number), the column
    message: Message
    table: str = ""  # the parts of `where`, for a screen that names them in its language
    row: str = ""
    column: str = ""

    def to_json(self) -> dict[str, str]:
        """The `check --json` object (docs/cli-json.md)."""
        return {"kind": self.kind, "where": self.where, "message": str(self.message)}

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else str(self.message)
