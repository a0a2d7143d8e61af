"""What involved a partner: pages of the apps above that name it, registered from their
``AppConfig.ready``.

Practice sheets and exchange days import partners to name them; partners import
neither. Each app registers how it finds its pages naming a partner (any of the
partner's translations), as the reader may see them, once per translation, in
the reader's language where there is one.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Involvement:
    """``pages(partner, request)`` gives the pages; the partner's page lists them under
    ``heading``."""

    heading: str
    pages: Callable


_involvements = []


def register(involvement):
    if involvement not in _involvements:
        _involvements.append(involvement)


def involving(partner, request):
    """(heading, pages) for each kind of page that involved ``partner``, leaving out empty ones."""
    found = [
        (involvement.heading, list(involvement.pages(partner, request)))
        for involvement in _involvements
    ]
    return [(heading, pages) for heading, pages in found if pages]
