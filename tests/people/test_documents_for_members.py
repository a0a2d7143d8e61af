"""A members-only document is for the holders of a role; other collections keep their privacy."""

from http import HTTPStatus

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from kb.people.roles import FACILITATOR


def upload(title, collection=None):
    fields = {"collection": collection} if collection is not None else {}
    return get_document_model().objects.create(
        title=title, file=SimpleUploadedFile(f"{title.lower()}.pdf", b"%PDF-1.4 text"), **fields
    )


@pytest.fixture
def minutes(db):
    """Uploaded without a collection: it goes to "Members only"."""
    return upload("Minutes")


def test_an_account_without_a_role_does_not_download_members_documents(
    client, make_member, minutes
):
    client.force_login(make_member("no-role"))

    response = client.get(minutes.url)

    assert response.status_code != HTTPStatus.OK
    assert b"%PDF" not in b"".join(getattr(response, "streaming_content", [response.content]))


@pytest.mark.parametrize("role", ["Coach", "Reviewer", "Facilitator", "New hire", "Administrator"])
def test_every_role_downloads_members_documents(client, make_member, minutes, role):
    client.force_login(make_member("member", role))

    assert client.get(minutes.url).status_code == HTTPStatus.OK


def test_anonymous_visitors_are_asked_to_sign_in(client, minutes):
    response = client.get(minutes.url)

    assert response.status_code == HTTPStatus.FOUND
    assert "/login/" in response["Location"]


def test_other_collections_follow_their_own_privacy(client, make_member, coach):
    root = Collection.get_first_root_node()
    leaflet = upload("Leaflet", root.add_child(name="Leaflets"))
    facilitation = root.add_child(name="Facilitation")
    restriction = CollectionViewRestriction.objects.create(
        collection=facilitation, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=FACILITATOR))
    guide = upload("Guide", facilitation)

    assert client.get(leaflet.url).status_code == HTTPStatus.OK
    client.force_login(coach)
    assert client.get(guide.url).status_code != HTTPStatus.OK
    client.force_login(make_member("facilitator", FACILITATOR))
    assert client.get(guide.url).status_code == HTTPStatus.OK
