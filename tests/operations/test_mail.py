"""E-mail is background work: queued as a task, sent by the worker, never lost on the way."""

from django.core import mail
from django.test import override_settings

import pytest
from django_tasks import default_task_backend

TASK_MAIL = "kb.operations.mail.TaskEmailBackend"
QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def send_review_notice():
    message = mail.EmailMultiAlternatives(
        "Sheet submitted", "Please review it.", "ancora@example.org", ["reviewer@example.org"]
    )
    message.attach_alternative("<p>Please review it.</p>", "text/html")
    message.send()


@override_settings(EMAIL_BACKEND=TASK_MAIL)
def test_with_the_immediate_backend_the_message_arrives_as_written():
    send_review_notice()

    [sent] = mail.outbox
    assert sent.subject == "Sheet submitted"
    assert sent.to == ["reviewer@example.org"]
    assert sent.alternatives[0].content == "<p>Please review it.</p>"


@override_settings(EMAIL_BACKEND=TASK_MAIL, TASKS=QUEUED)
def test_with_a_queue_the_message_waits_for_the_worker():
    send_review_notice()

    assert mail.outbox == []
    [queued] = default_task_backend.results
    assert queued.task.name == "deliver_email"
    queued.task.call(*queued.args, **queued.kwargs)
    assert [sent.subject for sent in mail.outbox] == ["Sheet submitted"]


@pytest.mark.django_db
@override_settings(EMAIL_BACKEND=TASK_MAIL, TASKS=QUEUED)
def test_wagtail_s_own_notifications_are_queued_too():
    from wagtail.admin.mail import send_mail

    send_mail("Comment added", "A colleague commented.", ["coach@example.org"])

    assert mail.outbox == []
    assert [result.task.name for result in default_task_backend.results] == ["deliver_email"]
