"""The admin's new-session form as a browser posts it."""

from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data

INLINES = ("steps", "roles", "practices_discussed", "takeaways", "action_points", "comments")


def add_session_url(index):
    return reverse(
        "wagtailadmin_pages:add", args=("intervision", "intervisionsessionpage", index.pk)
    )


def new_session_form(**fields):
    """A new session starting now, with empty inline lists; ``fields`` add or override."""
    data = {
        "start": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        "slot_minutes": 120,
        **{name: inline_formset([]) for name in INLINES},
        **fields,
    }
    return nested_form_data(data)
