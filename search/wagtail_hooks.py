"""Synonym groups are edited by editors in the admin, like the glossary.

The report of searches without results sits under Reports; from it, a synonym
group opens with the search's words already written as its first term.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .models import SynonymGroup
from .reports import UnansweredSearchesView, can_answer
from .text import clean_query


class SynonymGroupCreateView(CreateView):
    def get_initial_form_instance(self):
        """A new group whose first term is the ``terms`` of the address, if any."""
        return SynonymGroup(terms=clean_query(self.request.GET.get("terms", "")))


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonyms")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["__str__", "note"]
    search_fields = ["terms", "note"]
    add_view_class = SynonymGroupCreateView


register_snippet(SynonymGroupViewSet)


class UnansweredSearchesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_answer(request.user)


@hooks.register("register_admin_urls")
def register_unanswered_searches_urls():
    return [
        path(
            "searches-without-results/", UnansweredSearchesView.as_view(), name="search_unanswered"
        ),
        path(
            "searches-without-results/results/",
            UnansweredSearchesView.as_view(results_only=True),
            name="search_unanswered_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_unanswered_searches_menu_item():
    return UnansweredSearchesMenuItem(
        _("Searches without results"),
        reverse("search_unanswered"),
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )
