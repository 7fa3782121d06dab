"""Keeping a form's Save and Cancel in view.

Record forms sit in a scroll area beside their table; on a 1280×800 screen a long form
(a member with events, a training with participants) would scroll its buttons out of
sight. The page moves the buttons drawn at the form's foot into a row under the scroll
area, so they stay visible whatever the form's length.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget


def pin_below(scroll: QScrollArea, *buttons: QPushButton) -> QWidget:
    """Put *buttons* in a row under *scroll*, which must be a pane of a QSplitter."""
    splitter = scroll.parentWidget()
    if not isinstance(splitter, QSplitter):
        raise TypeError("the scroll area must sit directly in a splitter")
    index = splitter.indexOf(scroll)
    pane = QWidget()
    pane.setObjectName(f"{scroll.objectName()}Pane")
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)  # leaves the splitter
    pane.setSizePolicy(scroll.sizePolicy())
    splitter.insertWidget(index, pane)  # the splitter owns the pane from here on
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)  # taken out of the form's own layout
    layout.addLayout(row)
    return pane
