"""Backup and restore bring an empty database back to the same pages, revisions, users, files."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

import pytest

from kb.operations.backup import empty_database
from kb.people.models import Membership
from tests import factories

from .test_security import png_bytes


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def site_content(media_root, practice_index, coach, make_session):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    sheet.summary = "A draft that says more."
    sheet.save_revision(user=coach)
    make_session(case_summary="A case discussed in confidence.")
    get_image_model().objects.create(
        title="Workshop", file=ContentFile(png_bytes((40, 30)), name="workshop.png")
    )
    get_document_model().objects.create(
        title="Leaflet", file=ContentFile(b"%PDF-1.4 leaflet", name="leaflet.pdf")
    )
    return sheet


def snapshot(media_root):
    """What a person would check after a restore."""
    pages = [
        (page.pk, page.title, page.url_path, page.live, page.content_type.model)
        for page in Page.objects.order_by("path")
    ]
    revisions = [
        (
            rev.object_id,
            rev.content.get("title"),
            rev.content.get("summary"),
            rev.user_id,
            rev.created_at,
        )
        for rev in Revision.objects.order_by("pk")
    ]
    users = [
        (user.username, user.password, sorted(user.groups.values_list("name", flat=True)))
        for user in get_user_model().objects.order_by("username")
    ]
    memberships = sorted(Membership.objects.values_list("user__username", "project__slug"))
    files = {
        str(path.relative_to(media_root)): path.read_bytes()
        for path in media_root.rglob("*")
        if path.is_file() and path.relative_to(media_root).parts[0] != "images"
    }
    return pages, revisions, users, memberships, files


def found(client, word):
    response = client.get(
        "/en/search/", {"q": word, "format": "json"}, HTTP_CACHE_CONTROL="no-cache"
    )
    return sorted(hit["title"] for hit in response.json()["results"])


def test_a_backup_restores_an_empty_database_to_the_same_site(
    client, site_content, media_root, tmp_path
):
    call_command("search_index", "rebuild", stdout=StringIO())
    hits_before = found(client, "guitar")
    before = snapshot(media_root)
    archive = tmp_path / "backup.tar.gz"

    call_command("backup", str(archive), stdout=StringIO())
    empty_database()
    for path in media_root.rglob("*"):
        if path.is_file():
            path.unlink()
    assert not Page.objects.exists()

    call_command("restore", str(archive), stdout=StringIO())

    after = snapshot(media_root)
    assert after == before
    assert len(before[4]) == 2
    assert found(client, "guitar") == hits_before == ["Guitar workshop"]
    sheet = Page.objects.get(pk=site_content.pk).specific
    assert sheet.get_latest_revision_as_object().summary == "A draft that says more."


def test_restore_refuses_to_overwrite_a_database_with_users_unless_forced(site_content, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), stdout=StringIO())

    with pytest.raises(CommandError, match="already holds users"):
        call_command("restore", str(archive), stdout=StringIO())
    call_command("restore", str(archive), "--force", stdout=StringIO())

    assert Page.objects.filter(pk=site_content.pk).exists()


def test_a_damaged_archive_is_refused_before_anything_changes(site_content, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    archive.write_bytes(b"not an archive")

    with pytest.raises(CommandError, match="not a readable backup archive"):
        call_command("restore", str(archive), "--force", stdout=StringIO())

    assert Page.objects.filter(pk=site_content.pk).exists()
