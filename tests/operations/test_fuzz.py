"""Fuzzed addresses and forms of the whole site and admin: none is answered with a 5xx.

Every address pattern of the project's resolver is requested with its parts
filled by real ids and slugs of the demo corpus and by odd values (numbers
beyond any id, NUL characters, long and unicode text), with odd query strings,
as an anonymous visitor, a member and the administrator. Every form of the site
and of the admin is read from its page and posted back with fields changed,
dropped and added. Errors are answered as in production: a 500 is a status
here, not an exception. Each example runs in a transaction rolled back after it,
so one example's writes never change what the next one meets.
"""

import re
from html.parser import HTMLParser
from http import HTTPStatus
from io import StringIO
from urllib.parse import quote, urlencode, urljoin, urlsplit

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern

from wagtail.models import Page, Revision
from wagtail.snippets.models import get_snippet_models

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from intervision.models import ActionPoint, CalendarToken, ExchangeDayPage, IntervisionSessionPage
from kb.onboarding.models import OnboardingPathPage, OnboardingStep

pytestmark = pytest.mark.django_db

# No shrinking: a failure names the request as generated, and the run stays short.
FUZZ = settings(
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
PEOPLE = ("anonymous", "facilitator", "admin")
LANGUAGES = ("en", "nl", "fr")
ODD_NUMBERS = ["0", "-1", "99999999999999999999", str(2**63), str(2**31), "1e9", "0x1f"]
ODD_TEXT = [
    "", "\x00", "a\x00b", "%00", "%zz", "%", "%c3", "abc", "..", "../../etc/passwd",
    "é" * 300, "🙂", "\u202e\u200b", "<script>alert(1)</script>", "' OR 1=1 --", '"',
    "a" * 5000, "nan", "true", "null", "[]", "2026-13-45", "25:61", " ", "\t\n",
]  # fmt: skip
ODD_VALUES = ODD_NUMBERS + ODD_TEXT
PARAMETERS = [
    "q", "p", "page", "ordering", "owner", "locale", "content_type", "id", "collection_id",
    "next", "format", "type", "sort", "tag", "lang", "site", "user", "action", "parent_page_id",
    "page_type", "timestamp", "for_user", "status", "live", "locked", "has_child_pages",
    "latest_revision_created_at_from", "date_from", "domain", "model", "city", "region",
]  # fmt: skip


def odd_values(known=()):
    choices = [st.sampled_from(ODD_VALUES), st.text(max_size=40), st.integers().map(str)]
    if known:
        choices.insert(0, st.sampled_from(sorted(known)))
    return st.one_of(*choices)


query_strings = st.one_of(
    st.just(""),
    st.lists(st.tuples(st.sampled_from(PARAMETERS), odd_values()), max_size=6).map(urlencode),
    st.lists(st.tuples(st.text(max_size=10), st.text(max_size=30)), max_size=4).map(urlencode),
    # Raw bytes as a client may send them, undecodable percent escapes included.
    st.binary(max_size=80).map(lambda raw: raw.decode("latin-1")),
)


# Address patterns -----------------------------------------------------------------


class Slot:
    """A part of an address a converter or a regular expression group reads."""

    def __init__(self, kind):
        self.kind = kind

    def __repr__(self):
        return f"<{self.kind}>"


ROUTE_PART = re.compile(r"<(?:(?P<kind>[^>:]+):)?(?P<name>[^>]+)>")


def route_parts(route):
    parts, end = [], 0
    for match in ROUTE_PART.finditer(route):
        parts += [route[end : match.start()], Slot(match["kind"] or "str")]
        end = match.end()
    return [*parts, route[end:]]


def regex_parts(regex):
    """A regular expression as literal text and slots: each top-level group, ``.*`` or ``.+``."""
    parts, depth, text, i = [], 0, "", 0
    while i < len(regex):
        char = regex[i]
        if char == "\\" and depth == 0:
            text += regex[i + 1]
            i += 2
            continue
        if char == "(":
            if depth == 0:
                parts += [text, Slot("regex")]
                text = ""
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and regex[i : i + 2] in (".*", ".+"):
            parts += [text, Slot("regex")]
            text = ""
            i += 2
            continue
        elif depth == 0 and char not in "^$":
            text += char
        i += 1
    return [*parts, text]


def pattern_parts(pattern):
    if isinstance(pattern, LocalePrefixPattern):
        return [Slot("language"), "/"]
    if isinstance(pattern, RegexPattern):
        return regex_parts(pattern._regex)
    return route_parts(str(pattern))


def address_patterns(patterns=None, prefix=()):
    """Every address the resolver answers, as a tuple of literal parts and slots."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        parts = (*prefix, *pattern_parts(pattern.pattern))
        if isinstance(pattern, URLResolver):
            found += address_patterns(pattern.url_patterns, parts)
        else:
            found.append(tuple(part for part in parts if part != ""))
    return found


ADDRESS_PATTERNS = address_patterns()


def slot_values(slot, known):
    if slot.kind == "language":
        return st.one_of(st.sampled_from(LANGUAGES), odd_values())
    if slot.kind in ("int", "id"):
        return st.one_of(st.sampled_from(sorted(known["ids"])), odd_values())
    if slot.kind == "uuid":
        return st.one_of(st.sampled_from(sorted(known["uuids"])), st.uuids().map(str), odd_values())
    return odd_values(known["words"])


def filled_address(parts, values):
    return "/" + "".join(
        quote(value, safe="/%:@") if isinstance(part, Slot) else part
        for part, value in zip(parts, values, strict=True)
    )


def addresses(parts, known):
    values = [
        slot_values(part, known) if isinstance(part, Slot) else st.just(part) for part in parts
    ]
    return st.tuples(*values).map(lambda filled: filled_address(parts, filled))


# Forms ----------------------------------------------------------------------------


class FormReader(HTMLParser):
    """The POST forms of a page: their action and the fields a browser would send."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if (attrs.get("method") or "get").lower() == "post":
                self.forms.append({"action": attrs.get("action") or "", "fields": []})
            return
        if not self.forms or not attrs.get("name"):
            return
        fields = self.forms[-1]["fields"]
        if tag == "input" and attrs.get("type") not in ("file", "image", "reset"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
            fields.append(self.textarea)
        elif tag == "button":
            fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            fields.append((self.select, attrs.get("value") or ""))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None


def forms_of(client, address):
    """The forms on ``address``; none where the admin sends elsewhere (a page type at its limit)."""
    response = client.get(address)
    if response.status_code == HTTPStatus.FOUND:
        return []
    assert response.status_code == HTTPStatus.OK, address
    reader = FormReader()
    reader.feed(response.content.decode())
    return [
        (urljoin(address, form["action"]), [tuple(field) for field in form["fields"]])
        for form in reader.forms
    ]


@st.composite
def changed_fields(draw, fields):
    """``fields`` with some values made odd, some dropped and some added, block counts too."""
    changed = []
    for name, value in fields:
        change = draw(st.sampled_from(["keep", "keep", "odd", "drop"]))
        if change != "drop":
            changed.append((name, value if change == "keep" else draw(odd_values())))
    names = sorted({name for name, _ in fields} | {"body-count", "steps-TOTAL_FORMS"})
    return changed + draw(st.lists(st.tuples(st.sampled_from(names), odd_values()), max_size=4))


# The demo corpus and the requests ---------------------------------------------------


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo corpus, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield known_values()
        transaction.set_rollback(True)


def known_values():
    """Real ids, keys and words of the corpus, so fuzzed addresses also reach real rows."""
    ids = {str(pk) for pk in Page.objects.values_list("pk", flat=True)}
    ids |= {str(pk) for pk in Revision.objects.order_by("-pk").values_list("pk", flat=True)[:20]}
    ids |= {str(pk) for pk in ActionPoint.objects.values_list("pk", flat=True)}
    ids |= {str(pk) for pk in get_user_model().objects.values_list("pk", flat=True)}
    for model in get_snippet_models():
        ids |= {str(pk) for pk in model.objects.values_list("pk", flat=True)[:5]}
    words = set(Page.objects.values_list("slug", flat=True))
    words |= set(CalendarToken.objects.values_list("token", flat=True))
    words |= {"pages", "practices", "intervision", "method", "live", "latest", "earliest"}
    uuids = {str(key) for key in OnboardingStep.objects.values_list("key", flat=True)}
    return {"ids": ids, "words": words, "uuids": uuids}


def client_for(who):
    client = Client(raise_request_exception=False)
    if who != "anonymous":
        client.force_login(get_user_model().objects.get(username=who))
    return client


def as_form(fields):
    """Repeated names as lists, as a browser sends them."""
    form = {}
    for name, value in fields:
        form.setdefault(name, []).append(value)
    return form


def status_of(who, method, address, query="", data=None):
    """The status a production server gives; whatever the request wrote is rolled back."""
    cache.clear()
    with transaction.atomic():
        client = client_for(who)
        if method == "GET":
            response = client.get(address, QUERY_STRING=query)
        else:
            response = client.post(address, as_form(data or []), QUERY_STRING=query)
        transaction.set_rollback(True)
    return response.status_code


def every_slot(parts, value):
    """The address with every slot but the language holding ``value``."""
    return filled_address(
        parts,
        [
            ("en" if part.kind == "language" else value) if isinstance(part, Slot) else part
            for part in parts
        ],
    )


@pytest.mark.parametrize("parts", ADDRESS_PATTERNS, ids=lambda parts: "".join(map(str, parts)))
def test_no_address_is_answered_with_a_server_error(demo, parts):
    # Always tried, for every pattern: an id beyond any row and a NUL, as the administrator.
    @example(address=every_slot(parts, "99999999999999999999"), query="", who="admin", method="GET")
    @example(address=every_slot(parts, "\x00"), query="", who="admin", method="GET")
    @settings(FUZZ, max_examples=3)
    @given(
        address=addresses(parts, demo),
        query=query_strings,
        who=st.sampled_from(PEOPLE),
        method=st.sampled_from(["GET", "GET", "POST"]),
    )
    def requested(address, query, who, method):
        status = status_of(who, method, address, query)
        assert status < HTTPStatus.INTERNAL_SERVER_ERROR, f"{method} {address}?{query} ({who})"

    requested()


def form_pages():
    """(who, address) of every page holding a form, site and admin."""
    home = Page.objects.filter(depth=2, locale__language_code="en").first()
    onboarding = OnboardingPathPage.objects.live().filter(locale__language_code="en").first()
    session = IntervisionSessionPage.objects.filter(facilitator__username="facilitator").first()
    pages = [
        ("anonymous", "/en/login/"),
        ("anonymous", reverse("wagtailadmin_login")),
        ("anonymous", reverse("wagtailadmin_password_reset")),
        ("facilitator", onboarding.url),
        ("facilitator", reverse("intervision:prepare", args=[session.pk])),
        ("facilitator", reverse("intervision:calendar")),
    ]
    pages += [
        ("admin", reverse(name))
        for name in (
            "wagtailadmin_account",
            "wagtailusers_users:add",
            "wagtailusers_groups:add",
            "wagtailadmin_collections:add",
            "wagtailredirects:add",
            "wagtailsearchpromotions:add",
            "wagtailsites:add",
            "wagtailadmin_workflows:add",
            "wagtailimages:add",
            "wagtaildocs:add",
        )
    ]
    for model in (*{type(page.specific) for page in Page.objects.filter(depth__gt=1)},):
        page = model.objects.filter(locale=home.locale).first() or model.objects.first()
        pages.append(("admin", f"/admin/pages/{page.pk}/edit/"))
        parent = page.get_parent()
        if model._meta.model_name != "homepage":
            label = f"{model._meta.app_label}/{model._meta.model_name}"
            pages.append(("admin", f"/admin/pages/add/{label}/{parent.pk}/"))
    for model in get_snippet_models():
        base = f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}"
        pages.append(("admin", f"{base}/add/"))
        first = model.objects.first()
        if first is not None:
            pages.append(("admin", f"{base}/edit/{first.pk}/"))
    pages.append(("admin", f"/admin/pages/{ExchangeDayPage.objects.first().pk}/copy/"))
    return sorted(set(pages))


def test_no_form_posted_with_odd_fields_is_answered_with_a_server_error(demo):
    forms = []
    with transaction.atomic():
        for who, address in form_pages():
            client = client_for(who)
            forms += [(who, action, fields) for action, fields in forms_of(client, address)]
        transaction.set_rollback(True)
    assert len(forms) > len(form_pages())

    for who, action, fields in forms:
        post_changed_fields(who, action, fields)


def post_changed_fields(who, action, fields):
    address = urlsplit(action)

    @settings(FUZZ, max_examples=6)
    @given(data=changed_fields(fields))
    def posted(data):
        status = status_of(who, "POST", address.path, address.query, data)
        assert status < HTTPStatus.INTERNAL_SERVER_ERROR, f"POST {action} {data!r} ({who})"

    posted()
