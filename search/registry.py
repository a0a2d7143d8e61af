"""What the apps above search lend it, registered from their ``AppConfig.ready``.

Search imports none of the content apps. The glossary registers its terms
(every document is scanned for their names, and the glossary page holds one
document per term) and its page model here.
"""

from collections.abc import Callable
from dataclasses import dataclass

from kb.pagecache.store import until_content_changes


@dataclass(frozen=True)
class Glossary:
    """``terms()`` gives rows with ``pk``, ``slug``, ``all_names``, ``synonyms`` and
    ``name_<code>`` / ``definition_<code>``; ``page_model`` pages list them at ``term_url``."""

    terms: Callable
    page_model: type


_glossaries = []


def register_glossary(glossary):
    if glossary not in _glossaries:
        _glossaries.append(glossary)


def glossary_terms():
    return [term for glossary in _glossaries for term in glossary.terms()]


def is_glossary_page(page):
    return any(isinstance(page, glossary.page_model) for glossary in _glossaries)


def glossary_page_ids():
    return {
        pk
        for glossary in _glossaries
        for pk in glossary.page_model.objects.live().values_list("pk", flat=True)
    }


def glossary_url(language):
    """The address of the glossary in ``language``, or ''; read once per content generation."""
    return until_content_changes(f"glossary-url:{language}", lambda: _glossary_url(language))


def _glossary_url(language):
    for glossary in _glossaries:
        page = glossary.page_model.objects.live().filter(locale__language_code=language).first()
        if page is not None:
            return page.get_url() or ""
    return ""
