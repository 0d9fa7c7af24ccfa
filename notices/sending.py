"""Sending a notice by email: a delivery per member, each sent once, outside the request
(the RQ "mail" queue; where Redis does not answer, a thread after the answer). A failed
delivery keeps its error for the facilitator, who can send the rest again."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cohorts.invitations import MAIL_ERRORS
from security import background_mail
from security.background_mail import subject_line

from .models import Delivery, Notice

logger = logging.getLogger(__name__)


def recipients(notice):
    """The members a notice is for: its team's, or the whole cohort's."""
    members = notice.cohort.memberships.filter(user__is_active=True).exclude(user__email="")
    return members.filter(team=notice.team_id) if notice.team_id else members


def notify(notice):
    """A delivery for each member it is for, sent once the notice is committed; the
    number of people told."""
    users = list(recipients(notice).values_list("user_id", flat=True))
    Delivery.objects.bulk_create(
        [Delivery(notice=notice, user_id=user) for user in users], ignore_conflicts=True
    )
    send_later(notice.pk)
    return len(users)


def send_later(notice_id):
    transaction.on_commit(lambda: background_mail.send_later(send_notice, notice_id))


def send_notice(notice_id):
    """The job: each delivery not yet sent, claimed first so that two runs at once (or a
    retried job) send it once."""
    notice = Notice.objects.select_related("cohort", "author", "team").filter(pk=notice_id).first()
    page = notice and notice.cohort.page()
    if page is None:
        return
    connection = get_connection()
    for delivery in notice.deliveries.filter(sent_at__isnull=True).select_related("user"):
        unsent = Delivery.objects.filter(pk=delivery.pk, sent_at__isnull=True)
        if not unsent.update(sent_at=timezone.now(), error=""):
            continue  # another run has it
        try:
            connection.send_messages([message_for(notice, delivery.user, page)])
        except MAIL_ERRORS as error:
            logger.warning("notice %s to user %s not sent: %s", notice.pk, delivery.user_id, error)
            reason = str(error)[:200] or error.__class__.__name__
            Delivery.objects.filter(pk=delivery.pk).update(sent_at=None, error=reason)
    connection.close()


def message_for(notice, user, page):
    """The email in the cohort's language, with a link to the messages on its page."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(page.locale.language_code):
        context = {
            "notice": notice,
            "name": user.get_full_name() or user.email,
            "cohort": page.title,
            "author": notice.author.get_full_name() if notice.author else "",
            "link": f"{base}{page.url}#messages",
        }
        body = render_to_string("notices/email/notice.txt", context)
    return EmailMessage(subject_line(f"{page.title}: {notice.subject}"), body, to=[user.email])
