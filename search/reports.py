"""The admin report of searches that found nothing, each with its two answers.

An editor answers a search either by promoting a page for it (Wagtail's
search promotions, opened on the logged query) or by a synonym group that
starts with the query's words.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .querylog import unanswered_queries

ANSWER_PERMISSIONS = ("wagtailsearchpromotions.add_searchpromotion", "search.add_synonymgroup")


def can_answer(user):
    """Whoever may promote a result or add a synonym group sees the report."""
    return any(user.has_perm(permission) for permission in ANSWER_PERMISSIONS)


def synonym_url(query_string):
    return (
        f"{reverse('wagtailsnippets_search_synonymgroup:add')}?{urlencode({'terms': query_string})}"
    )


class AnswersColumn(Column):
    cell_template_name = "search/admin/answers_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["promote_url"] = reverse("wagtailsearchpromotions:edit", args=[instance.pk])
        context["synonym_url"] = synonym_url(instance.query_string)
        return context


class UnansweredSearchesView(ReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "search_unanswered"
    index_results_url_name = "search_unanswered_results"
    columns = [
        Column("query_string", label=_("Search")),
        NumberColumn("zero_result_count", label=_("Searches without results")),
        DateColumn("last_searched", label=_("Last searched")),
        AnswersColumn("answers", label=_("Answer")),
    ]
    list_export = ["query_string", "zero_result_count", "last_searched"]
    export_headings = {
        "query_string": _("Search"),
        "zero_result_count": _("Searches without results"),
        "last_searched": _("Last searched"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_answer(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return unanswered_queries()
