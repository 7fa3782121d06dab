"""The domain: records, enums, validation and derived facts. Standard library only."""
