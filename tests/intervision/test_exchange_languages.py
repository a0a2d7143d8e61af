"""Exchange days reach their visitors whatever language they read the site in."""

from datetime import timedelta

from django.utils import timezone

import pytest

from intervision.models import ExchangeDayPage
from tests import factories

from .conftest import make_user


@pytest.fixture
def french_index(intervision_index):
    return factories.translate(intervision_index, "fr")


@pytest.fixture
def visitor(db):
    return make_user("visitor", first_name="Vic", last_name="Visitor")


def french_day(french_index, visitor, title, slug):
    day = ExchangeDayPage(
        title=title,
        slug=slug,
        locale=french_index.locale,
        date=timezone.localdate() + timedelta(days=10),
    )
    french_index.add_child(instance=day)
    day.visitors.add(visitor)
    day.save()
    return factories.publish(day)


def test_a_french_exchange_day_is_on_the_home_and_index_of_another_language(
    client, home, intervision_index, french_index, visitor
):
    french_day(french_index, visitor, "Journée à Liège", "liege")
    client.force_login(visitor)

    for path in ("/en/", intervision_index.url):
        page = client.get(path).content.decode()
        assert "Journée à Liège" in page, path
        assert ">FR<" in page, path
    assert "No exchange day planned" not in client.get("/en/").content.decode()


def test_a_translated_exchange_day_shows_once_in_the_readers_language(
    client, home, intervision_index, french_index, visitor
):
    day = french_day(french_index, visitor, "Journée à Gand", "gand")
    english = factories.translate(day, "en")
    english.title = "Day in Ghent"
    factories.publish(english)
    client.force_login(visitor)

    for path in ("/en/", intervision_index.url):
        page = client.get(path).content.decode()
        assert "Day in Ghent" in page, path
        assert "Journée à Gand" not in page, path
