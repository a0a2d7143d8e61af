"""Workflow and task names in the reader's language.

Wagtail stores a workflow's or a task's name as one string and shows it as it
is: in the status panel, the dashboard, the history, the e-mails. The names
Ancora creates are known here with their translations. A workflow or task read
from the database carries its name as a lazy translation, so each place shows
it in the language active there (the reader's, or the recipient's for an
e-mail); it is stored under its English name again when saved.

Inside a sentence ("Submit to %(workflow_name)s") a name needs its article in
French: the submit labels and the status line use the running-text forms.
"""

from functools import cache

from django.conf import settings
from django.db.models.signals import post_init, post_save, pre_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.models import Task, Workflow

from .roles import PEER_REVIEW

# Wagtail's own migration creates "Moderators approval" (workflow and task) on the root page.
MODERATORS_APPROVAL = "Moderators approval"

# A name on its own, as a title.
NAMES = {
    PEER_REVIEW: pgettext_lazy("workflow name", "Peer review"),
    MODERATORS_APPROVAL: pgettext_lazy("workflow name", "Moderators approval"),
}
# A name inside a sentence.
IN_TEXT = {
    PEER_REVIEW: _("peer review"),
    MODERATORS_APPROVAL: _("moderators approval"),
}


@cache
def _stored_names():
    """Every spelling of a known name, in every language, to the name it is stored under."""
    spellings = {}
    for stored, label in NAMES.items():
        spellings[stored] = stored
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                spellings[str(label)] = stored
    return spellings


def stored_name(name):
    """The name Ancora stores for ``name`` (a translation of it included), else None."""
    for stored, label in NAMES.items():
        if name is label:
            return stored
    return _stored_names().get(str(name)) if isinstance(name, str) else None


def translated_name(name):
    """The name in running text, in the active language, when Ancora knows it."""
    stored = stored_name(name)
    return str(IN_TEXT[stored]) if stored else str(name)


def with_translated_names(text):
    """``text`` with every workflow or task name Ancora knows in the active language."""
    text = str(text)
    for stored in NAMES:
        for spelling in (str(NAMES[stored]), stored):
            text = text.replace(spelling, str(IN_TEXT[stored]))
    return text


def show_translated(sender, instance, **kwargs):
    stored = stored_name(instance.__dict__.get("name"))
    if stored:
        instance.name = NAMES[stored]


def store_untranslated(sender, instance, **kwargs):
    stored = stored_name(instance.name)
    if stored:
        instance.name = stored


def name_as_text(instance):
    """The name, read in the active language: ``str()`` of a workflow or task gives a str."""
    return str(instance.name)


def name_workflows_in_the_readers_language(models):
    """Connect the translation of names to ``models`` (workflows and task types)."""
    for model in models:
        # Their name is a lazy translation, which ``__str__`` may not return as it is.
        model.__str__ = name_as_text
        uid = f"workflow-names-{model._meta.label_lower}"
        post_init.connect(show_translated, sender=model, dispatch_uid=f"{uid}-init")
        pre_save.connect(store_untranslated, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(show_translated, sender=model, dispatch_uid=f"{uid}-post")


def named_models(all_models):
    return [model for model in all_models if issubclass(model, (Workflow, Task))]


class TranslatedSubmitMenuItem(SubmitForModerationMenuItem):
    """The submit and resubmit labels, naming the workflow or task in the reader's language."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["label"] = with_translated_names(context.get("label", ""))
        return context


def translate_submit_items(menu_items):
    """Swap Wagtail's submit item for one that names the workflow in the reader's language."""
    for position, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[position] = TranslatedSubmitMenuItem(order=item.order)
