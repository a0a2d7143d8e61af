"""Security: deployment checks, headers, login lockout, escaping and upload limits."""

import io
import json
import os
import socket
import subprocess
import sys
from http import HTTPStatus

from django.conf import settings
from django.contrib.auth.forms import SetPasswordForm
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image

from kb.settings.base import client_address_settings
from tests import factories

from .conftest import PASSWORD

PRODUCTION_ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "kb.settings.production",
    "SECRET_KEY": "dummy-secret-key-for-checks-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "ancora.example",
    "DATABASE_URL": "sqlite://:memory:",
}
HEADERS_OF_ROOT = """
import json
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client, override_settings
# Static files are collected at deployment; the check needs none of them.
plain_static = {**settings.STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
with override_settings(STORAGES=plain_static):
    response = Client().get("/", secure=True, HTTP_HOST="ancora.example")
names = ["SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT", "DEBUG"]
print(json.dumps({
    "status": response.status_code,
    "headers": dict(response.headers),
    "settings": {name: getattr(settings, name) for name in names},
}))
"""


def run_in_production(*args):
    return subprocess.run(
        [sys.executable, *args],
        env=PRODUCTION_ENV,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_deployment_check_is_clean_with_production_settings():
    result = run_in_production("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_root_answers_with_the_security_headers_in_production():
    result = run_in_production("-c", HEADERS_OF_ROOT)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    headers = {name.lower(): value for name, value in answer["headers"].items()}

    assert answer["status"] < HTTPStatus.INTERNAL_SERVER_ERROR
    assert "max-age=" in headers["strict-transport-security"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["permissions-policy"]
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert answer["settings"] == {
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "DEBUG": False,
    }


def test_public_pages_carry_a_strict_policy_and_no_inline_script(client, practice_index):
    sheet = factories.make_practice(practice_index)

    for url in (practice_index.url, sheet.url):
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        html = response.content.decode()
        assert "<script>" not in html
        assert " style=" not in html


def test_text_typed_by_a_coach_is_shown_escaped(client, practice_index):
    sheet = factories.make_practice(
        practice_index,
        title="<script>alert('title')</script>",
        summary="<img src=x onerror=alert('summary')>",
    )

    html = client.get(sheet.url).content.decode()

    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("language", ["en", "fr"])
def test_eleven_wrong_passwords_lock_the_login_with_a_clear_message(client, coach, language):
    url = f"/{language}/login/"
    for _attempt in range(10):
        wrong = client.post(url, {"username": "coach", "password": "not-the-password"})
        assert wrong.status_code == HTTPStatus.OK
        assert "form" in wrong.content.decode()

    eleventh = client.post(url, {"username": "coach", "password": "not-the-password"})
    right_password = client.post(url, {"username": "coach", "password": PASSWORD})

    for refused in (eleventh, right_password):
        assert refused.status_code == HTTPStatus.TOO_MANY_REQUESTS
        assert f'lang="{language}"' in refused.content.decode()
        assert "registration/locked_out.html" in [t.name for t in refused.templates]
    assert "_auth_user_id" not in client.session


ATTACKER, COACH_HOME = "81.82.83.84", "91.92.93.94"


@pytest.fixture
def behind_one_proxy(settings):
    """As with PROXY_COUNT=1: every request comes from the proxy, which names the client."""
    for name, value in client_address_settings(1).items():
        setattr(settings, name, value)


def via_proxy(address):
    return {"REMOTE_ADDR": "172.18.0.5", "HTTP_X_FORWARDED_FOR": address}


@pytest.mark.usefixtures("behind_one_proxy")
def test_failures_from_one_address_do_not_lock_out_a_coach_at_another(client, coach):
    for attempt in range(11):
        for username in ("coach", f"guess-{attempt}"):
            client.post(
                "/en/login/",
                {"username": username, "password": "not-the-password"},
                **via_proxy(ATTACKER),
            )
    attacker = client.post(
        "/en/login/", {"username": "coach", "password": PASSWORD}, **via_proxy(ATTACKER)
    )
    colleague = Client()
    signed_in = colleague.post(
        "/en/login/", {"username": "coach", "password": PASSWORD}, **via_proxy(COACH_HOME)
    )

    assert attacker.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert signed_in.status_code == HTTPStatus.FOUND
    assert colleague.session["_auth_user_id"] == str(coach.pk)


def test_failures_on_the_site_and_the_admin_login_add_up(client, coach):
    wrong = {"username": "coach", "password": "not-the-password"}
    for url in ["/en/login/"] * 6 + ["/admin/login/"] * 5:
        client.post(url, wrong)

    for url in ("/en/login/", "/admin/login/"):
        refused = client.post(url, {"username": "coach", "password": PASSWORD})
        assert refused.status_code == HTTPStatus.TOO_MANY_REQUESTS
        assert "Try again in 1" in refused.content.decode()


def test_a_correct_password_before_the_limit_signs_in(client, coach):
    for _attempt in range(10):
        client.post("/en/login/", {"username": "coach", "password": "not-the-password"})

    response = client.post("/en/login/", {"username": "coach", "password": PASSWORD})

    assert response.status_code == HTTPStatus.FOUND
    assert client.session["_auth_user_id"] == str(coach.pk)


def test_weak_passwords_are_refused(coach):
    form = SetPasswordForm(coach, {"new_password1": "azerty123", "new_password2": "azerty123"})

    assert not form.is_valid()
    assert form.errors["new_password2"]


def png_bytes(size=(600, 600)):
    buffer = io.BytesIO()
    Image.effect_noise(size, 80).convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def coach_client(client, coach):
    client.force_login(coach)
    return client


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=50_000)
def test_an_oversized_image_is_refused_with_a_message(coach_client):
    data = png_bytes()
    assert len(data) > 50_000

    response = coach_client.post(
        "/admin/images/add/",
        {"title": "Workshop", "file": SimpleUploadedFile("workshop.png", data, "image/png")},
    )

    assert response.status_code == HTTPStatus.OK
    assert "too big" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_svg_image_is_refused(coach_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = coach_client.post(
        "/admin/images/add/",
        {"title": "Logo", "file": SimpleUploadedFile("logo.svg", svg, "image/svg+xml")},
    )

    assert response.status_code == HTTPStatus.OK
    assert not get_image_model().objects.exists()


def test_a_document_of_an_unknown_type_is_refused(coach_client):
    response = coach_client.post(
        "/admin/documents/add/",
        {"title": "Tool", "file": SimpleUploadedFile("tool.exe", b"MZ" + b"\0" * 100)},
    )

    assert response.status_code == HTTPStatus.OK
    assert "tool.exe" not in [doc.filename for doc in get_document_model().objects.all()]
    assert not get_document_model().objects.exists()


@override_settings(DOCUMENT_MAX_UPLOAD_SIZE=1000)
def test_an_oversized_document_is_refused_with_a_message(coach_client):
    response = coach_client.post(
        "/admin/documents/add/",
        {"title": "Report", "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"0" * 5000)},
    )

    assert response.status_code == HTTPStatus.OK
    assert "documents may be at most" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_document_within_the_limits_is_accepted(coach_client):
    response = coach_client.post(
        "/admin/documents/add/",
        {"title": "Report", "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"0" * 500)},
    )

    assert response.status_code == HTTPStatus.FOUND
    assert get_document_model().objects.filter(title="Report").exists()


def test_an_uploaded_document_is_for_members_until_an_editor_makes_it_public(client, coach):
    from wagtail.models import Collection

    minutes = get_document_model().objects.create(
        title="Minutes", file=SimpleUploadedFile("minutes.pdf", b"%PDF-1.4 minutes")
    )

    anonymous = client.get(minutes.url)
    client.force_login(coach)
    member = client.get(minutes.url)
    minutes.collection = Collection.get_first_root_node()
    minutes.save()
    client.logout()
    public = client.get(minutes.url)

    assert anonymous.status_code == HTTPStatus.FOUND and "/login/" in anonymous["Location"]
    assert member.status_code == HTTPStatus.OK
    assert public.status_code == HTTPStatus.OK


def test_uploaded_images_are_served_but_document_files_only_through_their_view(client, coach):
    image = get_image_model().objects.create(
        title="Workshop", file=SimpleUploadedFile("workshop.png", png_bytes((40, 30)))
    )
    leaflet = get_document_model().objects.create(
        title="Leaflet", file=SimpleUploadedFile("leaflet.pdf", b"%PDF-1.4 leaflet")
    )

    assert client.get(image.file.url).status_code == HTTPStatus.OK
    assert client.get(image.get_rendition("width-20").url).status_code == HTTPStatus.OK
    assert client.get(leaflet.file.url).status_code == HTTPStatus.NOT_FOUND


def test_a_password_reset_e_mail_that_cannot_be_sent_is_logged_and_shown(
    client, coach, settings, caplog
):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()

    response = client.post("/admin/password_reset/", {"email": coach.email})

    assert response.status_code == HTTPStatus.OK
    assert "could not be sent" in response.content.decode()
    assert "Password reset e-mail not sent" in caplog.text


def closed_port():
    """A loopback port nothing listens on: the mail server is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_admin_answers_with_its_own_policy(coach_client):
    policy = coach_client.get("/admin/")["Content-Security-Policy"]

    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'self'" in policy
