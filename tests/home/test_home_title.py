"""The home page's title names the site once and says what it is."""

import pytest
from bs4 import BeautifulSoup

from tests import factories


def title_of(client, path):
    return BeautifulSoup(client.get(path).content, "html.parser").title.string.strip()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Ancora · Knowledge base of the social reanchoring coaches"),
        ("nl", "Ancora · Kennisbank van de coaches sociale herankering"),
        ("fr", "Ancora · Base de connaissances des coachs en ancrage social"),
    ],
)
def test_the_home_title_names_the_site_once(client, db, language, title):
    factories.make_site(language)

    assert title_of(client, f"/{language}/") == title


def test_other_pages_keep_their_title_before_the_site_name(client, home, practice_index):
    assert title_of(client, "/en/practices/") == "Practices · Ancora"
