"""Wagtail's own words in the Dutch and French admin."""

from datetime import timedelta

from django.contrib.humanize.templatetags.humanize import naturaltime
from django.utils import timezone, translation

from wagtail.forms import TaskStateCommentForm


def test_the_review_modal_labels_its_comment_field_in_dutch():
    with translation.override("nl"):
        assert str(TaskStateCommentForm()["comment"].label) == "Opmerking"


def test_the_french_admin_says_how_long_ago_in_french():
    with translation.override("fr"):
        said = naturaltime(timezone.now() - timedelta(seconds=50))

    assert said == "il y a 50\xa0secondes"
