"""Chinese typographic conventions the report's text is set in, whoever typed it."""

from __future__ import annotations

OPENING = "“‘"
CLOSING = "”’"


def nest_quotes(text: str) -> str:
    """Quotes alternate by depth, as GB/T 15834 asks: “…‘…’…”, then “ again inside ‘…’.

    A quotation typed with double marks inside double marks (“学习“七一”讲话”) comes out
    “学习‘七一’讲话”. A closing mark without its opening one is left as the outer kind.
    """
    out: list[str] = []
    depth = 0
    for char in text:
        if char in OPENING:
            depth += 1
            out.append("“" if depth % 2 else "‘")
        elif char in CLOSING:
            out.append("”" if depth % 2 or depth == 0 else "’")
            depth = max(0, depth - 1)
        else:
            out.append(char)
    return "".join(out)
