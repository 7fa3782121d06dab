"""Where a report writer writes: a file put in place atomically, or memory (previews, tests).

A report open in WPS or Word is held by it: writing straight to the file fails half-way, or
truncates the old one. The writers write a temporary file beside it instead, which replaces
it (with retries) only when complete (`fileops.atomic_path`).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from branchdesk import fileops


@contextmanager
def output_to(target: Path | io.BytesIO) -> Iterator[str | io.BytesIO]:
    """Yield what a library should save to: *target* itself when it is memory, else the name
    of a temporary file that replaces *target* when the block ends without an error."""
    if isinstance(target, io.BytesIO):
        yield target
        return
    with fileops.atomic_path(Path(target)) as temp:
        yield str(temp)
