"""Reminders before sessions: due by the cohort's days, sent once, in the cohort's
language, with what the team still has to do; participants can turn them off."""

import re
import smtplib
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest

from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from cohorts.attendance import sessions_of
from programme.cohort_page.calendar import local_zone
from reminders.models import SentReminder
from reminders.schedule import due_reminder

from .between import member
from .conftest import logged_in


@pytest.mark.parametrize(
    ("ahead", "days", "due"),
    [
        (8, [7, 1], None),
        (7, [7, 1], 7),
        (3, [7, 1], 7),  # a missed day is made up
        (1, [7, 1], 1),
        (0, [7, 1], 1),
        (-1, [7, 1], None),  # the session has begun
        (5, [], None),
        (2, [3], 3),
    ],
)
def test_which_reminder_is_due(ahead, days, due):
    assert due_reminder(ahead, days) == due


def session_day(cohort, index, before):
    """The day `before` days ahead of the cohort's session `index`, in its time zone."""
    start = sessions_of(cohort)[index].start.astimezone(local_zone(cohort.language()))
    return (start.date() - timedelta(days=before)).isoformat()


def run(*args):
    out = StringIO()
    call_command("send_session_reminders", *args, stdout=out)
    return out.getvalue()


def to(address):
    return [m for m in mail.outbox if m.to == [address]]


@pytest.mark.django_db
def test_a_dry_run_prints_one_line_per_reminder_with_its_address_and_sends_nothing(absolutt):
    out = run("--date", session_day(absolutt, 2, 7), "--dry-run")
    lines = [line for line in out.splitlines() if "ABSOLUTT" in line]
    hamar = {m.user.email for m in absolutt.memberships.select_related("user")}
    assert {line.split()[3] for line in lines if "participant" in line} == hamar
    assert any("facilitator fasilitator-absolutt@example.org" in line for line in lines)
    assert mail.outbox == [] and not SentReminder.objects.exists()


@pytest.mark.django_db
def test_reminders_go_out_seven_and_one_day_before_and_never_twice(absolutt):
    week_before = session_day(absolutt, 2, 7)
    run("--date", week_before)
    marte = to("deltaker-absolutt@example.org")
    assert len(marte) == 1
    run("--date", week_before)  # run again the same day
    run("--date", session_day(absolutt, 2, 5))  # and on a day between
    assert len(to("deltaker-absolutt@example.org")) == 1
    run("--date", session_day(absolutt, 2, 1))
    assert len(to("deltaker-absolutt@example.org")) == 2
    run("--date", session_day(absolutt, 2, 0))  # the 1-day reminder went yesterday
    assert len(to("deltaker-absolutt@example.org")) == 2
    assert SentReminder.objects.filter(user__username="deltaker-absolutt").count() == 2


@pytest.mark.django_db
def test_the_reminder_says_when_where_what_to_do_and_bring_with_links(absolutt):
    run("--date", session_day(absolutt, 2, 7))
    (message,) = to("deltaker-absolutt@example.org")
    session = sessions_of(absolutt)[2]
    assert message.subject.startswith("[Samling] Påminnelse: ABSOLUTT Innlandet 2026, samling")
    body = message.body
    assert "Neste samling i ABSOLUTT Innlandet 2026 er om 7 dager." in body
    assert f"{session.venue}, {session.address}" in body
    assert "09.30–15.30" in body
    assert "Dette gjenstår for deg og laget ditt (Hamar):\n- Lag et utkast til årshjul" in body
    assert "Utkast til eierstrategi" not in body  # Hamar has answered it (demo)
    assert "Ta med: PC eller nettbrett" in body
    assert f"samling/{session.uid}/kalender/" in body
    assert f"http://testserver{absolutt.page().url}" in body or absolutt.page().url in body
    assert "/nb/paminnelser/av/" in body


@pytest.mark.django_db
def test_danish_cohorts_get_danish_reminders(kl):
    run("--date", session_day(kl, 1, 7))
    (message,) = to("deltager-kl@example.org")
    assert "Næste møde i Klynge Midtjylland er om 7 dage." in message.body
    assert "Påmindelse" in message.subject


@pytest.mark.django_db
def test_facilitators_get_their_teams_progress(absolutt):
    run("--date", session_day(absolutt, 2, 1))
    (summary,) = to("fasilitator-absolutt@example.org")
    assert "Hamar: 1 av 2 oppgaver gjort" in summary.body
    assert "Elverum: 0 av 2 oppgaver gjort" in summary.body


@pytest.mark.django_db
def test_a_participant_turns_reminders_off_from_the_email_and_on_again(absolutt, client):
    run("--date", session_day(absolutt, 2, 7))
    (message,) = to("deltaker-absolutt@example.org")
    link = next(word for word in message.body.split() if "/paminnelser/av/" in word)
    path = link.split("testserver")[-1].replace("http://127.0.0.1:8000", "")
    asked = client.get(path)  # a link scanner's visit changes nothing
    assert "Slå av påminnelser" in asked.content.decode()
    assert not member(absolutt, "deltaker-absolutt").reminders_off
    client.post(path)
    assert member(absolutt, "deltaker-absolutt").reminders_off
    run("--date", session_day(absolutt, 2, 1))
    assert len(to("deltaker-absolutt@example.org")) == 1
    assert client.get(path[:-5] + "x/").status_code == 404  # a forged token

    marte = logged_in("deltaker-absolutt")
    assert "Send meg påminnelser på e-post" in marte.get(absolutt.page().url).content.decode()
    marte.post(reverse("reminders:toggle", args=[absolutt.pk]), {"reminders": "on"})
    assert not member(absolutt, "deltaker-absolutt").reminders_off


@pytest.mark.django_db
def test_a_mail_failure_loses_no_reminder(absolutt):
    day = session_day(absolutt, 2, 7)
    with (
        mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=smtplib.SMTPServerDisconnected("gone"),
        ),
        pytest.raises(CommandError, match="could not be sent"),
    ):
        run("--date", day)
    assert not SentReminder.objects.exists()
    run("--date", day)
    assert len(to("deltaker-absolutt@example.org")) == 1


@pytest.mark.django_db
def test_the_facilitator_sets_the_days_and_bad_input_is_explained(absolutt):
    facilitator = logged_in("fasilitator-absolutt")
    url = reverse("reminders:days", args=[absolutt.pk])
    form = facilitator.get(url).content.decode()  # ticked, never typed
    assert 'type="checkbox" name="reminder_days" value="7"' in form and "en uke før" in form
    for bad, error in [
        (["7", "x"], "Velg et gyldig valg"),
        (["7", "90"], "Velg et gyldig valg"),
        (["14", "7", "3", "2", "1", "0"], "Høyst fem påminnelser"),
        (["9" * 50], "Velg et gyldig valg"),
    ]:
        response = facilitator.post(url, {"reminder_days": bad})
        assert error in response.content.decode()
    type(absolutt).objects.filter(pk=absolutt.pk).update(reminder_days="5, 1")  # set by hand
    form = facilitator.get(url).content.decode()
    assert re.search(r'value="5"[^>]* checked', form)  # kept on the list
    facilitator.post(url, {"reminder_days": ["3"]})
    absolutt.refresh_from_db()
    assert absolutt.reminder_days_before() == [3]
    facilitator.post(url, {})
    absolutt.refresh_from_db()
    assert absolutt.reminder_days == "" and absolutt.reminder_days_before() == []
    facilitator.post(url, {"reminder_days": ["3"]})
    run("--date", session_day(absolutt, 2, 7))
    assert to("deltaker-absolutt@example.org") == []
    assert logged_in("deltaker-absolutt").get(url).status_code == 404


@pytest.mark.django_db
def test_a_bad_date_is_a_clear_error():
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("--date", "30.11.2026")


def test_the_rq_scheduler_runs_the_command_daily():
    from rq import cron

    import reminders.cron  # noqa: F401  (registers on import, as `rq cron` loads it)

    (job,) = [j for j in cron._job_data_registry if j["name"] == "session-reminders"]
    assert job["cron"] == "0 6 * * *"
    with mock.patch("reminders.jobs.call_command") as command:
        job["func"]()
    command.assert_called_once_with("send_session_reminders")


@pytest.mark.django_db
def test_without_a_date_it_acts_on_today(absolutt):
    out = run("--dry-run")
    assert f"due on {timezone.localdate()}" in out


@pytest.mark.django_db
def test_an_opt_out_link_expires_with_the_cohorts_retention(absolutt, client, settings):

    import time_machine

    from reminders.messages import opt_out_token

    marte = member(absolutt, "deltaker-absolutt")
    path = reverse("reminders:opt_out", args=[opt_out_token(marte)])
    assert client.get(path).status_code == 200
    last = absolutt.page().sessions.order_by("-end").first().end
    after = last + timedelta(days=settings.PARTICIPANT_DATA_RETENTION_DAYS + 2)
    with time_machine.travel(after):
        expired = client.post(path)
    assert expired.status_code == 410 and "virker ikke lenger" in expired.content.decode()
    assert not member(absolutt, "deltaker-absolutt").reminders_off
    old_key, team, user = marte.pk, marte.team, marte.user
    marte.delete()  # the purge; a later membership may get the same key
    with time_machine.travel(timezone.now() + timedelta(days=1)):
        absolutt.memberships.create(pk=old_key, team=team, user=user)
    assert client.get(path).status_code == 410
