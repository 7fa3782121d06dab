"""Text on the official document grid: lines of N equal character cells, a fixed line pitch.

reportlab's Paragraph sets Chinese at the font's own advance (1 em), so 3号 text would give
27.6 characters a line, not GB/T 9704's 28; and it has one font per run. `GridText` lays out
each character in a cell of the grid, picks for each character the first font of the role's
chain that has it, keeps the line-breaking rules of Chinese typesetting (no closing
punctuation at the start of a line, no opening one at the end, digits kept together), and
splits between lines across pages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal, NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from branchdesk.reports.fonts import FontChain, LoadedFont, MissingChar, MissingGlyphsError

Align = Literal["justify", "left", "center", "right"]

NO_LINE_START = frozenset("，。、；：？！）》」』】〕’”…%％,.;:?!)]}·—")
NO_LINE_END = frozenset("（《「『【〔‘“([{")
# Unbreakable pieces: a Latin/digit word, or any one character.
_UNITS = re.compile(r"[A-Za-z0-9][A-Za-z0-9.:/%\-]*|.", re.DOTALL)
# Where the baseline sits in a line box, as a fraction of the font size from the em top:
# CJK faces put the ideographic em box between +0.88 and -0.12 em.
_ASCENT = 0.88


class Glyph(NamedTuple):  # a tuple: a report lays out tens of thousands of them
    char: str
    font: LoadedFont
    advance: float  # points taken on the line
    natural: float  # the font's own advance


Line = tuple[Glyph, ...]


def is_full_width(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


@dataclass(frozen=True)
class GridStyle:
    chain: FontChain
    size: float  # points
    pitch: float  # line pitch, points
    cell: float | None = None  # character cell, points; None: the font size
    align: Align = "justify"
    first_indent: float = 0  # in cells
    left_indent: float = 0  # in cells
    right_indent: float = 0  # in cells
    space_before: int = 0  # in lines
    space_after: int = 0  # in lines
    balanced: bool = False  # centred titles: lines of even length (梯形/菱形), not greedy
    highlight_prompts: bool = False  # the preview marks 【…】 prompts left in the text

    @property
    def cell_width(self) -> float:
        return self.cell if self.cell is not None else self.size

    def glyph(self, char: str) -> Glyph | None:
        """*char* in the first font of the chain that has it; None when none has."""
        try:
            return self._glyphs[char]
        except KeyError:
            pass
        font = self.chain.font_for(char)
        found = None
        if font is not None:
            natural = _width(char, font.name, self.size)
            advance = self.cell_width if is_full_width(char) else natural
            found = Glyph(char, font, advance, natural)
        self._glyphs[char] = found
        return found

    @cached_property
    def _glyphs(self) -> dict[str, Glyph | None]:
        # Remembered per style: a ledger lays out every character of every cell.
        return {}


class GridText(Flowable):  # type: ignore[misc]
    """A paragraph set on the character grid; `place` names it in error messages.

    Its first *run_in* characters may be set in the fonts of *run_in_style* (a heading run
    into the paragraph), at the paragraph's size and cell.
    """

    def __init__(
        self,
        text: str,
        style: GridStyle,
        place: str = "",
        run_in: int = 0,
        run_in_style: GridStyle | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.place = place
        self._run_in = run_in if run_in_style is not None else 0
        self._run_in_style = run_in_style or style
        self._lines: list[Line] | None = None
        self._laid_width = -1.0
        self._is_continuation = False
        self._has_end = True

    # -- platypus protocol -----------------------------------------------------------------
    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._ensure_lines(avail_width)
        self.width = avail_width
        self.height = self._height(len(self._lines or []))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._ensure_lines(avail_width)
        s = self.style
        before = 0 if self._is_continuation else s.space_before
        fit = int((avail_height + 0.01) // s.pitch) - before
        if fit <= 0 or fit >= len(lines):
            return []
        # A paragraph's last line alone at the top of a page is acceptable in official
        # documents; a heading is never split (it is one or two lines and kept whole).
        head = self._part(lines[:fit], continuation=self._is_continuation, has_end=False)
        tail = self._part(lines[fit:], continuation=True, has_end=self._has_end)
        return [head, tail]

    def draw(self) -> None:
        s = self.style
        canvas = self.canv
        lines = self._lines or []
        y_top = self.height - (0 if self._is_continuation else s.space_before) * s.pitch
        if s.chain.embolden:
            canvas.saveState()
            canvas.setLineWidth(s.size * 0.035)
        pen = GridPen(canvas, s.size)
        if s.chain.embolden:
            pen.text.setTextRenderMode(2)  # fill and stroke: a heavier stroke for the title
        in_prompt = False
        for number, line in enumerate(lines):
            baseline = y_top - number * s.pitch - baseline_drop(s.pitch, s.size)
            last = number == len(lines) - 1 and self._has_end
            x, extra = self._draw_line(pen, line, baseline, number, last)
            if s.highlight_prompts:
                in_prompt = _highlight_prompts(canvas, line, x, extra, baseline, s, in_prompt)
        pen.finish()
        if s.chain.embolden:
            canvas.restoreState()

    # -- layout ----------------------------------------------------------------------------
    def _height(self, count: int) -> float:
        s = self.style
        before = 0 if self._is_continuation else s.space_before
        after = s.space_after if self._has_end else 0
        return (before + count + after) * s.pitch

    def _part(self, lines: list[Line], *, continuation: bool, has_end: bool) -> GridText:
        part = GridText(self.text, self.style, self.place, self._run_in, self._run_in_style)
        part._lines = lines
        part._laid_width = self._laid_width
        part._is_continuation = continuation
        part._has_end = has_end
        return part

    def _ensure_lines(self, avail_width: float) -> list[Line]:
        if self._lines is None or abs(avail_width - self._laid_width) > 0.01:
            self._lines = self._layout(avail_width)
            self._laid_width = avail_width
        return self._lines

    def _line_width(self, avail_width: float, first: bool) -> float:
        s = self.style
        cells = s.left_indent + s.right_indent + (s.first_indent if first else 0)
        return avail_width - cells * s.cell_width

    def _layout(self, avail_width: float) -> list[Line]:
        """Lines of every hard-broken ("\\n") segment; only the first gets the indent."""
        lines: list[Line] = []
        for number, segment in enumerate(self.text.split("\n")):
            lines.extend(self._layout_segment(segment, avail_width, number == 0))
        return lines

    def _layout_segment(self, text: str, avail_width: float, first: bool) -> list[Line]:
        narrowest = min(self._line_width(avail_width, True), self._line_width(avail_width, False))
        units = _fitting(self._units(text, self._run_in if first else 0), narrowest)
        if not units:
            return [()]  # an empty line still takes its place ("a\n\nb", a blank form row)
        total = sum(g.advance for u in units for g in u)
        if self.style.balanced:
            width = self._line_width(avail_width, first)
            count = max(1, -(-int(total) // int(width)))
            if count > 1:
                target = min(width, total / count + self.style.cell_width * 0.99)
                return _break(units, lambda _first: target)
        elif total <= self._line_width(avail_width, first) + 0.01:
            return [tuple(g for u in units for g in u)]  # one line: most table cells
        return _break(units, lambda at_start: self._line_width(avail_width, first and at_start))

    def _units(self, text: str, run_in: int = 0) -> list[list[Glyph]]:
        """Unbreakable pieces: a Latin/digit word, or one character (the first *run_in*
        characters in the run-in style's fonts)."""
        units: list[list[Glyph]] = []
        missing: list[MissingChar] = []
        position = 0
        for piece in _UNITS.findall(text):
            unit = []
            for char in piece:
                style = self._run_in_style if position < run_in else self.style
                position += 1
                found = style.glyph(char)
                if found is None:
                    missing.append(MissingChar(char, self.place or text[:20]))
                else:
                    unit.append(found)
            if unit:
                units.append(unit)
        if missing:
            raise MissingGlyphsError(missing)
        return units

    # -- drawing ---------------------------------------------------------------------------
    def _draw_line(
        self, pen: GridPen, line: Line, baseline: float, number: int, last: bool
    ) -> tuple[float, float]:
        """Set *line*; returns where it starts and the spacing added after each glyph."""
        s = self.style
        first = number == 0 and not self._is_continuation
        width = self._line_width(self.width, first)
        used = sum(g.advance for g in line)
        x = (s.left_indent + (s.first_indent if first else 0)) * s.cell_width
        extra = 0.0
        if s.align == "center":
            x += (width - used) / 2
        elif s.align == "right":
            x += width - used
        elif s.align == "justify" and not last and len(line) > 1:
            extra = max(0.0, width - used) / (len(line) - 1)
        pen.put(line, x, baseline, extra)
        return x, extra


PROMPT_HIGHLIGHT = (1.0, 0.93, 0.45)  # a marker's yellow


def _highlight_prompts(
    canvas: Any, line: Line, x: float, extra: float, baseline: float, s: GridStyle, inside: bool
) -> bool:
    """Mark the 【…】 prompts of *line* (set from *x*) behind the text; *inside*: the line
    starts within a prompt begun above. Returns whether it ends within one."""
    spans: list[tuple[float, float]] = []
    start = x if inside else None
    for glyph in line:
        if glyph.char == "【" and start is None:
            start = x
        x += glyph.advance + extra
        if glyph.char == "】" and start is not None:
            spans.append((start, x - extra))
            start = None
    if start is not None:
        spans.append((start, x - extra))
    if spans:
        canvas.saveState()
        canvas.setFillColorRGB(*PROMPT_HIGHLIGHT)
        for left, right in spans:
            canvas.rect(left, baseline - 0.15 * s.size, right - left, s.size * 1.1, 0, 1)
        canvas.restoreState()
    return start is not None


def baseline_drop(pitch: float, size: float) -> float:
    """From the top of a line box of *pitch* to the baseline of text of *size*."""
    return (pitch - size) / 2 + _ASCENT * size


class GridPen:
    """One PDF text object that lines are set into, each run placed at its own origin.

    Font and character spacing are written only when they change, so a paragraph (or a
    page of a ledger) costs one BT…ET, not one per line.
    """

    def __init__(self, canvas: Any, size: float) -> None:
        self._canvas = canvas
        self._size = size
        self.text = canvas.beginText()
        self._font: tuple[str, float] = ("", 0.0)
        self._space: float | None = None

    def put(
        self, line: Line, x: float, baseline: float, extra: float = 0.0, size: float | None = None
    ) -> None:
        """Set *line* from (x, baseline), with *extra* points after each glyph (justifying),
        at *size* points (else the pen's)."""
        tx = self.text
        for run in _runs(line, self._canvas._doc, extra):
            tx.setTextOrigin(x, baseline)
            font = (run[0].font.name, size or self._size)
            if font != self._font:
                self._font = font
                tx.setFont(*font)
            space = run[0].advance - run[0].natural + extra
            if self._space is None or abs(space - self._space) > 0.0001:
                self._space = space
                tx.setCharSpace(space)
            tx.textOut("".join(g.char for g in run))
            x += sum(g.advance for g in run) + extra * len(run)

    def finish(self) -> None:
        self._canvas.drawText(self.text)


_WIDTHS: dict[tuple[str, str, float], float] = {}


def _width(char: str, font: str, size: float) -> float:
    """A glyph's advance, remembered: layout asks for every character of every cell."""
    key = (char, font, size)
    width = _WIDTHS.get(key)
    if width is None:
        width = _WIDTHS[key] = float(stringWidth(char, font, size))
    return width


def _runs(line: Line, doc: Any, extra: float = 0.0) -> list[list[Glyph]]:
    """Consecutive glyphs sharing a font, a spacing and a font subset: one text operator each.

    reportlab embeds a TrueType font as subsets of 256 glyphs and switches subset inside a
    string by itself; each such switch starts a new Tj, after whose last glyph some readers
    (pdfminer, hence pdfplumber) do not add the character spacing. Starting a run at every
    subset change places each run by its own origin, so every reader agrees. (*extra*: the
    spacing a justified line adds to every glyph.)
    """
    groups: list[list[Glyph]] = []
    for glyph in line:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and last.font.name == glyph.font.name
            and abs((last.advance - last.natural) - (glyph.advance - glyph.natural)) < 0.001
        ):
            groups[-1].append(glyph)
        else:
            groups.append([glyph])
    runs: list[list[Glyph]] = []
    for group in groups:
        if abs(group[0].advance - group[0].natural + extra) < 0.0001:
            runs.append(group)  # no spacing to lose at a subset switch (most table cells)
            continue
        font = pdfmetrics.getFont(group[0].font.name)
        text = "".join(g.char for g in group)
        start = 0
        # One byte per character in each chunk: the chunks' lengths cut the group.
        for _subset, chunk in font.splitString(text, doc):
            runs.append(group[start : start + len(chunk)])
            start += len(chunk)
    return runs


def _fitting(units: list[list[Glyph]], width: float) -> list[list[Glyph]]:
    """A Latin word wider than a line (a pasted web address) may break between any two of
    its characters: kept whole, it would run off the page or out of its table column."""
    fitting: list[list[Glyph]] = []
    for unit in units:
        if len(unit) > 1 and sum(g.advance for g in unit) > width + 0.01:
            fitting.extend([g] for g in unit)
        else:
            fitting.append(unit)
    return fitting


def _break(units: list[list[Glyph]], width_of: Any) -> list[Line]:
    """Greedy line breaking with the 禁则 of Chinese typesetting."""
    lines: list[Line] = []
    current: list[list[Glyph]] = []
    used = 0.0
    for unit in units:
        size = sum(g.advance for g in unit)
        limit = width_of(not lines)
        if current and used + size > limit + 0.01:
            carried: list[list[Glyph]] = []
            # Closing punctuation may not start a line: carry the last unit along with it.
            # (Repeatedly: "次）、" must not leave "）、" to start the next line.)
            while len(current) > 1 and (carried or [unit])[0][0].char in NO_LINE_START:
                carried.insert(0, current.pop())
            # Opening punctuation may not end a line.
            while len(current) > 1 and current[-1][-1].char in NO_LINE_END:
                carried.insert(0, current.pop())
            lines.append(tuple(g for u in current for g in u))
            current = carried
            used = sum(g.advance for u in current for g in u)
        current.append(unit)
        used += size
    if current:
        lines.append(tuple(g for u in current for g in u))
    return lines
