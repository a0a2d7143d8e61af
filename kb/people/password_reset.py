"""A password-reset e-mail that cannot be sent is logged and said, never hidden.

Django logs the failure and then shows "check your inbox" all the same, so a
coach waits for a message that will never come. Here the form remembers the
failure and the page says what happened. That is why this one message is sent
in the request, through the delivery backend, rather than queued as a task
like every other e-mail (``kb.operations.mail``).
"""

import logging

from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView

from kb.operations.mail import delivery_connection

logger = logging.getLogger("ancora")

NOT_SENT = _(
    "The e-mail with the reset link could not be sent. Try again in a few minutes, "
    "or ask the administrator of your team to reset your password."
)


class PasswordResetForm(WagtailPasswordResetForm):
    send_failed = False

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
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


class PasswordResetView(WagtailPasswordResetView):
    def form_valid(self, form):
        response = super().form_valid(form)
        if form.send_failed:
            form.add_error(None, NOT_SENT)
            return self.form_invalid(form)
        return response
