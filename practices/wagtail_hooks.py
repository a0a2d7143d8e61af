"""Admin integration of practice sheets."""

from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html_join

from wagtail import hooks

from . import anonymisation
from .models import PracticePage


@hooks.register("insert_editor_js")
def autosave_guards():
    """Autosave waits for a title, and never takes an edit it did not send for saved."""
    return format_html_join(
        "",
        '<script src="{}" defer></script>',
        [
            (static("practices/js/autosave-after-title.js"),),
            (static("practices/js/autosave-keeps-late-edits.js"),),
        ],
    )


def _without_withheld_sheets(pages, user):
    return pages.exclude(pk__in=anonymisation.withheld_from(user, PracticePage.objects.all()))


@hooks.register("construct_explorer_page_queryset")
def hide_sheets_awaiting_anonymisation(parent_page, pages, request):
    """A sheet drafted from session notes is listed only to the session's people."""
    return _without_withheld_sheets(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def offer_no_sheet_awaiting_anonymisation(pages, request):
    return _without_withheld_sheets(pages, request.user)


@hooks.register("before_serve_page")
def serve_no_sheet_awaiting_anonymisation(page, request, serve_args, serve_kwargs):
    if isinstance(page, PracticePage) and not anonymisation.may_read(request.user, page):
        raise Http404
