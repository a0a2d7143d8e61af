"""Wagtail's publication lifecycle drives the index, after the transaction commits.

Nothing here can make a publication fail: the work is queued once the page
is safely saved, and the tasks themselves keep cluster outages pending.
"""

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from kb.pagecache import store as pagecache

from . import facets, indexing
from .analysis.synonyms import GROUPS
from .models import SearchDocument, SynonymGroup
from .tasks import index_pages_task, remove_pages_task

logger = logging.getLogger("ancora.search")


def _later(task, page_ids):
    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(partial(_enqueue, task, page_ids))


def _enqueue(task, page_ids):
    try:
        task.enqueue(page_ids)
    except Exception:  # a failed enqueue must never undo a publication
        logger.exception("Could not queue search indexing for pages %s", page_ids)


def index_later(page_ids):
    """Re-index these pages once the transaction commits: what apps above search call."""
    _later(index_pages_task, page_ids)


def on_published(sender, instance, **kwargs):
    index_later(indexing.translation_group([instance.pk]))


def on_unpublished(sender, instance, **kwargs):
    _later(remove_pages_task, [instance.pk])
    index_later(indexing.translation_group([instance.pk]) - {instance.pk})


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is Page:
        siblings = Page.objects.filter(translation_key=instance.translation_key)
        index_later(siblings.values_list("pk", flat=True))


def on_moved(sender, instance, **kwargs):
    subtree = Page.objects.descendant_of(instance, inclusive=True)
    index_later(subtree.values_list("pk", flat=True))


def on_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        subtree = Page.objects.descendant_of(page, inclusive=True)
        index_later(subtree.values_list("pk", flat=True))


def remember_old_slug(sender, instance, **kwargs):
    """Kept on the row being saved, so a renamed term re-indexes the pages of its old slug."""
    if instance.pk:
        instance._search_old_slug = (
            sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
        )


def old_slug(instance):
    return getattr(instance, "_search_old_slug", None)


def on_vocabulary_saved(sender, instance, **kwargs):
    """A renamed term changes the text of every page carrying it."""
    if kwargs.get("raw"):
        return
    facet = facets.facet_for_model(sender)
    slugs = {instance.slug, old_slug(instance)} - {None}
    index_later(indexing.pages_carrying(facet.name, slugs))


def on_document_deleted(sender, instance, **kwargs):
    indexing.forget(instance)


def on_synonyms_changed(sender, **kwargs):
    """Queries expand with the groups as they are now: the next search sees the change.

    Cached result pages were answered with the old groups, so they go too.
    """
    GROUPS.changed()
    pagecache.invalidate()


def connect():
    page_published.connect(on_published, dispatch_uid="search-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search-unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search-moved")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search-page-deleted")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="s-vr")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="s-vd")
    post_delete.connect(on_document_deleted, sender=SearchDocument, dispatch_uid="s-doc")
    post_save.connect(on_synonyms_changed, sender=SynonymGroup, dispatch_uid="s-syn-saved")
    post_delete.connect(on_synonyms_changed, sender=SynonymGroup, dispatch_uid="s-syn-deleted")
    for model in (facet.model_class for facet in facets.TAXONOMY_FACETS):
        uid = f"search-{model._meta.label_lower}"
        pre_save.connect(remember_old_slug, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(on_vocabulary_saved, sender=model, dispatch_uid=uid)
