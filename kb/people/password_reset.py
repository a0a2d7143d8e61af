"""Password reset: the same answer whatever the address, a mail failure said, requests limited.

Django logs a failed reset e-mail and then shows "check your inbox" all the
same, so a coach waits for a message that will never come. Here the page says
when the e-mail could not be sent; that is why this one message is sent in the
request, through the delivery backend, rather than queued as a task like every
other e-mail (``kb.operations.mail``). So that the page never tells which
addresses have an account, an address without one still tries the mail server,
and the answer is the same for both.

Each request counts against its address and its client (in the cache): past a
few an hour the form says to wait, whatever the address, so nobody can flood a
colleague's inbox or probe addresses one after another.
"""

import hashlib
import logging
from http import HTTPStatus

from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView

from axes.helpers import get_client_ip_address

from kb.operations.mail import delivery_connection

logger = logging.getLogger("ancora")

NOT_SENT = _(
    "The e-mail with the reset link could not be sent. Try again in a few minutes, "
    "or ask the administrator of your team to reset your password."
)
TOO_MANY = _(
    "Too many requests to reset a password. Try again in an hour, "
    "or ask the administrator of your team to reset your password."
)
LIMIT_WINDOW_SECONDS = 60 * 60
REQUESTS_PER_ADDRESS = 5
REQUESTS_PER_CLIENT = 20


def mail_server_answers():
    """Whether the delivery backend can be reached, as sending a reset e-mail would."""
    connection = delivery_connection()
    try:
        connection.open()
        connection.close()
    except OSError:
        logger.exception("Mail server unreachable for a password reset")
        return False
    return True


class PasswordResetForm(WagtailPasswordResetForm):
    send_failed = False
    mail_attempted = False

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not self.mail_attempted:
            self.send_failed = not mail_server_answers()

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        self.mail_attempted = True
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        message = EmailMultiAlternatives(
            subject,
            loader.render_to_string(email_template_name, context),
            from_email,
            [to_email],
            connection=delivery_connection(),
        )
        if html_email_template_name is not None:
            html = loader.render_to_string(html_email_template_name, context)
            message.attach_alternative(html, "text/html")
        try:
            message.send()
        except OSError:  # SMTP errors are OSErrors, like a refused connection
            logger.exception("Password reset e-mail not sent to user %s", context["user"].pk)
            self.send_failed = True


def counted(key, limit):
    """Count one more request under ``key``; whether the limit is now passed."""
    cache.add(key, 0, LIMIT_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, LIMIT_WINDOW_SECONDS)
        count = 1
    return count > limit


def too_many_requests(request, email):
    address = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    client = get_client_ip_address(request) or "unknown"
    over_address = counted(f"password-reset:address:{address}", REQUESTS_PER_ADDRESS)
    over_client = counted(f"password-reset:client:{client}", REQUESTS_PER_CLIENT)
    return over_address or over_client


class PasswordResetView(WagtailPasswordResetView):
    def form_valid(self, form):
        if too_many_requests(self.request, form.cleaned_data["email"]):
            form.add_error(None, TOO_MANY)
            response = self.form_invalid(form)
            response.status_code = HTTPStatus.TOO_MANY_REQUESTS
            return response
        response = super().form_valid(form)
        if form.send_failed:
            form.add_error(None, NOT_SENT)
            return self.form_invalid(form)
        return response
