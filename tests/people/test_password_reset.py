"""Password reset tells nobody which addresses have an account, and cannot be hammered."""

import re
import socket
from http import HTTPStatus

from django.core import mail

import pytest

RESET = "/admin/password_reset/"


def closed_port():
    """A loopback port nothing listens on: the mail server is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answer(response, email):
    """What the visitor sees, without the per-request CSRF token and the address they typed."""
    content = response.content.decode().replace(email, "")
    content = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", content)
    content = re.sub(r'"CSRF_TOKEN": "[^"]+"', "", content)
    return response.status_code, response.get("Location"), content


@pytest.fixture
def mail_down(settings):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()


def test_when_mail_fails_the_answer_is_the_same_for_any_address(client, coach, mail_down):
    known = client.post(RESET, {"email": coach.email}, REMOTE_ADDR="198.51.100.1")
    unknown = client.post(RESET, {"email": "nobody@example.org"}, REMOTE_ADDR="198.51.100.2")

    assert answer(known, coach.email) == answer(unknown, "nobody@example.org")
    assert "could not be sent" in unknown.content.decode()


def test_when_mail_works_the_answer_is_the_same_for_any_address(client, coach):
    known = client.post(RESET, {"email": coach.email}, REMOTE_ADDR="198.51.100.1")
    unknown = client.post(RESET, {"email": "nobody@example.org"}, REMOTE_ADDR="198.51.100.2")

    assert answer(known, coach.email) == answer(unknown, "nobody@example.org")
    assert [message.to for message in mail.outbox] == [[coach.email]]


def test_requests_for_one_address_are_limited(client, coach):
    answers = [
        client.post(RESET, {"email": coach.email}, REMOTE_ADDR=f"198.51.100.{n}")
        for n in range(1, 10)
    ]

    limited = answers[-1]
    assert limited.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Too many requests to reset a password" in limited.content.decode()
    assert 0 < len(mail.outbox) < len(answers)


def test_requests_from_one_address_are_limited_whatever_the_e_mail(client, coach):
    answers = [
        client.post(RESET, {"email": f"someone{n}@example.org"}, REMOTE_ADDR="198.51.100.7")
        for n in range(30)
    ]
    limited = client.post(RESET, {"email": coach.email}, REMOTE_ADDR="198.51.100.7")

    assert answers[0].status_code == HTTPStatus.FOUND
    assert limited.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert not mail.outbox
    elsewhere = client.post(RESET, {"email": coach.email}, REMOTE_ADDR="198.51.100.8")
    assert elsewhere.status_code == HTTPStatus.FOUND
    assert len(mail.outbox) == 1
