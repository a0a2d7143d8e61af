"""Admin requests Wagtail reads before its forms validate them, checked first."""

from wagtail import hooks
from wagtail.models import Page

from .bad_input import malformed_form_response
from .converters import as_id


@hooks.register("before_copy_page")
def refuse_a_copy_to_no_page(request, page):
    """Wagtail's copy view fetches the posted parent page before its form checks it.

    A parent that is not a page id, or no page, would fail there: the form is
    refused as damaged instead, and nothing is copied.
    """
    if request.method != "POST":
        return None
    parent = request.POST.get("new_parent_page", "")
    if as_id(parent) is not None and Page.objects.filter(pk=as_id(parent)).exists():
        return None
    return malformed_form_response(request)
