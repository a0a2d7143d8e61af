"""Peer review: a coach submits, a reviewer of another project approves or asks for changes."""

from http import HTTPStatus

from django.core import mail
from django.urls import reverse

from wagtail.models import WorkflowState

import pytest

from practices.models import PracticePage

from .admin_forms import add_practice_url, edit_url, practice_form_data, workflow_action_url


@pytest.fixture
def submitted_sheet(client, practice_index, coach, namur):
    """A sheet the coach wrote in the admin and submitted for peer review."""
    client.force_login(coach)
    response = client.post(add_practice_url(practice_index), practice_form_data(namur))
    assert response.status_code == HTTPStatus.FOUND
    client.logout()
    mail.outbox.clear()
    return PracticePage.objects.get(slug="guitar-lessons")


def test_a_coachs_submission_waits_for_peer_review(submitted_sheet, coach):
    state = submitted_sheet.current_workflow_state

    assert not submitted_sheet.live
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Peer review"
    assert state.requested_by == coach


def test_a_reviewer_of_the_same_project_is_told_and_cannot_approve(
    client, submitted_sheet, reviewer_same_project
):
    client.force_login(reviewer_same_project)

    page = client.get(edit_url(submitted_sheet))
    refused = client.post(workflow_action_url(submitted_sheet, "approve"), {"comment": ""})

    assert page.status_code == HTTPStatus.OK
    assert "same project as the author" in page.content.decode()
    assert refused.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    submitted_sheet.refresh_from_db()
    assert not submitted_sheet.live
    assert submitted_sheet.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_reviewer_of_the_same_project_may_still_request_changes(
    client, submitted_sheet, reviewer_same_project
):
    client.force_login(reviewer_same_project)

    response = client.post(
        workflow_action_url(submitted_sheet, "reject"), {"comment": "Add the cost."}
    )

    assert response.status_code == HTTPStatus.FOUND
    state = WorkflowState.objects.get(pk=submitted_sheet.current_workflow_state.pk)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_a_reviewer_of_another_project_approves_and_the_author_is_told(
    client, submitted_sheet, reviewer_elsewhere, coach
):
    client.force_login(reviewer_elsewhere)

    response = client.post(workflow_action_url(submitted_sheet, "approve"), {"comment": ""})

    assert response.status_code == HTTPStatus.FOUND
    submitted_sheet.refresh_from_db()
    assert submitted_sheet.live
    assert any(coach.email in message.to for message in mail.outbox)


def test_requested_changes_reach_the_author_with_the_comment(
    client, submitted_sheet, reviewer_elsewhere, coach
):
    client.force_login(reviewer_elsewhere)

    client.post(
        workflow_action_url(submitted_sheet, "reject"),
        {"comment": "Please say how long a session lasts."},
    )

    to_author = [message for message in mail.outbox if coach.email in message.to]
    assert to_author
    assert submitted_sheet.title in to_author[0].subject
    submitted_sheet.refresh_from_db()
    assert not submitted_sheet.live


def test_revisions_stay_comparable_after_review(client, submitted_sheet, reviewer_elsewhere):
    client.force_login(reviewer_elsewhere)
    client.post(workflow_action_url(submitted_sheet, "approve"), {"comment": ""})
    sheet = PracticePage.objects.get(pk=submitted_sheet.pk)
    sheet.summary = "Tenants teach guitar and singing to each other."
    sheet.save_revision(user=reviewer_elsewhere)
    first, latest = sheet.revisions.order_by("pk")[0], sheet.revisions.order_by("pk").last()

    response = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=(sheet.pk, first.pk, latest.pk))
    )

    assert response.status_code == HTTPStatus.OK
    assert "singing" in response.content.decode()


def test_an_edit_that_moves_a_sheet_into_the_reviewers_project_is_judged_as_edited(
    client, submitted_sheet, coach, reviewer_elsewhere, ghent
):
    client.force_login(reviewer_elsewhere)
    client.post(workflow_action_url(submitted_sheet, "approve"), {"comment": ""})
    client.force_login(coach)
    moved = client.post(edit_url(submitted_sheet), practice_form_data(ghent))
    assert moved.status_code == HTTPStatus.FOUND

    client.force_login(reviewer_elsewhere)
    page = client.get(edit_url(submitted_sheet))
    client.post(workflow_action_url(submitted_sheet, "approve"), {"comment": ""})

    assert "same project as the author" in page.content.decode()
    sheet = PracticePage.objects.get(pk=submitted_sheet.pk)
    assert sheet.project.slug == "namur-relais"
    assert sheet.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_reviewer_cannot_move_a_sheet_into_their_project_and_approve_in_one_request(
    client, submitted_sheet, reviewer_elsewhere, ghent
):
    client.force_login(reviewer_elsewhere)

    data = practice_form_data(ghent, action="action-workflow-action")
    data["workflow-action-name"] = "approve"
    client.post(edit_url(submitted_sheet), data)

    sheet = PracticePage.objects.get(pk=submitted_sheet.pk)
    assert not sheet.live
    assert sheet.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not PracticePage.objects.live().filter(project=ghent).exists()
