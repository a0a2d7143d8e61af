"""Both engines, one corpus.

``engine`` runs a test once on the database engine and once on the
Elasticsearch engine against a real osmem-server (started once per session).
Locally the elastic runs are skipped when osmem-server cannot start; in CI
(the CI variable set) that is a failure.
"""

import itertools
import os
import socket
from contextlib import contextmanager
from functools import partial

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings

import pytest
from osmem_server import OsmemError, OsmemServer

from practices.models import PracticePage
from search import cluster
from tests import factories
from tests.search import corpus

NODE_CLASS = "tests.search.osmem.PlainJsonNode"
_index_names = itertools.count(1)


class Osmem:
    """A restartable osmem-server on a fixed address, so a test can stop it and bring it back."""

    def __init__(self):
        self.addr = f"127.0.0.1:{_free_port()}"
        self.server = None

    @property
    def url(self):
        return f"http://{self.addr}"

    def start(self):
        self.server = OsmemServer.start(japanese=False, addr=self.addr)

    def stop(self):
        if self.server is not None:
            self.server.close()
            self.server = None


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """Anonymous pages are cached; each test must see its own engine's answers."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def osmem():
    cluster = Osmem()
    try:
        cluster.start()
    except (OsmemError, OSError) as error:
        message = f"osmem-server could not start, the Elasticsearch engine is not tested: {error}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield cluster
    cluster.stop()


def elastic_settings(osmem, index_name=None, timeout=2):
    if osmem.server is None:
        osmem.start()
    return {
        "ELASTICSEARCH_URL": osmem.url,
        "ELASTICSEARCH_NODE_CLASS": NODE_CLASS,
        "ELASTICSEARCH_INDEX": index_name or f"ancora-test-{next(_index_names)}",
        "ELASTICSEARCH_TIMEOUT": timeout,
    }


@pytest.fixture
def elastic(osmem, settings):
    """Switch the site to the Elasticsearch engine, on a fresh index of its own."""
    for name, value in elastic_settings(osmem).items():
        setattr(settings, name, value)
    create_empty_index()
    return osmem


def create_empty_index():
    """What ``search_index rebuild`` leaves on a new deployment: an empty index behind the alias."""
    cluster.swap_alias(cluster.create_index())


@pytest.fixture(params=["database", "elastic"])
def engine(request, db):
    """The name of the engine the test runs against, already configured."""
    if request.param == "elastic":
        request.getfixturevalue("elastic")
    return request.param


@contextmanager
def built_in_both_engines(request, django_db_blocker, build):
    """``build()`` once, indexed in both engines, rolled back at the end.

    Yields what ``build`` returned and the settings of the Elasticsearch engine.
    """
    try:
        osmem = request.getfixturevalue("osmem")
    except pytest.skip.Exception:
        osmem = None
    # A whole corpus is sent at once: more time than the outage tests allow.
    overrides = elastic_settings(osmem, timeout=20) if osmem else {"ELASTICSEARCH_URL": ""}
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with override_settings(**overrides), TestCase.captureOnCommitCallbacks(execute=True):
                if osmem:
                    create_empty_index()
                built = build()
            yield built, overrides
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(scope="module")
def shared_corpus(request, django_db_setup, django_db_blocker):
    """The corpus, built once per module and indexed in both engines."""

    def build():
        return corpus.build(factories.make_site())

    with built_in_both_engines(request, django_db_blocker, build) as (built, overrides):
        built.elastic = overrides
        yield built


@pytest.fixture(params=["database", "elastic"])
def corpus_engine(request, shared_corpus, db, settings):
    """The shared corpus, searched through one engine or the other."""
    if request.param == "elastic":
        if "ELASTICSEARCH_INDEX" not in shared_corpus.elastic:
            pytest.skip("osmem-server is not available")
        for name, value in shared_corpus.elastic.items():
            setattr(settings, name, value)
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what a request would run after its transaction commits (indexing tasks)."""

    @contextmanager
    def block():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return block


@pytest.fixture
def glossary_page(home):
    return factories.make_glossary(home)


@pytest.fixture(scope="module")
def demo(request, django_db_setup, django_db_blocker):
    """The demo corpus, loaded once per module and indexed in both engines."""
    load = partial(call_command, "load_demo", verbosity=0)
    with built_in_both_engines(request, django_db_blocker, load) as (_loaded, overrides):
        yield overrides


@pytest.fixture(params=["database", "elastic"])
def search(request, demo, db, settings, client):
    if request.param == "elastic":
        if "ELASTICSEARCH_INDEX" not in demo:
            pytest.skip("osmem-server is not available")
        for name, value in demo.items():
            setattr(settings, name, value)
    else:
        settings.ELASTICSEARCH_URL = ""

    def get(url):
        response = client.get(url, HTTP_CACHE_CONTROL="no-cache")
        assert response.status_code == 200
        data = response.json()
        assert data["engine"] == request.param
        return data

    return get


def key_of(hit):
    """The translation key of a practice hit, whatever language it is shown in."""
    slug = [part for part in hit["url"].split("/") if part][-1]
    page = PracticePage.objects.filter(slug=slug).first()
    return page.translation_key if page else None


def key(slug):
    return PracticePage.objects.filter(slug=slug).first().translation_key
