"""Which changes empty the page cache: anything a visitor could see on a public page.

Page saves count (publishing, moving, renaming and deleting all save or delete
the page row), and so do sites, locales, view restrictions, redirects, media
and the rows of every app whose ``AppConfig`` sets ``public_content`` (the
taxonomy, the glossary, ...). Revisions, logs, sessions and users do not.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .store import invalidate

CONTENT_APPS = {
    "wagtailredirects",
    "wagtailimages",
    "wagtaildocs",
}
CONTENT_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
}
UID = "ancora-page-cache"


def _on_row_change(sender, instance=None, **kwargs):
    meta = getattr(sender, "_meta", None)
    if isinstance(instance, Page) or (
        meta
        and (
            meta.app_label in CONTENT_APPS
            or meta.label_lower in CONTENT_MODELS
            or getattr(meta.app_config, "public_content", False)
        )
    ):
        invalidate()


def _on_page_event(sender, **kwargs):
    invalidate()


def connect():
    for name, signal in (
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ):
        signal.connect(_on_page_event, dispatch_uid=f"{UID}-{name}")
    for name, signal in (("save", post_save), ("delete", post_delete), ("m2m", m2m_changed)):
        signal.connect(_on_row_change, dispatch_uid=f"{UID}-{name}")
