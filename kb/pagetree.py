"""Adding pages to the Wagtail tree, written once for the demo, the corpus generator and tests.

Callers pass their own page types and instances, so this module sits below every content
app and names none of them. Pages are published as an editor publishes them: a revision,
then its publication, so history, live status and search indexing behave as in the admin.
"""

from wagtail.models import Locale, Page, Site


def locale(language_code):
    """The Wagtail locale of a language, created on first use."""
    return Locale.objects.get_or_create(language_code=language_code)[0]


def publish(page):
    """Publish the current state of ``page`` through a revision; returns it as now stored."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add(parent, page):
    """Add the unsaved ``page`` as the last child of ``parent``, without a revision yet.

    A page without a locale takes its parent's, as in the admin.
    """
    parent.add_child(instance=page)
    return page


def add_published(parent, page):
    """Add the unsaved ``page`` under ``parent`` and publish it."""
    return publish(add(parent, page))


def find_translation(model, translation_key, locale):
    """The version in ``locale`` of the page whose versions share ``translation_key``, or None."""
    return model.objects.filter(translation_key=translation_key, locale=locale).first()


def find_child(parent, model, **lookup):
    """The first child of ``parent`` of type ``model`` that matches ``lookup``, or None."""
    return model.objects.child_of(parent).filter(**lookup).first()


def free_slug(parent, slug):
    """``slug``, or ``slug-2``, ``slug-3``... whichever no child of ``parent`` uses yet."""
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def translate(page, language_code):
    """Publish a copy of ``page`` in another language, translating its missing parents too."""
    copy = page.copy_for_translation(locale(language_code), copy_parents=True)
    for ancestor in copy.get_ancestors(inclusive=True).filter(depth__gt=1).specific():
        if not ancestor.live:
            publish(ancestor)
    return copy.specific_class.objects.get(pk=copy.pk)


def root():
    """The tree's root: the home page of each language is one of its children."""
    return Page.get_first_root_node()


def serve_from(home, hostname, **fields):
    """Make ``home`` the root page of the default site, creating the site if needed."""
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": hostname, "root_page": home, **fields}
    )
