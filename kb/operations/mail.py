"""E-mail leaves the request: each message is queued as a task and sent by the worker.

``EMAIL_BACKEND`` points here; ``EMAIL_DELIVERY_BACKEND`` is the backend that really
sends (SMTP in production, the console in development). A slow or unreachable mail
server then costs the worker a retry, never a coach's page. With the immediate task
backend (development) the message is sent at once, inside the request.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend

from django_tasks import task


def as_data(message):
    """What the task needs to rebuild ``message``: plain JSON."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[str(content), mimetype] for content, mimetype in message.alternatives]
        if isinstance(message, EmailMultiAlternatives)
        else [],
    }


def delivery_connection():
    return get_connection(settings.EMAIL_DELIVERY_BACKEND)


@task()
def deliver_email(data):
    fields = {name: value for name, value in data.items() if name != "alternatives"}
    message = EmailMultiAlternatives(connection=delivery_connection(), **fields)
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    message.send()


class TaskEmailBackend(BaseEmailBackend):
    """Queues every message; one with attachments (none of Ancora's) is sent at once."""

    def send_messages(self, email_messages):
        for message in email_messages:
            if message.attachments:
                delivery_connection().send_messages([message])
            else:
                deliver_email.enqueue(as_data(message))
        return len(email_messages)
