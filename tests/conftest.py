from django.core.cache import cache
from django.utils import translation

import pytest

from tests import factories


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache, as its database starts from the same rows."""
    cache.clear()


@pytest.fixture(autouse=True)
def source_language():
    """Every test starts in English, whatever language the request before it left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def home(db):
    return factories.make_site()


@pytest.fixture
def practice_index(home):
    return factories.make_practice_index(home)
