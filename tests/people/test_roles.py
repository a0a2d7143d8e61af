"""Roles: who may write, publish and administer where in the tree."""

from http import HTTPStatus

from django.contrib.auth import password_validation
from django.contrib.auth.models import Group
from django.test import override_settings

from wagtail.models import Page

import pytest

from kb.demo.users import ensure_demo_users
from kb.people.models import Membership
from kb.people.roles import ROLES, grant_section_permissions
from tests import factories


def test_every_role_exists_as_a_group(db):
    assert set(ROLES) <= set(Group.objects.values_list("name", flat=True))


def test_coaches_write_practice_sheets_but_do_not_publish_them(practice_index, coach):
    sheet = factories.make_practice(practice_index)

    assert practice_index.permissions_for_user(coach).can_add_subpage()
    assert sheet.permissions_for_user(coach).can_edit()
    assert not sheet.permissions_for_user(coach).can_publish()


def test_facilitators_publish_sessions_and_draft_practice_sheets_for_review(
    practice_index, intervision_index, make_session, facilitator
):
    session = make_session(facilitator=facilitator)
    someone_elses = make_session()
    sheet = factories.make_practice(practice_index)

    assert session.permissions_for_user(facilitator).can_publish()
    assert not someone_elses.permissions_for_user(facilitator).can_publish()
    assert intervision_index.permissions_for_user(facilitator).can_add_subpage()
    assert practice_index.permissions_for_user(facilitator).can_add_subpage()
    assert not sheet.permissions_for_user(facilitator).can_publish()


def test_coaches_cannot_write_in_the_intervision_section(intervision_index, coach):
    assert not intervision_index.permissions_for_user(coach).can_add_subpage()


def test_a_new_hire_has_no_admin_and_writes_nothing(client, practice_index, newhire):
    client.force_login(newhire)

    response = client.get("/admin/")

    assert response.status_code == HTTPStatus.FOUND
    assert not practice_index.permissions_for_user(newhire).can_add_subpage()


def test_administrators_may_publish_anywhere(practice_index, make_member):
    admin = make_member("chief", "Administrator")
    sheet = factories.make_practice(practice_index)

    assert sheet.permissions_for_user(admin).can_publish()
    assert sheet.permissions_for_user(admin).can_delete()


def test_an_index_created_later_gets_the_section_permissions_and_peer_review(home, coach):
    index = factories.make_practice_index(home, title="More practices")

    assert index.permissions_for_user(coach).can_add_subpage()
    assert index.get_workflow().name == "Peer review"


def test_granting_twice_changes_nothing(practice_index):
    page = Page.objects.get(pk=practice_index.pk)
    before = page.group_permissions.count()

    grant_section_permissions(page)
    grant_section_permissions(page)

    assert page.group_permissions.count() == before
    assert before > 0


@pytest.fixture
def demo_projects(db):
    factories.make_project("brussels-smes", city="brussels", region="brussels")
    factories.make_project("ghent-ocmw", city="ghent", region="flanders")


@override_settings(DEBUG=True)
def test_demo_users_are_stable_and_hold_their_roles(demo_projects):
    users, passwords = ensure_demo_users()
    again, passwords_again = ensure_demo_users()

    assert set(users) == {
        "admin",
        "coach",
        "coach-nogroup",
        "facilitator",
        "facilitator-wb",
        "facilitator-vl",
        "guest",
        "newhire",
        "norole",
        "reviewer",
    }
    assert not users["norole"].groups.exists()
    assert {name: user.pk for name, user in users.items()} == {
        name: user.pk for name, user in again.items()
    }
    assert passwords == passwords_again
    for name, user in again.items():
        user.refresh_from_db()
        assert user.check_password(passwords[name])
        password_validation.validate_password(passwords[name], user)
    assert users["coach"].groups.filter(name="Coach").exists()
    assert users["reviewer"].groups.filter(name="Reviewer").exists()
    coach_projects = set(
        Membership.objects.filter(user=users["coach"]).values_list("project", flat=True)
    )
    reviewer_projects = set(
        Membership.objects.filter(user=users["reviewer"]).values_list("project", flat=True)
    )
    assert coach_projects and reviewer_projects
    assert not coach_projects & reviewer_projects


def test_demo_passwords_are_not_returned_outside_debug(demo_projects):
    users, passwords = ensure_demo_users()

    assert users
    assert passwords == {}


def test_memberships_are_managed_in_the_admin(client, make_member, namur):
    admin = make_member("chief", "Administrator")
    member = make_member("someone")
    client.force_login(admin)

    response = client.post(
        "/admin/project_memberships/new/", {"user": member.pk, "project": namur.pk}
    )

    assert response.status_code == HTTPStatus.FOUND
    assert Membership.objects.filter(user=member, project=namur).exists()
