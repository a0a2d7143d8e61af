"""How a page type tells search what its document is, in its own app.

In the spirit of Wagtail's ``search_fields``: a page model sets
``search_document = Document(...)`` and search reads it, so search
never names a content model. Pages without a declaration are ``page``
documents built from their Wagtail search fields.
"""

from dataclasses import dataclass

SUMMARY_FIELDS = ("summary", "intro", "search_description")


@dataclass(frozen=True)
class Document:
    """Which fields make a page's document.

    ``body`` None means the page's Wagtail search fields other than its title
    and summary. A ``confidential`` page is read by members only and its
    document carries none of its text, only its ``labels`` (e.g. a method).
    ``event_date`` names the field a document is dated by; without one it is
    the last publication.
    """

    type: str = "page"
    summary: tuple = SUMMARY_FIELDS
    body: tuple | None = None
    event_date: str | None = None
    confidential: bool = False
    labels: tuple = ()


PAGE = Document()


def declared(page):
    """The declaration of a page's type, or the plain page one."""
    return getattr(page.specific_class or type(page), "search_document", PAGE)
