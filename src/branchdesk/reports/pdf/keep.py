"""What must stay together across a page break in an official document (GB/T 9704).

- A heading never ends a page: it needs room for itself and the first lines after it.
- The signature block (落款) never starts a page on its own: when it does not fit under the
  last lines of text, the gap above it tightens, else the paragraph's last lines are
  carried over to the next page with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable

from branchdesk.reports.pdf.grid import GridText

CARRIED_LINES = 2  # lines of text carried over with the signature


class RoomForHeading(CondPageBreak):  # type: ignore[misc]
    """A page break unless the page has room for *heading* and *lines_after* lines below it
    (measured, so a heading that wraps to two lines asks for both)."""

    def __init__(self, heading: GridText, lines_after: int) -> None:
        super().__init__(0)
        self._heading = heading
        self._after = lines_after * heading.style.pitch

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self._heading.wrap(avail_width, avail_height)[1] + self._after
        result: tuple[float, float] = super().wrap(avail_width, avail_height)
        return result


class SignedEnding(Flowable):  # type: ignore[misc]
    """The report's last paragraph (if any), *gap* blank lines, and the signature lines."""

    def __init__(
        self,
        last: GridText | None,
        signature: Sequence[GridText],
        gap: int,
        tighter: Sequence[int] = (1,),
    ) -> None:
        super().__init__()
        self._last = last
        self._signature = tuple(signature)
        self._gap = gap
        self._tighter = tuple(tighter)  # smaller gaps to try before carrying lines over
        self._pitch = self._signature[0].style.pitch

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        text = self._last.wrap(avail_width, avail_height)[1] if self._last is not None else 0.0
        signed = sum(line.wrap(avail_width, avail_height)[1] for line in self._signature)
        self.width = avail_width
        self.height = text + self._gap * self._pitch + signed
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        for gap in self._tighter:
            if self.height - (self._gap - gap) * self._pitch <= avail_height + 0.01:
                return [SignedEnding(self._last, self._signature, gap, ())]
        if self._last is None:
            return []
        lines = len(self._last._ensure_lines(avail_width))
        room = min(avail_height, (lines - CARRIED_LINES) * self._last.style.pitch)
        parts = self._last.split(avail_width, room) if room > 0 else []
        if len(parts) != 2:
            return []  # the whole paragraph goes to the next page with the signature
        head, tail = parts
        return [head, SignedEnding(tail, self._signature, self._gap, self._tighter)]

    def draw(self) -> None:
        top = self.height
        parts: list[tuple[Flowable, float]] = []
        if self._last is not None:
            parts.append((self._last, 0.0))
        parts.extend(
            (line, self._gap * self._pitch if i == 0 else 0.0)
            for i, line in enumerate(self._signature)
        )
        for flowable, space in parts:
            top -= space + flowable.height
            flowable.drawOn(self.canv, 0, top)
