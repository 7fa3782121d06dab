from branchdesk.core.errors import Message, UserError


def test_a_user_error_reads_as_english_with_its_fields_and_keeps_its_message() -> None:
    reason = Message("it is not a readable zip archive ({detail})", {"detail": "bad header"})
    error = UserError(
        Message(
            "{file}: refused, {reason}; nothing was changed.",
            {"file": "备份.zip", "reason": reason},
        )
    )
    assert str(error) == (
        "备份.zip: refused, it is not a readable zip archive (bad header); nothing was changed."
    )
    assert error.message is not None and error.message.params["reason"] == reason
    assert UserError("plain").message is None and str(UserError("plain")) == "plain"
