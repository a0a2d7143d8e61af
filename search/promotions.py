"""Pages that editors promoted for a search, as the documents a reader may see.

Promotions are Wagtail's (``wagtail.contrib.search_promotions``) and match
the way Wagtail matches them: the whole query string, normalised (lower
case, spaces collapsed). A promoted page is given in the reader's language
where that translation is indexed and visible, otherwise as promoted.
"""

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from .text import clean_query
from .visibility import visible_documents


def promoted_keys(text, language, visibilities, audience=frozenset()):
    """``SearchDocument`` keys (``page:<id>``) of the live pages promoted for ``text``, in order."""
    query_string = normalise_query_string(clean_query(text))
    if not query_string:
        return []
    promoted = list(
        SearchPromotion.objects.filter(
            query__query_string=query_string, page__isnull=False, page__live=True
        )
        .order_by("sort_order", "pk")
        .values_list("page_id", "page__translation_key")
    )
    versions = {}
    rows = (
        visible_documents(visibilities, audience)
        .filter(key__startswith="page:", translation_key__in={str(group) for _, group in promoted})
        .values_list("key", "page_id", "translation_key", "lang")
    )
    for key, page_id, group, lang in rows:
        versions.setdefault(group, []).append((lang != language, page_id, lang, key))
    keys = []
    for page_id, group in promoted:
        # The reader's language first, then the promoted page itself, then any other.
        ranked = sorted(versions.get(str(group), []), key=lambda v: (v[0], v[1] != page_id, v[2]))
        if ranked and ranked[0][3] not in keys:
            keys.append(ranked[0][3])
    return keys
