"""Layout decisions the PDF and the DOCX share, so that Word shows what the PDF prints.

Text is measured in em (`em_measure`: a Chinese character one em, a digit or Latin letter
half of one), which is what the official fonts and the shipped ones measure: the DOCX names
fonts it does not carry, so it cannot measure with them.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date

from branchdesk.reports.document import LedgerTable, chinese_date

Measure = Callable[[str], float]
# Points either side of a ledger cell's text, in the PDF and in the DOCX.
CELL_PADDING = 2.0
# LibreOffice puts 1/5 em between digits and Chinese (3 月 20 日), whatever the DOCX asks
# (it ignores w:autoSpaceDN); columns are sized to hold that too.
SCRIPT_GAP = 0.2


def em_measure(size: float, script_gap: float = 0.0) -> Measure:
    """Widths from the em: a Chinese character 1, anything else 1/2; and *script_gap* em at
    each change between the two (the space an editor may put between 3 and 月)."""

    def measure(text: str) -> float:
        wide = [unicodedata.east_asian_width(c) in ("W", "F") for c in text]
        changes = sum(a != b for a, b in itertools.pairwise(wide))
        return size * (sum(1.0 if w else 0.5 for w in wide) + script_gap * changes)

    return measure


def ledger_column_widths(table: LedgerTable, size: float, total: float) -> list[float]:
    """The columns of a ledger set in *size* points, in points filling *total*."""
    return column_widths(table, em_measure(size, SCRIPT_GAP), size, total, CELL_PADDING)


def column_widths(
    table: LedgerTable,
    measure: Measure,
    size: float,
    total: float,
    padding: float,
) -> list[float]:
    """Widths in points that fill *total*: every column fits its header (up to 4 characters)
    and its widest cell up to 7 characters (a date stays on one line); the space left goes to
    the columns whose text would still wrap (the topics), in proportion to what they lack."""
    pad = 2 * padding + 1  # and a point of slack
    widest = [
        max((measure(row[i]) for row in table.rows), default=0.0) for i in range(len(table.headers))
    ]
    least = [
        max(min(measure(h), 4 * size), min(w, 7 * size)) + pad
        for h, w in zip(table.headers, widest, strict=True)
    ]
    if sum(least) >= total:
        return [w * total / sum(least) for w in least]
    lacking = [max(0.0, w + pad - low) for w, low in zip(widest, least, strict=True)]
    spare = total - sum(least)
    if sum(lacking) > spare:
        return [low + spare * lack / sum(lacking) for low, lack in zip(least, lacking, strict=True)]
    rest = spare - sum(lacking)
    weights = table.widths if sum(table.widths) else tuple(1.0 for _ in least)
    return [
        low + lack + rest * weight / sum(weights)
        for low, lack, weight in zip(least, lacking, weights, strict=True)
    ]


def signature_lines(
    signers: Sequence[str], signed_on: date, measure: Measure, cell: float
) -> list[tuple[str, float]]:
    """GB/T 9704 7.3.5.2: the signer's lines and the date, each with its right indent in
    points: the date 4 characters in from the right, each signer centred on it. A signer
    wider than the date is kept 2 characters in, and the date moves left to stay centred
    under it."""
    date_text = chinese_date(signed_on)
    widest = max((measure(line) for line in signers), default=0.0)
    centre_from_right = max(4 * cell + measure(date_text) / 2, 2 * cell + widest / 2)
    return [(line, centre_from_right - measure(line) / 2) for line in (*signers, date_text)]
