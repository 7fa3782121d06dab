"""Resident identity numbers (GB 11643-1999): 17 digits, then a check character."""

import unicodedata
from datetime import date

ID_NUMBER_LENGTH = 18
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


def check_character(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError("need exactly 17 digits")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def normalise(id_number: str) -> str:
    """Strip blanks and upper-case a trailing x, as people type it; full-width digits and
    Ｘ (a Chinese input method left in full-width mode) become ordinary ones."""
    return unicodedata.normalize("NFKC", id_number).strip().replace(" ", "").upper()


def has_valid_shape(id_number: str) -> bool:
    return (
        len(id_number) == ID_NUMBER_LENGTH
        and id_number[:17].isdigit()
        and id_number[17] in "0123456789X"
    )


def has_valid_check(id_number: str) -> bool:
    return has_valid_shape(id_number) and check_character(id_number[:17]) == id_number[17]


def birth_date_of(id_number: str) -> date | None:
    """The birth date embedded in digits 7–14, or None when it is not a real date."""
    if not has_valid_shape(id_number):
        return None
    digits = id_number[6:14]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def mask(id_number: str) -> str:
    """Show only the first 6 and last 4 characters, as on screen and in reports."""
    if len(id_number) <= 10:
        return "*" * len(id_number)
    return id_number[:6] + "*" * (len(id_number) - 10) + id_number[-4:]
