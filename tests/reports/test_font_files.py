"""Checking a font file the user picks before it is saved (issue 6: fonts chosen in 设置)."""

from pathlib import Path

import pytest

from branchdesk.reports.font_files import (
    FontProblem,
    UnusableFontError,
    check_font_file,
    font_faces,
    required_characters,
)
from branchdesk.reports.fonts import (
    FontRole,
    Source,
    choice_spec,
    parse_choice,
    resolve_fonts,
)
from tests.reports.font_samples import (
    LATIN_ONLY,
    UKAI,
    UMING,
    make_cff_otf,
    make_text_file_named_ttf,
    make_ttc,
)


def test_the_required_characters_are_the_3755_of_gb2312_level_1() -> None:
    chars = required_characters()
    assert len(chars) == len(set(chars)) == 3755
    assert chars[0] == "啊" and chars[-1] == "座"


def test_a_shipped_truetype_font_passes() -> None:
    font = check_font_file(UKAI)
    assert font.family == "UKaiCN" and font.source == Source.USER
    assert all(font.has(char) for char in required_characters())


def test_a_text_file_named_ttf_is_not_a_font(tmp_path: Path) -> None:
    with pytest.raises(UnusableFontError) as caught:
        check_font_file(make_text_file_named_ttf(tmp_path / "假字体.ttf"))
    assert caught.value.problem == FontProblem.NOT_A_FONT


def test_a_missing_file_is_said_to_be_missing(tmp_path: Path) -> None:
    with pytest.raises(UnusableFontError) as caught:
        check_font_file(tmp_path / "gone.ttf")
    assert caught.value.problem == FontProblem.MISSING_FILE


def test_a_cff_font_is_refused_for_its_outlines(tmp_path: Path) -> None:
    with pytest.raises(UnusableFontError) as caught:
        check_font_file(make_cff_otf(tmp_path / "cff.otf"))
    assert caught.value.problem == FontProblem.POSTSCRIPT_OUTLINES


def test_an_installed_cff_collection_is_listed_and_refused() -> None:
    noto = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
    if not noto.is_file():
        pytest.skip("no CFF CJK collection installed here")
    faces = font_faces(noto)
    assert len(faces) > 1 and all(face.postscript_outlines for face in faces)
    assert any("SC" in face.name for face in faces)
    with pytest.raises(UnusableFontError) as caught:
        check_font_file(noto, 2)
    assert caught.value.problem == FontProblem.POSTSCRIPT_OUTLINES


def test_a_latin_font_lacks_the_common_hanzi() -> None:
    with pytest.raises(UnusableFontError) as caught:
        check_font_file(LATIN_ONLY)
    assert caught.value.problem == FontProblem.MISSING_CHARACTERS
    assert caught.value.missing == required_characters()


def test_each_face_of_a_collection_is_named_and_loads_by_index(tmp_path: Path) -> None:
    ttc = make_ttc([UMING, UKAI], tmp_path / "pair.ttc")
    faces = font_faces(ttc)
    assert [(f.index, f.name, f.postscript_outlines) for f in faces] == [
        (0, "AR PL UMing CN", False),
        (1, "AR PL UKai CN", False),
    ]
    assert check_font_file(ttc, 1).family == "UKaiCN"
    with pytest.raises(UnusableFontError):
        check_font_file(ttc, 2)


def test_a_face_of_a_collection_is_stored_as_path_hash_index(tmp_path: Path) -> None:
    folder = tmp_path / "C# fonts"
    folder.mkdir()
    ttc = make_ttc([UMING, UKAI], folder / "pair.ttc")
    assert parse_choice(choice_spec(ttc, 1)) == (ttc, 1)
    assert parse_choice(choice_spec(ttc, 0)) == (ttc, 0)
    assert choice_spec(ttc, 0) == str(ttc)
    fonts = resolve_fonts({"kai": choice_spec(ttc, 1)}, use_system=False)
    assert fonts.chain(FontRole.KAI).primary.path == ttc
    assert fonts.chain(FontRole.KAI).primary.index == 1


def test_describe_role_says_family_and_source() -> None:
    fonts = resolve_fonts({"body": str(UKAI)}, use_system=False)
    assert fonts.describe_role(FontRole.BODY, with_path=False) == "UKaiCN（设置中选择）"
    assert fonts.describe_role(FontRole.BODY).endswith(f"，{UKAI}）")
    assert fonts.summary()[0] == "仿宋: UKaiCN（设置中选择）"
