"""A ruled table on the page: the report's appendix ledgers and a meeting's record sheet.

platypus's `Table` measures and draws each cell through its general machinery (spans, cell
styles, nested flowables, backgrounds); a ledger needs none of it, and the tables were most
of the report's build time. Here each cell is laid out once with the grid's rules
(`GridText`: fallback fonts, 禁则, wrapping), and each page's part is drawn as one text
object and one set of rules. `Table` also cannot break a row: a meeting's minutes of a few
pages in one cell stopped the record sheet with a LayoutError. Here a row taller than a page
is broken between its lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from branchdesk.reports.pdf.grid import GridPen, GridStyle, GridText, Line, baseline_drop

RULE_WIDTH = 0.5


@dataclass(frozen=True)
class _Cell:
    lines: tuple[Line, ...]
    style: GridStyle
    centred: bool


@dataclass(frozen=True)
class _Row:
    cells: tuple[_Cell, ...]
    height: float
    spans_all: bool = False  # one cell across every column ("本年度无记录")


@dataclass(frozen=True)
class Padding:
    x: float = 3.0  # points either side of a cell's text
    y: float = 2.0  # points above and below


class LedgerGrid(Flowable):  # type: ignore[misc]
    """*rows* of text in columns of *widths* points, each column set in its style of
    *columns*, under a row of *headers* in the *head* style repeated on every page (no
    header row when *headers* is empty).

    A cell is centred when its style is, or when it holds just a number and
    *centre_numbers*; otherwise it is set from the left. An empty table shows *empty_text*
    across the whole row. A row moves whole to the next page, unless it is taller than a page
    of *page_height* points: that row is broken between its lines. A page holds at least
    *min_rows* rows of the table (a table too short to leave that many on both pages moves
    whole), unless so many rows do not fit on a page at all.
    """

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        head: GridStyle,
        columns: Sequence[GridStyle],
        place: str,
        page_height: float,
        *,
        padding: Padding = Padding(),
        centre_numbers: bool = True,
        empty_text: str = "本年度无记录",
        min_rows: int = 1,
    ) -> None:
        super().__init__()
        self._min_rows = min_rows
        self._widths = tuple(widths)
        self._padding = padding
        self._page_height = page_height
        self._centre_numbers = centre_numbers
        self._head = self._row(headers, [head] * len(headers), f"{place}表头") if headers else None
        laid = [
            self._row(row, columns, f"{place}第{number}行")
            for number, row in enumerate(rows, start=1)
        ]
        if not laid:
            width = sum(self._widths) - 2 * padding.x
            lines = tuple(GridText(empty_text, columns[0], place)._ensure_lines(width))
            cell = _Cell(lines, columns[0], True)
            laid = [_Row((cell,), self._height_of((cell,)), True)]
        self._rows = laid
        self.width = sum(self._widths)
        self.height = self._head_height + sum(r.height for r in laid)

    @property
    def _head_height(self) -> float:
        return self._head.height if self._head is not None else 0.0

    # -- platypus protocol -----------------------------------------------------------------
    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._head_height
        fit = 0
        for row in self._rows:
            if row.height > room + 0.01:
                break
            room -= row.height
            fit += 1
        if fit == len(self._rows):
            return []
        if fit == 0:
            return self._split_first_row(room)
        fit = self._keeping_rows_together(fit)
        if fit == 0:
            return []  # to the next page, where the rows fit together
        return [self._part(self._rows[:fit]), self._part(self._rows[fit:])]

    def _keeping_rows_together(self, fit: int) -> int:
        """Where to break instead of after row *fit* so that neither page holds fewer than
        `_min_rows` rows; 0: move the table on."""
        keep, count = self._min_rows, len(self._rows)
        if count < 2 * keep:  # cannot leave enough rows on both pages
            return 0 if self._fits_a_page(self._rows) else fit
        kept = min(fit, count - keep)
        if kept >= keep:
            return kept
        return 0 if self._fits_a_page(self._rows[:keep]) else fit

    def _fits_a_page(self, rows: Sequence[_Row]) -> bool:
        return self._head_height + sum(r.height for r in rows) <= self._page_height + 0.01

    def draw(self) -> None:
        canvas = self.canv
        edges = [0.0]
        for width in self._widths:
            edges.append(edges[-1] + width)
        rules: list[tuple[float, float, float, float]] = []
        pen = GridPen(canvas, self._rows[0].cells[0].style.size)
        top = self.height
        for row in (*([self._head] if self._head is not None else []), *self._rows):
            bottom = top - row.height
            rules.append((0.0, top, edges[-1], top))
            inner = [edges[0], edges[-1]] if row.spans_all else edges
            rules.extend((x, top, x, bottom) for x in inner)
            lefts = [edges[0]] if row.spans_all else edges[:-1]
            rights = [edges[-1]] if row.spans_all else edges[1:]
            for cell, left, right in zip(row.cells, lefts, rights, strict=True):
                self._draw_cell(pen, cell, left, right, top, row.height)
            top = bottom
        rules.append((0.0, top, edges[-1], top))
        pen.finish()
        canvas.saveState()
        canvas.setLineWidth(RULE_WIDTH)
        canvas.lines(rules)
        canvas.restoreState()

    # -- layout ----------------------------------------------------------------------------
    def _row(self, texts: Sequence[str], styles: Sequence[GridStyle], place: str) -> _Row:
        cells = []
        for text, width, style in zip(texts, self._widths, styles, strict=True):
            room = width - 2 * self._padding.x
            lines = _one_line(text, style, room)
            if lines is None:  # wraps, breaks or lacks a glyph: the grid's full layout
                lines = tuple(GridText(text, style, place)._ensure_lines(room))
            centred = style.align == "center" or (self._centre_numbers and _is_number(text))
            cells.append(_Cell(lines, style, centred))
        return _Row(tuple(cells), self._height_of(cells))

    def _height_of(self, cells: Sequence[_Cell]) -> float:
        text = max((max(len(c.lines), 1) * c.style.pitch for c in cells), default=0.0)
        return text + 2 * self._padding.y

    def _split_first_row(self, room: float) -> list[Flowable]:
        """Break a row taller than a whole page after the lines that fit in *room*."""
        first = self._rows[0]
        if first.height + self._head_height <= self._page_height:
            return []  # it fits on the next page whole
        pitch = max(c.style.pitch for c in first.cells)
        count = int((room - 2 * self._padding.y + 0.01) // pitch)
        if count < 1:
            return []
        parts = []
        for lines in (slice(None, count), slice(count, None)):
            cells = tuple(_Cell(c.lines[lines], c.style, c.centred) for c in first.cells)
            parts.append(_Row(cells, self._height_of(cells), first.spans_all))
        return [self._part(parts[:1]), self._part([parts[1], *self._rows[1:]])]

    def _part(self, rows: list[_Row]) -> LedgerGrid:
        """The same table holding *rows* (the header row repeats). Built afresh, not copied:
        a copy would carry the marks platypus sets on a flowable it has postponed."""
        part: LedgerGrid = LedgerGrid.__new__(LedgerGrid)
        Flowable.__init__(part)
        part._widths = self._widths
        part._padding = self._padding
        part._page_height = self._page_height
        part._centre_numbers = self._centre_numbers
        part._min_rows = self._min_rows
        part._head = self._head
        part._rows = rows
        part.width = self.width
        part.height = part._head_height + sum(r.height for r in rows)
        return part

    # -- drawing ---------------------------------------------------------------------------
    def _draw_cell(
        self, pen: GridPen, cell: _Cell, left: float, right: float, top: float, height: float
    ) -> None:
        """Vertically centred in its row; centred or from the left in its column."""
        style = cell.style
        block = len(cell.lines) * style.pitch
        line_top = top - (height - block) / 2
        for number, line in enumerate(cell.lines):
            baseline = line_top - number * style.pitch - baseline_drop(style.pitch, style.size)
            x = left + self._padding.x
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
