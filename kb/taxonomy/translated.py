"""Three-language text held on one row.

A taxonomy term or a glossary entry is one concept with a name in each working
language. Keeping the names side by side (rather than one row per locale) means
a translated page keeps its classification and a facet slug has one meaning.
"""

from django.conf import settings
from django.utils import translation


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def localized(obj, field, language=None):
    """The value of ``<field>_<lang>`` for the active language, falling back to any filled one."""
    language = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    order = [language] + [code for code in language_codes() if code != language]
    for code in order:
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return value
    return ""


def all_languages(obj, field):
    """Every filled ``<field>_<lang>`` value: what search indexes so any language finds it."""
    return [value for code in language_codes() if (value := getattr(obj, f"{field}_{code}", ""))]
