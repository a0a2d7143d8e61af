import pytest

from tests import factories


@pytest.fixture
def home(db):
    return factories.make_site()


@pytest.fixture
def practice_index(home):
    return factories.make_practice_index(home)
