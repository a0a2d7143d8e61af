"""Path converters for the project's own addresses."""

# The largest id SQLite and PostgreSQL store (a signed 64-bit integer).
LARGEST_ID = 2**63 - 1


class IdConverter:
    """A row id: digits no database column can exceed, so a longer number is "not found".

    Django's ``int`` takes any number of digits, and SQLite refuses a number beyond
    64 bits with an error instead of answering "no such row".
    """

    regex = "[0-9]+"

    def to_python(self, value):
        number = int(value)
        if number > LARGEST_ID:
            raise ValueError(f"{value} is beyond any id")
        return number

    def to_url(self, value):
        return str(value)
