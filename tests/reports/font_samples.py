"""Font files for tests of the font check: a TrueType collection, a CFF font, a Latin font."""

from __future__ import annotations

import struct
from pathlib import Path

import reportlab

from branchdesk.reports.fonts import shipped_fonts_dir

UKAI = shipped_fonts_dir() / "ARPLUKaiCN-GBK.ttf"
UMING = shipped_fonts_dir() / "ARPLUMingCN-GBK.ttf"
# reportlab's own Bitstream Vera: TrueType, but no Chinese at all.
LATIN_ONLY = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def make_ttc(fonts: list[Path], target: Path) -> Path:
    """A .ttc holding *fonts* in order (tables copied, offsets rewritten from the file start)."""
    blobs = [path.read_bytes() for path in fonts]
    directories = []
    for blob in blobs:
        count = struct.unpack_from(">H", blob, 4)[0]
        directories.append([struct.unpack_from(">4sIII", blob, 12 + 16 * i) for i in range(count)])
    header_size = 12 + 4 * len(blobs)
    offsets, position = [], header_size
    for tables in directories:
        offsets.append(position)
        position += 12 + 16 * len(tables)
    heads, body = bytearray(), bytearray()
    for blob, tables in zip(blobs, directories, strict=True):
        heads += blob[:12]  # sfnt version, table count and search fields as they were
        for tag, checksum, offset, length in tables:
            heads += struct.pack(">4sIII", tag, checksum, position + len(body), length)
            body += blob[offset : offset + length]
            body += b"\0" * (-len(body) % 4)
    header = b"ttcf" + struct.pack(f">II{len(blobs)}I", 0x00010000, len(blobs), *offsets)
    target.write_bytes(header + heads + body)
    return target


def make_cff_otf(target: Path) -> Path:
    """The start of an OpenType font with PostScript (CFF) outlines: the 'OTTO' signature."""
    target.write_bytes(b"OTTO" + struct.pack(">HHHH", 0, 0, 0, 0))
    return target


def make_text_file_named_ttf(target: Path) -> Path:
    target.write_text("这不是字体文件，只是改了扩展名。\n", encoding="utf-8")
    return target
