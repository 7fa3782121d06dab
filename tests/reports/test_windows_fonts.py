"""Fonts on imitated Windows (a fake winreg and font folders in tmp_path): found through the
registry's font list and by file name whatever Windows or a vendor called the file, a face
of a two-face .ttc, and 宋体 / SimSun-ExtB as fallbacks for rare characters."""

from __future__ import annotations

import shutil
from pathlib import Path

from branchdesk.reports import windows_fonts
from branchdesk.reports.fonts import FontRole, Source, resolve_fonts
from tests.reports.font_samples import LATIN_ONLY, UKAI, UMING, make_ttc
from tests.windows_imitation import FakeWinreg

FONTS_KEY = windows_fonts.FONTS_KEY
WENQUANYI = UMING.with_name("WenQuanYiMicroHei-GBK.ttf")


def _system_fonts() -> Path:
    return windows_fonts.font_folders()[0]


def _user_fonts() -> Path:
    return windows_fonts.font_folders()[1]


def test_fonts_are_found_by_renamed_and_upper_case_files_and_by_the_registry(
    fake_winreg: FakeWinreg,
) -> None:
    system, user = _system_fonts(), _user_fonts()
    shutil.copy(UMING, system / "SIMFANG_0.TTF")  # 仿宋, installed twice and upper-cased
    shutil.copy(UKAI, system / "FZXBSJW--GB1-0.ttf")  # 方正小标宋简体 from the vendor
    shutil.copy(WENQUANYI, user / "heiti-from-a-cd.ttf")  # 黑体, installed without admin
    fake_winreg.values[(fake_winreg.HKEY_CURRENT_USER, FONTS_KEY)] = [
        ("SimHei (TrueType)", str(user / "heiti-from-a-cd.ttf")),
    ]
    fonts = resolve_fonts()
    body, title, hei = (
        fonts.chain(r).primary for r in (FontRole.BODY, FontRole.TITLE, FontRole.HEI)
    )
    assert (body.path.name, body.source) == ("SIMFANG_0.TTF", Source.SYSTEM)
    assert title.path.name == "FZXBSJW--GB1-0.ttf"
    assert not fonts.chain(FontRole.TITLE).embolden  # the real 小标宋: no stroke
    assert hei.path == user / "heiti-from-a-cd.ttf"


def test_simsun_is_face_0_of_its_collection_and_simsunb_backs_up_rare_characters(
    fake_winreg: FakeWinreg,
) -> None:
    system = _system_fonts()
    make_ttc([UKAI, UMING], system / "simsun.ttc")  # SimSun & NSimSun: two faces
    shutil.copy(LATIN_ONLY, system / "SIMSUNB.TTF")  # stands in for SimSun-ExtB
    fake_winreg.values[(fake_winreg.HKEY_LOCAL_MACHINE, FONTS_KEY)] = [
        ("SimSun & NSimSun (TrueType)", "simsun.ttc"),  # faces 0 and 1, as Windows lists them
        ("SimSun-ExtB (TrueType)", "SIMSUNB.TTF"),
    ]
    fonts = resolve_fonts()
    song = fonts.chain(FontRole.SONG)
    assert (song.primary.path.name, song.primary.index) == ("simsun.ttc", 0)
    names = [(f.path.name, f.index) for f in song.fonts]
    assert names[0] == ("simsun.ttc", 0) and ("SIMSUNB.TTF", 0) in names
    assert "UKai" in song.primary.family  # face 0 of the collection, not face 1 (UMing)
    # A character only the ExtB stand-in has is drawn by it, in every role's chain.
    rare = next(
        chr(code)
        for code in sorted(fonts.chain(FontRole.BODY).fonts[-1].glyphs)
        if code > 0x7F and all(not f.has(chr(code)) for f in fonts.chain(FontRole.BODY).fonts[:-1])
    )
    for role in FontRole:
        font = fonts.chain(role).font_for(rare)
        assert font is not None and font.path.name == "SIMSUNB.TTF", role


def test_file_keys_ignore_case_renaming_and_vendor_tails() -> None:
    key = windows_fonts.file_key
    assert key("FZXBSJW--GB1-0.ttf") == key("FZXBSJW.TTF") == "fzxbsjw"
    assert key("simfang_0.TTF") == key("SIMFANG.ttf") == "simfang"
    assert key("仿宋_GB2312.ttf") == "仿宋_gb2312"
    assert key("simsunb.ttf") != key("simsun.ttc")
