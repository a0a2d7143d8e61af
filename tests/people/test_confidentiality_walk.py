"""Anonymous visitors never receive session content: every URL pattern, every page of the demo."""

import json
import re
import uuid
from html import escape
from http import HTTPStatus
from io import StringIO
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from wagtail.models import Page

import pytest

from intervision.models import ActionPoint, ExchangeDayPage, IntervisionSessionPage

SKIPPED_PREFIXES = ("admin/", "django-admin/")
PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=StringIO())


def confidential_texts():
    """Distinctive pieces of what only members may read."""
    texts = set()
    for session in IntervisionSessionPage.objects.all():
        for value in (session.case_summary, session.insights):
            texts.add(value.strip()[:60])
        texts.update(step.notes.strip()[:60] for step in session.steps.all())
    texts.update(point.what.strip()[:60] for point in ActionPoint.objects.all())
    return {text for text in texts if len(text) >= 25}


def forms_of(text):
    return {text, escape(text), json.dumps(text)[1:-1]}


def pattern_paths(patterns, prefix=""):
    """Every route with its parameters filled with real and made-up values."""
    ids = [
        *IntervisionSessionPage.objects.values_list("pk", flat=True),
        *ExchangeDayPage.objects.values_list("pk", flat=True),
        *ActionPoint.objects.values_list("pk", flat=True)[:5],
        999999,
    ]
    values = {"int": [str(pk) for pk in ids], "uuid": [str(uuid.uuid4())]}
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(SKIPPED_PREFIXES) or route.startswith("^"):
            continue
        if isinstance(entry, URLResolver):
            yield from pattern_paths(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            names = PARAMETER.findall(route)
            if not names:
                yield "/" + route
                continue
            for value_index in range(
                max(len(values.get(kind or "str", ["x"])) for kind, _ in names)
            ):
                path = route
                for kind, _name in names:
                    choices = values.get(kind or "str", ["unknown-token"])
                    path = PARAMETER.sub(choices[value_index % len(choices)], path, count=1)
                yield "/" + path


def all_paths():
    paths = {urlsplit(page.get_url() or "").path for page in Page.objects.all()} - {""}
    for language in ("nl", "fr", "en"):
        with translation.override(language):
            paths.update(pattern_paths(get_resolver().url_patterns))
        for text in ("intervision", "case", "session"):
            paths.add(f"/{language}/search/?q={text}")
            paths.add(f"/{language}/search/?q={text}&format=json&type=intervision")
    return sorted(paths)


def test_no_url_gives_anonymous_visitors_any_session_content(client, demo):
    secrets = confidential_texts()
    assert len(secrets) >= 4

    for path in all_paths():
        response = client.get(path)
        assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, path
        body = response.content.decode(errors="replace")
        leaked = [text for text in secrets if any(form in body for form in forms_of(text))]
        assert not leaked, f"{path} shows {leaked[0]!r}"


def test_members_do_read_the_session_content(client, demo):
    secrets = confidential_texts()
    coach = get_user_model().objects.get(username="coach")
    session = (
        IntervisionSessionPage.objects.live()
        .exclude(case_summary="")
        .filter(participants=coach)
        .first()
    )
    client.force_login(coach)

    body = client.get(session.url).content.decode()

    assert any(form in body for text in secrets for form in forms_of(text))
