"""Search channels of the audience matrix: a session is found by its audience only."""

import pytest

from intervision.models import IntervisionSessionPage

from .conftest import make_user

TITLE = "Zebrafinch workshop in the shared garden"
WORD = "zebrafinch"


@pytest.fixture
def indexed_session(make_group, make_session, django_capture_on_commit_callbacks):
    member = make_user("member")
    outsider = make_user("outsider")
    elsewhere = make_user("elsewhere")
    make_group("Flanders", members=[elsewhere])
    with django_capture_on_commit_callbacks(execute=True):
        session = make_session(group=make_group("Wallonia", members=[member]), days=3, title=TITLE)
    return {
        "session": IntervisionSessionPage.objects.get(pk=session.pk),
        "anonymous": None,
        "member of the group": member,
        "signed-in non-member": outsider,
        "member of another group": elsewhere,
    }


def answers(client, reader):
    """What the search page and its JSON answer to ``reader`` (None: anonymous)."""
    if reader is not None:
        client.force_login(reader)
    html = client.get("/en/search/", {"q": WORD}).content.decode()
    json_hits = client.get("/en/search/", {"q": WORD, "format": "json"}).json()["results"]
    return html, [hit["url"] for hit in json_hits]


def suggested_urls(client, reader):
    if reader is not None:
        client.force_login(reader)
    response = client.get("/en/search/suggest/", {"q": WORD})
    return [item["url"] for item in response.json()["suggestions"]]


def test_the_audience_finds_the_session_in_search_and_its_json(client, indexed_session):
    html, hits = answers(client, indexed_session["member of the group"])

    assert TITLE in html
    assert any(hit.endswith(indexed_session["session"].url) for hit in hits)


def test_anonymous_search_never_finds_the_session(client, indexed_session):
    html, hits = answers(client, None)

    assert TITLE not in html and not hits


def test_the_audience_is_suggested_the_session(client, indexed_session):
    urls = suggested_urls(client, indexed_session["member of the group"])

    assert any(url.endswith(indexed_session["session"].url) for url in urls)


@pytest.mark.parametrize("kind", ["signed-in non-member", "member of another group"])
def test_outsiders_do_not_find_the_session_in_search(client, indexed_session, kind):
    html, hits = answers(client, indexed_session[kind])

    assert TITLE not in html
    assert not hits
    assert not suggested_urls(client, indexed_session[kind])
