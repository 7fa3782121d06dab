"""Two small QPainter charts for the dashboard: meetings held vs due by month, and the
attendance trend. Plain painting, no chart library: they draw twelve months and nothing else.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

HELD = QColor("#c0392b")  # the party red, for what was done
DUE = QColor("#b0b7c3")
LINE = QColor("#2c6fbb")
GRID = QColor("#e3e6ea")
TEXT = QColor("#4a4f57")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 34, 10, 26, 22


class _MonthChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.month_labels = [str(m) for m in range(1, 13)]
        self.setMinimumSize(QSize(320, 170))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def plot_rect(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def _frame(self, painter: QPainter, tick_text: Sequence[str]) -> QRectF:
        """Title, horizontal grid lines with their labels, and month labels below."""
        rect = self.plot_rect()
        painter.setPen(TEXT)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, 2, self.width(), MARGIN_TOP - 4), left, "  " + self.title)
        steps = len(tick_text) - 1
        for i, text in enumerate(tick_text):
            y = rect.bottom() - rect.height() * i / steps
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 4, 16), right, text)
        slot = rect.width() / 12
        for i, text in enumerate(self.month_labels):
            painter.drawText(QRectF(rect.left() + i * slot, rect.bottom() + 2, slot, 18),
                             Qt.AlignmentFlag.AlignCenter, text)  # fmt: skip
        return rect


class HeldDueChart(_MonthChart):
    """Per month, a grey bar for the meetings due and a red bar for those held."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held: list[int] = [0] * 12
        self.due: list[int] = [0] * 12
        self.legend = ("", "")

    def set_data(self, held: Sequence[int], due: Sequence[int]) -> None:
        self.held, self.due = list(held), list(due)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max([*self.held, *self.due, 1])
        top = top + (-top % 4)  # a round scale in four steps
        rect = self._frame(painter, [str(top * i // 4) for i in range(5)])
        slot = rect.width() / 12
        bar = slot * 0.32
        for i in range(12):
            x = rect.left() + i * slot + slot / 2
            for value, colour, offset in ((self.due[i], DUE, -bar), (self.held[i], HELD, 0.0)):
                height = rect.height() * value / top
                painter.fillRect(QRectF(x + offset, rect.bottom() - height, bar, height), colour)
        self._draw_legend(painter)
        painter.end()

    def _draw_legend(self, painter: QPainter) -> None:
        x = self.width() - MARGIN_RIGHT
        for text, colour in ((self.legend[0], HELD), (self.legend[1], DUE)):
            width = painter.fontMetrics().horizontalAdvance(text) + 8
            x -= width
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x, 2, width, MARGIN_TOP - 4), Qt.AlignmentFlag.AlignVCenter, text
            )
            x -= 14
            painter.fillRect(QRectF(x, MARGIN_TOP / 2 - 5, 10, 10), colour)
            x -= 10


class TrendChart(_MonthChart):
    """A percentage per month (None: no meeting that month), joined by a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float | None] = [None] * 12

    def set_data(self, values: Sequence[float | None]) -> None:
        self.values = list(values)
        self.update()

    def points(self) -> list[QPointF]:
        rect = self.plot_rect()
        slot = rect.width() / 12
        return [
            QPointF(rect.left() + i * slot + slot / 2, rect.bottom() - rect.height() * v)
            for i, v in enumerate(self.values)
            if v is not None
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._frame(painter, [f"{p}%" for p in (0, 25, 50, 75, 100)])
        points = self.points()
        painter.setPen(QPen(LINE, 2))
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(LINE)
        for p in points:
            painter.drawEllipse(p, 3, 3)
        painter.end()
