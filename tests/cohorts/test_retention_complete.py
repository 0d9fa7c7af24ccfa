"""Retention complete: after the purge, no table holds a deleted person's username,
email address, IP address, browser, session or a key to their account.

The tables are found, not listed by hand: every model (ours and third-party apps') with
a key to the user model, or a field that by its name can hold a username, an email
address, an IP address or a browser's user agent. A table added later is checked too.
"""

from datetime import timedelta

import pytest

from django.apps import apps
from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import models
from django.test import Client

from cohorts.models import Cohort
from programme.cohort_page.checklist import TaskTick
from reminders.models import SentReminder

pytestmark = pytest.mark.django_db
PERSONAL = ("username", "email", "ip_address", "user_agent", "user_name", "http_accept")
IP, BROWSER = "198.51.100.23", "Samling-retention-test-browser/1.0"


def personal_fields():
    """(model, field, kind) for every field that can name a person."""
    user_model = get_user_model()
    for model in apps.get_models():
        if model is user_model:
            continue
        for field in model._meta.get_fields():
            if not field.concrete:
                continue
            if isinstance(field, models.ForeignKey) and field.related_model is user_model:
                yield model, field, "user"
            elif any(word in field.name for word in PERSONAL):
                yield model, field, "value"


def leave_traces(user, password):
    """A failed login, a login, a session kept, a tick and a reminder sent."""
    browser = Client(REMOTE_ADDR=IP, HTTP_USER_AGENT=BROWSER)
    browser.post("/nb/_util/login/", {"username": user.username, "password": "wrong"})
    browser.post("/nb/_util/login/", {"username": user.username, "password": password})
    assert browser.session.get(SESSION_KEY) == str(user.pk)
    TaskTick.objects.create(user=user, task_key=user.memberships.first().cohort.page_key)
    SentReminder.objects.create(
        user=user,
        cohort=user.memberships.first().cohort,
        session=user.memberships.first().cohort.page_key,
        days_before=7,
        kind=SentReminder.PARTICIPANT,
    )


def test_after_the_purge_no_table_names_a_deleted_person():
    absolutt = Cohort.objects.get(title="ABSOLUTT Innlandet 2026")
    User = get_user_model()
    person = User.objects.get(username="deltaker-absolutt")
    person.set_password("Et-godt-passord-42")
    person.save()
    leave_traces(person, "Et-godt-passord-42")
    traces = {person.username.lower(), person.email.lower(), IP, BROWSER}
    found = list(personal_fields())
    assert {model._meta.db_table for model, _f, _k in found} >= {
        "axes_accessattempt",
        "axes_accesslog",
        "axes_accessfailurelog",
        "cohorts_membership",
        "cohorts_registeredmember",
        "reminders_sentreminder",
    }
    last = absolutt.page().sessions.order_by("-end").first().end
    day = last + timedelta(days=settings.PARTICIPANT_DATA_RETENTION_DAYS + 1)
    call_command("purge_participant_data", "--date", day.date().isoformat())
    assert not User.objects.filter(pk=person.pk).exists()
    for model, field, kind in found:
        rows = model._default_manager.all()
        if kind == "user":
            assert not rows.filter(**{field.attname: person.pk}).exists(), model
        else:
            values = {str(v).lower() for v in rows.values_list(field.attname, flat=True)}
            assert not values & {t.lower() for t in traces}, (model, field.name)
    sessions = [s.get_decoded().get(SESSION_KEY) for s in Session.objects.all()]
    assert str(person.pk) not in sessions
