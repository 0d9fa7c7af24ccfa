"""The admin's password reset, with a clear answer when e-mail cannot be sent, sent
by a mail job and limited like the participants' (security.password_reset).

Django's reset raises when the mail server is down (a server error). Checking the
server before looking the address up answers the same for known and unknown
addresses, so the error tells nobody whether an account exists.
"""

import logging
import smtplib

from django.core.exceptions import ValidationError
from django.core.mail import get_connection
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import PasswordResetForm

from security.password_reset import QueuedResetMixin

logger = logging.getLogger(__name__)
MAIL_ERRORS = (OSError, smtplib.SMTPException)


class CheckedPasswordResetForm(QueuedResetMixin, PasswordResetForm):
    def clean(self):
        cleaned = super().clean()
        connection = get_connection()
        try:
            connection.open()
        except MAIL_ERRORS as error:
            logger.error("password reset: mail server unavailable: %s", error)
            raise ValidationError(
                _("We cannot send e-mail right now, so no reset link was sent. Try again later."),
                code="mail_unavailable",
            ) from error
        finally:
            connection.close()
        return cleaned

    def send_mail(self, *args, **kwargs):
        """A failure after the check is logged; the answer stays the same for everyone."""
        try:
            super().send_mail(*args, **kwargs)
        except MAIL_ERRORS:
            logger.exception("password reset: sending failed")
