"""Invitations: an email in the cohort's language with a link to set a password.

The link is single-use and expires: its token is signed with a timestamp and carries a
digest of the account's password and last login, both of which change once it is used
(Django's password-reset tokens work the same way, but live PASSWORD_RESET_TIMEOUT,
which is meant for resets, not for invitations). People who already have a password get
a notice with a login link instead.

Emails go out in a background job (the RQ "mail" queue), never in the request; where
Redis does not answer, the job runs at once. A failure is recorded on the membership,
shown to the facilitator, and the invitation can be sent again.
"""

import logging
import smtplib

import redis
from django_rq import get_queue

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from security.background_mail import subject_line

from .models import Cohort, Membership

logger = logging.getLogger(__name__)
MAIL_ERRORS = (OSError, smtplib.SMTPException)


class InvitationTokens:
    salt = "samling.cohorts.invitation"

    def state(self, user):
        login = "" if user.last_login is None else user.last_login.replace(microsecond=0)
        value = f"{user.pk}{user.password}{login}{user.email}"
        return salted_hmac(self.salt, value, algorithm="sha256").hexdigest()[:32]

    def make_token(self, user):
        return signing.TimestampSigner(salt=self.salt).sign(self.state(user))

    def check_token(self, user, token):
        if user is None or not token:
            return False
        try:
            state = signing.TimestampSigner(salt=self.salt).unsign(
                token, max_age=settings.INVITATION_VALID_DAYS * 24 * 3600
            )
        except signing.BadSignature:  # also an expired one
            return False
        return constant_time_compare(state, self.state(user))


tokens = InvitationTokens()


def invitation_path(membership):
    user = membership.user
    return reverse(
        "cohorts:accept_invitation",
        kwargs={
            "cohort": membership.cohort_id,
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": tokens.make_token(user),
        },
    )


def message_for(membership, page, page_url):
    """The invitation (or, with a password already, the notice) in `page`'s language."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    user = membership.user
    with translation.override(page.locale.language_code):
        invited = not user.has_usable_password()
        context = {
            "name": user.get_full_name() or user.email,
            "cohort": page.title,
            "team": membership.team.municipality,
            "link": base + (invitation_path(membership) if invited else page_url),
            "days": settings.INVITATION_VALID_DAYS,
            "invited": invited,
        }
        subject = render_to_string("cohorts/email/invitation_subject.txt", context)
        body = render_to_string("cohorts/email/invitation.txt", context)
    return EmailMessage(subject_line(subject), body, to=[user.email])


def send_invitations(membership_ids):
    """The job: one email per membership, the outcome recorded on each."""
    memberships = Membership.objects.filter(pk__in=membership_ids).select_related(
        "user", "team", "cohort"
    )
    pages = {}  # the cohort's page in its own language, looked up once per cohort
    connection = get_connection()
    for membership in memberships:
        if membership.cohort_id not in pages:
            page = membership.cohort.page()
            pages[membership.cohort_id] = (page, page.url)
        try:
            connection.send_messages([message_for(membership, *pages[membership.cohort_id])])
        except MAIL_ERRORS as error:
            logger.warning("invitation to membership %s not sent: %s", membership.pk, error)
            membership.invitation_error = str(error)[:200] or error.__class__.__name__
        else:
            membership.invited_at, membership.invitation_error = timezone.now(), ""
        membership.save(update_fields=["invited_at", "invitation_error"])
    connection.close()


def queue_invitations(memberships):
    """Send outside the request, once the enrolment is committed; where the queue is
    down, send then and there (nothing is lost)."""
    ids = [m.pk for m in memberships]
    if ids:
        transaction.on_commit(lambda: enqueue_or_send(ids))


def enqueue_or_send(ids):
    try:
        get_queue("mail", commit_mode="auto").enqueue(send_invitations, ids)
    except redis.RedisError:
        logger.warning("mail queue unavailable: sending %d invitations now", len(ids))
        send_invitations(ids)


class AcceptInvitationView(auth_views.PasswordResetConfirmView):
    """Set a password from the invitation link; then logged in, on the cohort page."""

    token_generator = tokens
    template_name = "cohorts/accept_invitation.html"
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    reset_url_token = "sett-passord"  # noqa: S105 (a URL word, not a password)

    def get_context_data(self, **kwargs):
        # The page may offer sign-in providers instead (identity): they need the account
        # and the cohort the invitation is for.
        return super().get_context_data(
            uidb64=self.kwargs["uidb64"], cohort=self.kwargs["cohort"], **kwargs
        )

    def get_success_url(self):
        cohort = Cohort.objects.filter(pk=self.kwargs["cohort"]).first()
        if cohort is None or not cohort.memberships.filter(user=self.user).exists():
            return f"/{translation.get_language()}/"
        return cohort.page_in(translation.get_language()).url
