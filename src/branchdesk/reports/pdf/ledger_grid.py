"""An appendix ledger: a ruled table on the page whose header row repeats on every page.

platypus's `Table` measures and draws each cell through its general machinery (spans, cell
styles, nested flowables, backgrounds); a ledger needs none of it, and the tables were most
of the report's build time. Here each cell is laid out once with the grid's rules
(`GridText`: fallback fonts, 禁则, wrapping), rows are never split, and each page's part is
drawn as one text object and one set of rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from branchdesk.reports.pdf.grid import GridPen, GridStyle, GridText, Line, baseline_drop

PADDING_X = 3.0  # points either side of a cell's text
PADDING_Y = 2.0  # points above and below
RULE_WIDTH = 0.5


@dataclass(frozen=True)
class _Cell:
    lines: tuple[Line, ...]
    centred: bool


@dataclass(frozen=True)
class _Row:
    cells: tuple[_Cell, ...]
    height: float
    spans_all: bool = False  # one cell across every column ("本年度无记录")


class LedgerGrid(Flowable):  # type: ignore[misc]
    """*rows* of text under *headers*, in columns of *widths* points.

    Header cells are centred in the head style; a cell holding just a number is centred, any
    other is set from the left. An empty ledger shows *empty_text* across the whole row.
    """

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        head: GridStyle,
        cell: GridStyle,
        place: str,
        empty_text: str = "本年度无记录",
    ) -> None:
        super().__init__()
        self._widths = tuple(widths)
        self._head_style = head
        self._cell_style = cell
        self._head = self._row(headers, head, f"{place}表头", centre_all=True)
        laid = [
            self._row(row, cell, f"{place}第{number}行") for number, row in enumerate(rows, start=1)
        ]
        if not laid:
            text = GridText(empty_text, cell, place)
            lines = tuple(text._ensure_lines(sum(self._widths) - 2 * PADDING_X))
            laid = [_Row((_Cell(lines, True),), self._height_of(len(lines), cell), True)]
        self._rows = laid
        self.width = sum(self._widths)
        self.height = self._head.height + sum(r.height for r in laid)

    # -- platypus protocol -----------------------------------------------------------------
    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._head.height
        fit = 0
        for row in self._rows:
            if row.height > room + 0.01:
                break
            room -= row.height
            fit += 1
        if fit == 0 or fit == len(self._rows):
            return []
        return [self._part(self._rows[:fit]), self._part(self._rows[fit:])]

    def draw(self) -> None:
        canvas = self.canv
        edges = [0.0]
        for width in self._widths:
            edges.append(edges[-1] + width)
        rules: list[tuple[float, float, float, float]] = []
        pen = GridPen(canvas, self._cell_style.size)
        top = self.height
        for row in (self._head, *self._rows):
            bottom = top - row.height
            rules.append((0.0, top, edges[-1], top))
            inner = [edges[0], edges[-1]] if row.spans_all else edges
            rules.extend((x, top, x, bottom) for x in inner)
            lefts = [edges[0]] if row.spans_all else edges[:-1]
            rights = [edges[-1]] if row.spans_all else edges[1:]
            style = self._head_style if row is self._head else self._cell_style
            for cell, left, right in zip(row.cells, lefts, rights, strict=True):
                self._draw_cell(pen, style, cell, left, right, top, row.height)
            top = bottom
        rules.append((0.0, top, edges[-1], top))
        pen.finish()
        canvas.saveState()
        canvas.setLineWidth(RULE_WIDTH)
        canvas.lines(rules)
        canvas.restoreState()

    # -- layout ----------------------------------------------------------------------------
    def _row(
        self, texts: Sequence[str], style: GridStyle, place: str, *, centre_all: bool = False
    ) -> _Row:
        cells = []
        for text, width in zip(texts, self._widths, strict=True):
            lines = _one_line(text, style, width - 2 * PADDING_X)
            if lines is None:  # wraps, breaks or lacks a glyph: the grid's full layout
                lines = tuple(GridText(text, style, place)._ensure_lines(width - 2 * PADDING_X))
            cells.append(_Cell(lines, centre_all or _is_number(text)))
        height = self._height_of(max((len(c.lines) for c in cells), default=1), style)
        return _Row(tuple(cells), height)

    @staticmethod
    def _height_of(lines: int, style: GridStyle) -> float:
        return max(lines, 1) * style.pitch + 2 * PADDING_Y

    def _part(self, rows: list[_Row]) -> LedgerGrid:
        part: LedgerGrid = LedgerGrid.__new__(LedgerGrid)
        Flowable.__init__(part)
        part._widths = self._widths
        part._head_style = self._head_style
        part._cell_style = self._cell_style
        part._head = self._head
        part._rows = rows
        part.width = self.width
        part.height = self._head.height + sum(r.height for r in rows)
        return part

    # -- drawing ---------------------------------------------------------------------------
    @staticmethod
    def _draw_cell(
        pen: GridPen,
        style: GridStyle,
        cell: _Cell,
        left: float,
        right: float,
        top: float,
        height: float,
    ) -> None:
        """Vertically centred in its row; centred or from the left in its column."""
        block = len(cell.lines) * style.pitch
        line_top = top - (height - block) / 2
        for number, line in enumerate(cell.lines):
            baseline = line_top - number * style.pitch - baseline_drop(style.pitch, style.size)
            x = left + PADDING_X
            if cell.centred:
                used = sum(g.advance for g in line)
                x = left + (right - left - used) / 2
            pen.put(line, x, baseline, size=style.size)


def _one_line(text: str, style: GridStyle, width: float) -> tuple[Line, ...] | None:
    """The common cell: text that fits on one line, every glyph found (no layout needed)."""
    if "\n" in text:
        return None
    glyphs = [style.glyph(char) for char in text]
    found = tuple(g for g in glyphs if g is not None)
    if len(found) < len(glyphs) or sum(g.advance for g in found) > width + 0.01:
        return None
    return (found,)


def _is_number(text: str) -> bool:
    return bool(text) and text.replace(".", "", 1).isdigit()
