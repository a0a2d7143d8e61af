"""Whether a translated page lags behind the version it was translated from.

Wagtail links translations by ``translation_key`` but does not record which one is
the source. The first version created is the source (translations are made from
it), so a translation is outdated when the source was published after it.
"""

from wagtail.models import Page


def source_of(page):
    return (
        Page.objects.filter(translation_key=page.translation_key)
        .order_by("pk")
        .only("pk", "last_published_at", "locale")
        .first()
    )


def is_outdated(page):
    source = source_of(page)
    if source is None or source.pk == page.pk:
        return False
    if not (source.last_published_at and page.last_published_at):
        return False
    return source.last_published_at > page.last_published_at
