"""The invitation link: sets a password once, logs in, lands on the cohort; expires."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.core import mail
from django.test import Client, TestCase
from django.utils import timezone

from cohorts.enrolment import check_people, enrol
from cohorts.invitations import queue_invitations

pytestmark = pytest.mark.django_db
ROW = {"name": "Vera Vik", "email": "vera.vik@example.org", "municipality": "Hamar"}
ROW["role"] = "Rektor"


def invite(cohort):
    with TestCase.captureOnCommitCallbacks(execute=True):
        queue_invitations(enrol(cohort, check_people(cohort, [(1, ROW)])))
    return re.search(r"http://[^/]+(/\S+)", mail.outbox[-1].body).group(1)


def set_password(client, link):
    form = client.get(link, follow=True)
    assert "Sett passordet ditt" in form.text
    return client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Et-godt-passord-42", "new_password2": "Et-godt-passord-42"},
    )


def test_set_password_once_then_logged_in_on_the_cohort(absolutt):
    link = invite(absolutt)
    client = Client()
    done = set_password(client, link)
    assert done.status_code == 302 and done["Location"] == "/nb/absolutt/absolutt-innlandet-2026/"
    assert client.get(done["Location"]).status_code == 200  # logged in, admitted
    again = Client().get(link, follow=True)
    assert "utløpt eller allerede brukt" in again.text


def test_the_link_expires(absolutt, settings):
    link = invite(absolutt)
    with time_machine.travel(timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS + 1)):
        assert "utløpt eller allerede brukt" in Client().get(link, follow=True).text


def test_a_mail_failure_is_shown_and_can_be_sent_again(absolutt, facilitator, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_PORT = 9  # nothing listens there
    invite_failed = check_people(absolutt, [(1, ROW)])
    with TestCase.captureOnCommitCallbacks(execute=True):
        queue_invitations(enrol(absolutt, invite_failed))
    member = absolutt.memberships.get(user__email=ROW["email"])
    assert member.invitation_error and not member.invited_at
    assert "ikke sendt" in facilitator.get(f"/nb/kull/{absolutt.pk}/").text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with TestCase.captureOnCommitCallbacks(execute=True):
        facilitator.post(f"/nb/kull/{absolutt.pk}/deltakere/{member.pk}/invitasjon/")
    member.refresh_from_db()
    assert member.invited_at and not member.invitation_error and len(mail.outbox) == 1
