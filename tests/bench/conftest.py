import io

from django.core.cache import cache
from django.core.management import call_command

import pytest

from bench.corpus import generate


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def build_corpus(db):
    """Write ``count`` generated sheets and index them as ``generate_corpus`` does."""

    def build(count, seed=1):
        plans = generate(count, seed, stream=io.StringIO())
        call_command("search_index", "rebuild", stdout=io.StringIO(), stderr=io.StringIO())
        return plans

    return build
