from datetime import date

import pytest

from branchdesk.core import idcard
from branchdesk.core.members import validate_id_number

# The GB 11643-1999 standard's own worked example.
STANDARD_EXAMPLE = "11010519491231002X"


def test_check_character_of_the_standard_example() -> None:
    assert idcard.check_character(STANDARD_EXAMPLE[:17]) == "X"
    assert idcard.has_valid_check(STANDARD_EXAMPLE)


@pytest.mark.parametrize("last", list("0123456789"))
def test_every_other_check_character_is_refused(last: str) -> None:
    assert not idcard.has_valid_check(STANDARD_EXAMPLE[:17] + last)


def test_embedded_birth_date() -> None:
    assert idcard.birth_date_of(STANDARD_EXAMPLE) == date(1949, 12, 31)
    unreal = "110105" + "19490231" + "002"
    assert idcard.birth_date_of(unreal + idcard.check_character(unreal)) is None


def test_normalise_and_mask() -> None:
    assert idcard.normalise(" 11010519491231002x ") == STANDARD_EXAMPLE
    assert idcard.mask(STANDARD_EXAMPLE) == "110105********002X"


def test_full_width_digits_typed_with_a_chinese_input_method_are_read() -> None:
    """A number typed in full-width mode (１１０…Ｘ) looked right but was refused as not
    having 17 digits and a check character."""
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in STANDARD_EXAMPLE)
    assert idcard.normalise(f"　{full_width}　") == STANDARD_EXAMPLE
    assert validate_id_number(full_width, date(1949, 12, 31)) == []


def test_validation_messages_name_the_problem() -> None:
    assert validate_id_number("", None) == []
    assert validate_id_number(STANDARD_EXAMPLE, date(1949, 12, 31)) == []
    (shape,) = validate_id_number("12345", None)
    assert shape.field == "id_number" and "17 digits" in shape.text()
    (check,) = validate_id_number(STANDARD_EXAMPLE[:17] + "1", None)
    assert "should be X" in check.text()
    (mismatch,) = validate_id_number(STANDARD_EXAMPLE, date(1950, 1, 1))
    assert "1949-12-31" in mismatch.text() and "1950-01-01" in mismatch.text()
