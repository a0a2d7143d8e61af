"""Which search documents a reader may see, for the lookups outside the engines.

Search as you type and promoted results read ``SearchDocument`` rows
directly; both start from ``visible_documents`` so that a rule about who
sees what (a visibility, a group's audience) is written once for them.
"""

from .documents import MEMBERS, PUBLIC
from .models import SearchDocument


def visibilities_for(user):
    """The visibilities a reader may see: members' documents only when signed in."""
    return (PUBLIC, MEMBERS) if user is not None and user.is_authenticated else (PUBLIC,)


def visible_documents(visibilities):
    """The documents shown to a reader with these visibilities."""
    return SearchDocument.objects.filter(visibility__in=visibilities)
