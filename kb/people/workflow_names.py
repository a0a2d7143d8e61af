"""Workflow and task names in the reader's language.

Wagtail stores a workflow's name as one string and writes it into labels such as
"Submit to %(workflow_name)s". The names Ancora creates are known here with their
translations, so a Dutch or French writer reads the whole label in their language.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.action_menu import SubmitForModerationMenuItem

from .roles import PEER_REVIEW

# Wagtail's own migration creates "Moderators approval" (workflow and task) on the root page.
KNOWN_NAMES = {
    PEER_REVIEW: _("peer review"),
    "Moderators approval": _("moderators approval"),
}


def translated_name(name):
    """The name in the active language when Ancora knows it, else as it was stored."""
    return str(KNOWN_NAMES.get(name, name))


def with_translated_names(text):
    """``text`` with every workflow or task name Ancora knows in the active language."""
    text = str(text)
    for name in KNOWN_NAMES:
        text = text.replace(name, translated_name(name))
    return text


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
