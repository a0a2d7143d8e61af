"""Wagtail's own words in the Dutch and French admin."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.template import Context, Template
from django.utils import timezone, translation

from wagtail.forms import TaskStateCommentForm
from wagtail.models import WorkflowState

from kb.people.roles import ensure_peer_review_workflow
from tests import factories


def test_the_review_modal_labels_its_comment_field_in_dutch():
    with translation.override("nl"):
        assert str(TaskStateCommentForm()["comment"].label) == "Opmerking"


def test_the_french_admin_says_how_long_ago_in_french():
    with translation.override("fr"):
        said = naturaltime(timezone.now() - timedelta(seconds=50))

    assert said == "il y a 50\xa0secondes"


def test_the_status_of_a_sheet_under_review_names_the_task_in_french(home):
    sheet = factories.make_practice(factories.make_practice_index(home))
    user = get_user_model().objects.create_user("coach", "coach@example.org", "x" * 16)
    ensure_peer_review_workflow().start(sheet, user)
    state = WorkflowState.objects.get()

    with translation.override("fr"):
        status = Template(
            "{% load wagtailadmin_tags %}{% workflow_status_with_date state %}"
        ).render(Context({"state": state}))

    assert "la relecture par les pairs" in status
    assert "Peer review" not in status
