"""The home page finds the onboarding path without walking the page tree.

Looked up as "the first live path in tree order", the database walked every
page in path order, sheets included, until it met one: a signed-in coach's
home page grew with the corpus (3.4x from 10,000 to 100,000 sheets). A few
test pages are read fastest whichever way, so the test asks what the
database is told to do: no statement orders the page tree.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kb.onboarding.progress import path_for_locale
from tests import factories

TREE_ORDER = '"wagtailcore_page"."path" ASC'


def test_the_path_is_read_from_the_paths_not_from_the_page_tree(home, path_page, practice_index):
    for _ in range(5):
        factories.make_practice(practice_index)
    with CaptureQueriesContext(connection) as captured:
        assert path_for_locale(home.locale) == path_page
    assert len(captured) == 1
    assert TREE_ORDER not in captured[0]["sql"]


def test_a_language_without_a_path_gets_the_default_one(home, path_page):
    assert path_for_locale("xx") == path_page


def test_no_path_at_all_is_none(home):
    assert path_for_locale(home.locale) is None
