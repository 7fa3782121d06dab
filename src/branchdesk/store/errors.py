"""Errors the store raises, each with a message fit to show a user."""

from branchdesk.core.errors import UserError


class StoreError(UserError):
    """A problem with the data file that the user must be told about."""


class NewerSchemaError(StoreError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer BranchDesk (data format {found}; this version reads "
            f"up to {supported}). Install the newer version to open it; the file was not changed."
        )
        self.found = found
        self.supported = supported


class DamagedDatabaseError(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path} is damaged or is not a BranchDesk data file ({detail}).")
        self.detail = detail


class NotFoundError(StoreError):
    def __init__(self, what: str, record_id: int | str) -> None:
        super().__init__(f"{what} {record_id} does not exist")
