"""Python compiled from forms/*.ui by tools/forms.py."""
