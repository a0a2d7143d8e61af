"""Which search documents a reader may see, for the lookups outside the engines.

Search as you type and promoted results read ``SearchDocument`` rows
directly; both start from ``visible_documents`` so that a rule about who
sees what (a visibility, a group's audience) is written once for them.
"""

from django.db.models import Q

from .audience import AUDIENCE
from .documents import MEMBERS, PUBLIC
from .models import SearchDocument, SearchFacetValue


def visibilities_for(user):
    """The visibilities a reader may see: members' documents only when signed in."""
    return (PUBLIC, MEMBERS) if user is not None and user.is_authenticated else (PUBLIC,)


def visible_documents(visibilities, audience=frozenset()):
    """The documents shown to a reader with these visibilities and audience keys.

    A document with audience keys (see ``search.audience``) only to a reader
    who holds one of them.
    """
    restricted = SearchFacetValue.objects.filter(facet=AUDIENCE)
    allowed = restricted.filter(value__in=sorted(audience))
    return SearchDocument.objects.filter(visibility__in=visibilities).exclude(
        Q(pk__in=restricted.values("document_id")) & ~Q(pk__in=allowed.values("document_id"))
    )
