from http import HTTPStatus

from wagtail.models import Locale, PageViewRestriction

from kb.home.models import StandardPage
from tests import factories


def test_sitemap_lists_public_pages_of_every_language(client, home):
    sheet = factories.make_practice(factories.make_practice_index(home), title="Calendar")
    french_home = home.copy_for_translation(Locale.objects.create(language_code="fr"))
    factories.publish(french_home)

    response = client.get("/sitemap.xml")

    assert response.status_code == HTTPStatus.OK
    body = response.content.decode()
    assert sheet.url in body
    assert "/fr/" in body


def test_sitemap_leaves_out_members_only_pages(client, home):
    private = factories.publish(
        home.add_child(instance=StandardPage(title="Private", slug="private"))
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    body = client.get("/sitemap.xml").content.decode()

    assert "/private/" not in body


def test_robots_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
