"""Emails about a registration, sent by the mail job once it is saved: a receipt to the
person who registered (in the form's language) and a notice to each facilitator (in the
cohort's). A failure is logged; the registration stands either way."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from security import background_mail
from security.background_mail import subject_line

from .invitations import MAIL_ERRORS
from .models import Registration
from .roster import roster
from .rules import registration_problems

logger = logging.getLogger(__name__)


def send_later(registration):
    pk = registration.pk
    transaction.on_commit(lambda: background_mail.send_later(send_registration_mails, pk))


def send_registration_mails(pk):
    registration = Registration.objects.select_related("cohort").filter(pk=pk).first()
    if registration is None:
        return
    connection = get_connection()
    for message in [receipt(registration), *facilitator_notices(registration)]:
        try:
            connection.send_messages([message])
        except MAIL_ERRORS as error:
            logger.warning("registration %s: mail to %s not sent: %s", pk, message.to, error)
    connection.close()


def message(subject, template, context, to):
    return EmailMessage(subject_line(subject), render_to_string(template, context), to=to)


def receipt(registration):
    contact = registration.contact()
    with translation.override(registration.language):
        cohort = registration.cohort.page_in(registration.language).title
        context = {"registration": registration, "name": contact.name, "cohort": cohort}
        subject = _("We have received your registration for %(cohort)s") % {"cohort": cohort}
        return message(subject, "cohorts/email/receipt.txt", context, [contact.email])


def facilitator_notices(registration):
    cohort = registration.cohort
    addresses = [u.email for u in cohort.facilitators.filter(is_active=True) if u.email]
    if not addresses:
        return []
    with translation.override(cohort.language()):
        teams, rules = roster(cohort)
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        context = {
            "registration": registration,
            "cohort": cohort.page().title,
            "problems": registration_problems(registration, teams, rules),
            "link": base + reverse("cohorts:overview", args=[cohort.pk]) + "#registration-heading",
        }
        subject = _("New registration: %(municipality)s") % {
            "municipality": registration.municipality
        }
        return [message(subject, "cohorts/email/new_registration.txt", context, addresses)]
