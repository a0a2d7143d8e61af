"""The admin's rich text editor, refusing posted content that is not the editor's own."""

from django.core.exceptions import BadRequest

from wagtail.admin.rich_text import DraftailRichTextArea


class ReadableDraftailRichTextArea(DraftailRichTextArea):
    """Draftail's editor; a value that is not its JSON content gets a 400, not a 500.

    The editor posts its content as JSON of a fixed shape. Wagtail converts
    whatever arrives without checking it: ``abc``, ``0`` or ``[]`` (a hand-made or
    damaged form) fail in the converter.
    """

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as unreadable:
            raise BadRequest(f"{name} holds no rich text content") from unreadable
