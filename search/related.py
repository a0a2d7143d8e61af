"""Pages related to a page or to a piece of text, as (translation key, page id) pairs.

A page's similar documents were worked out when content changed
(``search.similar``); the engine only reads them. Text (an intervision case
question) goes through the ordinary search with any of its longer words. The
app that shows the results turns the pairs into its own pages with
``in_language``, so search never names a content model.
"""

from . import engines
from .models import SearchDocument
from .query import SearchQuery
from .text import query_words

MIN_WORD_LENGTH = 4


def similar_to(page, limit):
    """The documents stored as like this page, never the page itself or its translations."""
    return engines.configured().similar(f"page:{page.pk}", limit)


def matching_text(text, language, doc_type, limit):
    """Live public documents of ``doc_type`` matching any of the longer words of ``text``."""
    words = [word for word in query_words(text) if len(word) >= MIN_WORD_LENGTH]
    if not words:
        return []
    query = SearchQuery(
        text=" ".join(words),
        filters={"type": [doc_type]},
        per_page=limit,
        language=language,
        operator="or",
    )
    keys = [hit.key for hit in engines.run(query).result.hits]
    rows = SearchDocument.objects.filter(key__in=keys).values_list(
        "key", "translation_key", "page_id"
    )
    found = {key: (group, page_id) for key, group, page_id in rows}
    return [found[key] for key in keys if key in found]


def in_language(pairs, language, pages):
    """The pages of (translation key, page id) pairs, in ``language`` where ``pages`` has one.

    ``pages`` is the caller's queryset of pages it may show (live, public, with
    what its cards read), so a page no longer shown drops out. A translation
    named twice is shown once, where it first comes.
    """
    first = {}
    for group, page_id in pairs:
        first.setdefault(str(group), page_id)
    pairs = list(first.items())
    if not pairs:
        return []
    found = pages.filter(translation_key__in=[group for group, _page_id in pairs]).select_related(
        "locale"
    )
    by_id, local = {}, {}
    for page in found:
        by_id[page.pk] = page
        if page.locale.language_code == language:
            local[str(page.translation_key)] = page
    shown = [local.get(str(group)) or by_id.get(page_id) for group, page_id in pairs]
    return [page for page in shown if page is not None]
