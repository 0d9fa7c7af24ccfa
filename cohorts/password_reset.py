"""Participants who forgot their password: Django's reset views, with the site's pages,
in the visitor's language, and a clear message instead of an error when mail fails."""

import logging

from django.contrib.auth import views as auth_views
from django.utils.translation import gettext_lazy as _

from .invitations import MAIL_ERRORS

logger = logging.getLogger(__name__)


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "account/password_reset_form.html"
    email_template_name = "account/password_reset_email.txt"
    subject_template_name = "account/password_reset_subject.txt"

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except MAIL_ERRORS as error:
            logger.warning("password reset mail not sent: %s", error)
            form.add_error(
                None, _("We could not send the email just now. Please try again in a while.")
            )
            return self.form_invalid(form)


