"""Admin requests Wagtail reads before its forms validate them, checked first."""

import re

from wagtail import hooks
from wagtail.models import Page

from .converters import LARGEST_ID
from .middleware import malformed_form_response


def is_page_id(value):
    return bool(re.fullmatch(r"[0-9]+", value)) and int(value) <= LARGEST_ID


@hooks.register("before_copy_page")
def refuse_a_copy_to_no_page(request, page):
    """Wagtail's copy view fetches the posted parent page before its form checks it.

    A parent that is not a page id, or no page, would fail there: the form is
    refused as damaged instead, and nothing is copied.
    """
    if request.method != "POST":
        return None
    parent = request.POST.get("new_parent_page", "")
    if is_page_id(parent) and Page.objects.filter(pk=parent).exists():
        return None
    return malformed_form_response(request)
