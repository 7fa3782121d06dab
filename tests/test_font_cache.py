"""reports/font_cache.py: a font is parsed once, and a cache entry is never trusted over the
file it was made from."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from branchdesk.reports import font_cache, fonts
from branchdesk.resources import fonts_dir

FONT = "WenQuanYiMicroHei-GBK.ttf"  # the smallest shipped font


@pytest.fixture
def font_file(tmp_path: Path) -> Path:
    return Path(shutil.copy(fonts_dir() / FONT, tmp_path / FONT))


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files reportlab really parsed."""
    parsed: list[Path] = []
    real = font_cache._parse

    def counting(name: str, path: Path, index: int) -> TTFont:
        parsed.append(path)
        return real(name, path, index)

    monkeypatch.setattr(font_cache, "_parse", counting)
    return parsed


def comparable(font: TTFont) -> dict[str, Any]:
    skip = {"_pdfScale", "_ttf_data", "_branchdesk_file"}  # a function; the file, read lazily
    face = {k: v for k, v in vars(font.face).items() if k not in skip}
    return {"font": {k: v for k, v in vars(font).items() if k not in {"face", "state", "encoding"}},
            "face": face, "scale": font.face._pdfScale(517)}  # fmt: skip


def test_the_second_load_comes_from_the_cache_and_equals_a_parse(
    font_file: Path, parses: list[Path]
) -> None:
    font_cache.load_ttfont("F1", font_file)
    cached = font_cache.load_ttfont("F1", font_file)
    first = TTFont("F1", str(font_file))  # what reportlab itself makes of the file
    assert parses == [font_file]
    assert list(font_cache.fonts_cache_dir().glob("*.marshal"))
    assert comparable(cached) == comparable(first)
    assert cached.face.name.ustr == first.face.name.ustr
    text = "支部工作台，党员大会"
    assert cached.stringWidth(text, 16) == first.stringWidth(text, 16)
    subset = [ord(c) for c in text]
    assert cached.face.makeSubset(subset) == first.face.makeSubset(subset)


def test_a_changed_font_file_is_parsed_again(font_file: Path, parses: list[Path]) -> None:
    font_cache.load_ttfont("F1", font_file)
    stat = font_file.stat()
    os.utime(font_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    font_cache.load_ttfont("F1", font_file)
    # Another font under the same path (a different size): the entry is not trusted either.
    shutil.copy(fonts_dir() / "ARPLUKaiCN-GBK.ttf", font_file)
    replaced = font_cache.load_ttfont("F1", font_file)
    assert parses == [font_file] * 3
    assert replaced.face.name.ustr == TTFont("F2", str(font_file)).face.name.ustr


@pytest.mark.parametrize("garbage", [b"", b"\x00not marshal", b"\xfb" * 40, b"i\x07\x00\x00\x00"])
def test_a_corrupt_cache_entry_is_ignored_and_replaced(
    font_file: Path, parses: list[Path], garbage: bytes
) -> None:
    fresh = font_cache.load_ttfont("F1", font_file)
    (entry,) = font_cache.fonts_cache_dir().glob("*.marshal")
    entry.write_bytes(garbage)
    again = font_cache.load_ttfont("F1", font_file)
    assert comparable(again) == comparable(fresh)
    assert len(parses) == 2
    font_cache.load_ttfont("F1", font_file)  # the entry was written anew
    assert len(parses) == 2


def test_fontconfig_is_asked_once_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    real = subprocess.run

    def counting(args: list[str], **kwargs: Any) -> Any:
        calls.append(args)
        return real(args, **kwargs)

    monkeypatch.setattr(fonts.subprocess, "run", counting)
    fonts._fontconfig_faces.cache_clear()
    try:
        for role in fonts.FontRole:
            fonts._fontconfig_candidates(role)
    finally:
        fonts._fontconfig_faces.cache_clear()
    assert len(calls) <= 1  # none where there is no fc-list (Windows)


def test_fontconfig_families_match_as_fontconfig_does() -> None:
    if shutil.which("fc-list") is None:
        pytest.skip("no fontconfig here")
    fonts._fontconfig_faces.cache_clear()
    out = subprocess.run(
        ["fc-list", ":family=DejaVu Sans", "--format", "%{file}\t%{index}\n"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert fonts._fc_list("dejavu sans") == tuple(sorted(set(out.split("\n")) - {""}))


def test_the_file_is_mapped_to_subset_and_not_kept(font_file: Path) -> None:
    font = font_cache.load_ttfont("BDLazy", font_file)
    assert "_ttf_data" not in vars(font.face)  # not held while no PDF is written
    subset = [ord(c) for c in "支部"]
    assert font.face.makeSubset(subset) == TTFont("F2", str(font_file)).face.makeSubset(subset)
    assert "_ttf_data" not in vars(font.face)  # mapped while subsetting, not kept
    assert len(font.face._ttf_data) == font_file.stat().st_size  # read if asked for
    font_cache.let_go_of_file_data([font])
    assert "_ttf_data" not in vars(font.face)
    stat = font_file.stat()
    os.utime(font_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    with pytest.raises(TTFError, match="changed"):  # never glyphs cut from another file
        font.face.makeSubset(subset)
