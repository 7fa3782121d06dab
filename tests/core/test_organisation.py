from branchdesk.core.organisation import (
    SocialOrganisation,
    credit_code_text,
    validate_organisation,
)


def _errors(code: str) -> list[str]:
    return [
        e.field for e in validate_organisation(SocialOrganisation("示例协会", credit_code=code))
    ]


def test_a_credit_code_is_18_digits_and_capitals_of_its_own_alphabet() -> None:
    assert _errors("91350100M000100Y43") == []
    assert _errors("") == []
    # Chinese characters passed as "letters": an organisation's name typed into the column
    assert _errors("广州市天河区软件行业协会社会组织代码") == ["credit_code"]
    assert _errors("91350100M000100O43") == ["credit_code"]  # no letter O in the code


def test_a_credit_code_as_typed_is_tidied() -> None:
    assert credit_code_text(" ９１３５０１００m000 100y43 ") == "91350100M000100Y43"
