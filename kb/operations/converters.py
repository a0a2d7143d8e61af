"""Path converters for the project's own addresses, and the id reading they share."""

import re

# The largest id SQLite and PostgreSQL store (a signed 64-bit integer).
LARGEST_ID = 2**63 - 1


def as_id(text):
    """``text`` as a row id, or None when it is no id (not digits, beyond any column)."""
    text = str(text)
    if not re.fullmatch(r"[0-9]+", text) or int(text) > LARGEST_ID:
        return None
    return int(text)


class IdConverter:
    """A row id: digits no database column can exceed, so a longer number is "not found".

    Django's ``int`` takes any number of digits, and SQLite refuses a number beyond
    64 bits with an error instead of answering "no such row".
    """

    regex = "[0-9]+"

    def to_python(self, value):
        number = as_id(value)
        if number is None:
            raise ValueError(f"{value} is beyond any id")
        return number

    def to_url(self, value):
        return str(value)
