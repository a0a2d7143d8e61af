"""The glossary lends search its terms and re-indexes what a renamed term changes."""

from django.db.models.signals import post_save, pre_save

from search import indexing, registry
from search import signals as search_signals

from .models import GlossaryPage, GlossaryTerm


def on_term_saved(sender, instance, raw=False, **kwargs):
    """A renamed term changes the text of every page naming it, and of the glossary."""
    if not raw:
        old_slug = search_signals.old_slug(instance)
        search_signals.index_later(indexing.pages_naming(instance, old_slug))


def connect():
    registry.register_glossary(
        registry.Glossary(terms=GlossaryTerm.objects.all, page_model=GlossaryPage)
    )
    uid = "glossary-search"
    pre_save.connect(
        search_signals.remember_old_slug, sender=GlossaryTerm, dispatch_uid=f"{uid}-pre"
    )
    post_save.connect(on_term_saved, sender=GlossaryTerm, dispatch_uid=uid)
