"""BranchDesk (支部工作台): records, reminders and the annual duty report of a party branch."""

__version__ = "0.1.0"
APP_NAME = "BranchDesk"
