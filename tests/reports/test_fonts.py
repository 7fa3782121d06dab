"""Font resolution: user choice, then the PC's official fonts, then the shipped TrueType."""

from pathlib import Path

import pytest

from branchdesk.reports.fonts import (
    FontRole,
    MissingGlyphsError,
    Source,
    check_text,
    require_drawable,
    resolve_fonts,
    shipped_fonts_dir,
)

RARE_NAMES = "王赟李喆张堃陈旻刘玥"


def test_shipped_fonts_are_truetype_with_licences_and_gbk_names() -> None:
    folder = shipped_fonts_dir()
    assert (folder / "README.md").is_file()
    assert list(folder.glob("LICENSE-*.txt"))
    fonts = resolve_fonts(use_system=False)
    for role in FontRole:
        chain = fonts.chain(role)
        assert chain.primary.source == Source.SHIPPED
        # Each rare character is drawn by the role's own font, not a fallback.
        assert all(chain.primary.has(char) for char in RARE_NAMES), role


def test_the_title_is_emboldened_only_when_it_falls_back_to_a_song_face() -> None:
    fonts = resolve_fonts(use_system=False)
    assert fonts.chain(FontRole.TITLE).embolden
    assert not fonts.chain(FontRole.BODY).embolden


def test_a_character_missing_from_the_primary_font_comes_from_a_fallback() -> None:
    body = resolve_fonts(use_system=False).chain(FontRole.BODY)
    # 刏 (a rare GBK character) is missing from UMing but present in WenQuanYi Micro Hei.
    char = next(c for c in "刏刯剈" if not body.primary.has(c) and body.font_for(c))
    font = body.font_for(char)
    assert font is not None and font.name != body.primary.name


def test_a_character_no_font_has_is_reported_by_name_and_place() -> None:
    body = resolve_fonts(use_system=False).chain(FontRole.BODY)
    missing = check_text(body, "党员𠀀同志", "“基本情况”一节")
    assert [m.char for m in missing] == ["𠀀"]
    with pytest.raises(MissingGlyphsError) as caught:
        require_drawable(missing)
    message = str(caught.value)
    assert "U+20000" in message and "CJK UNIFIED IDEOGRAPH-20000" in message
    assert "基本情况" in message


def test_the_users_choice_comes_first_and_an_unusable_one_is_skipped(tmp_path: Path) -> None:
    kai = shipped_fonts_dir() / "ARPLUKaiCN-GBK.ttf"
    fonts = resolve_fonts({"body": str(kai)}, use_system=False)
    assert fonts.chain(FontRole.BODY).primary.source == Source.USER
    assert fonts.chain(FontRole.BODY).primary.path == kai
    bogus = tmp_path / "not-a-font.ttf"
    bogus.write_bytes(b"nothing")
    fonts = resolve_fonts({"body": str(bogus)}, use_system=False)
    assert fonts.chain(FontRole.BODY).primary.source == Source.SHIPPED


def test_cff_fonts_are_skipped_not_fatal(tmp_path: Path) -> None:
    cff = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    if not cff.is_file():
        pytest.skip("no CFF CJK font installed here")
    fonts = resolve_fonts({"hei": str(cff)}, use_system=False)
    assert fonts.chain(FontRole.HEI).primary.source == Source.SHIPPED


def test_describe_names_every_role_and_its_file() -> None:
    lines = resolve_fonts(use_system=False).describe()
    assert [line.split(":")[0] for line in lines] == ["仿宋", "黑体", "楷体", "小标宋", "宋体"]
    assert all(".ttf" in line for line in lines)
