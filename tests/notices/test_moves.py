"""Moving a session: by its facilitator (or an editor's publish), in every language; each
member told once with the old and new time; the calendar event keeps its UID with a
higher SEQUENCE; reminders follow the new date and none goes twice."""

from datetime import timedelta

import icalendar
import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase
from django.utils import timezone

from programme.cohort_page.calendar import local_zone
from programme.cohort_page.page import CohortSession
from programme.cohort_page.schedule import SessionSchedule
from reminders.messages import due_reminders
from reminders.sending import send

from .conftest import logged_in

pytestmark = pytest.mark.django_db


def upcoming(cohort):
    """The cohort's last session (in the future in the demo)."""
    return cohort.page().sessions.order_by("-start").first()


def move(client, cohort, session, language="nb", **changes):
    start = timezone.localtime(session.start, local_zone("nb"))
    data = {
        "day": start.date().isoformat(),
        "starts": f"{start:%H:%M}",
        "ends": f"{timezone.localtime(session.end, local_zone('nb')):%H:%M}",
        "venue": session.venue,
        "address": session.address,
        **changes,
    }
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(f"/{language}/kull/{cohort.pk}/samlinger/{session.uid}/flytt/", data)


def event(client, cohort, session):
    page = cohort.page()
    feed = client.get(page.session_calendar_path(session.uid))
    return icalendar.Calendar.from_ical(feed.content).walk("VEVENT")[0]


def test_a_facilitator_moves_a_session_and_everyone_is_told_once(facilitator, absolutt):
    session = upcoming(absolutt)
    marte = logged_in("deltaker-absolutt")
    before = event(marte, absolutt, session)
    new_day = (timezone.localtime(session.start) + timedelta(days=7)).date()
    done = move(facilitator, absolutt, session, day=new_day.isoformat(), venue="Rådhuset")
    assert done.status_code == 302 and done["Location"].endswith("#sessions")
    rows = CohortSession.objects.filter(uid=session.uid)
    assert rows.count() == 2  # the Norwegian page and its Danish translation
    assert {timezone.localtime(r.start).date() for r in rows} == {new_day}
    assert {r.venue for r in rows} == {"Rådhuset"}
    members = set(absolutt.memberships.values_list("user__email", flat=True))
    assert sorted(m.to[0] for m in mail.outbox) == sorted(members)  # once each
    body = mail.outbox[0].body
    assert "er flyttet" in body and "Før:" in body and "Nå:" in body
    assert session.venue in body and "Rådhuset" in body
    after = event(marte, absolutt, session)
    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("DTSTART").date() == new_day
    page = marte.get(absolutt.page().url).text
    assert "Flyttet:" in page and "Rådhuset" in page
    latest = type(absolutt.page()).objects.get(pk=absolutt.page().pk).get_latest_revision()
    assert latest.user.username == "fasilitator-absolutt"  # in the page's history


def test_the_move_is_checked_and_nothing_changes_on_bad_input(facilitator, absolutt):
    session = upcoming(absolutt)
    for changes, error in [
        ({"ends": "08:00", "starts": "09:00"}, "må slutte etter at den starter"),
        ({"day": "2020-01-01"}, "mellom i dag og to år fram"),
        ({"day": "31.02.2027"}, "gyldig dato"),
        ({"venue": "To\nlinjer"}, "på én linje"),
        ({}, "Endre tiden eller stedet"),
    ]:
        response = move(facilitator, absolutt, session, **changes)
        assert response.status_code == 200 and error in response.content.decode()
    assert not mail.outbox
    assert SessionSchedule.objects.get(uid=session.uid).sequence == 0
    other = logged_in("facilitator-kl")
    assert move(other, absolutt, session, venue="X").status_code == 404


def test_an_editors_publish_tells_the_members_and_a_waiting_draft_keeps_the_move(
    facilitator, absolutt
):
    page = absolutt.page()
    draft = page.get_latest_revision_as_object()
    draft.region = "Innlandet og Viken"
    draft.save_revision(user=get_user_model().objects.get(username="redaktor-nb"))
    session = upcoming(absolutt)
    move(facilitator, absolutt, session, venue="Rådhuset")
    told = len(mail.outbox)
    page.refresh_from_db()
    assert page.region != "Innlandet og Viken"  # the draft was not published by the move
    waiting = page.get_latest_revision_as_object()
    assert waiting.region == "Innlandet og Viken"
    assert {s.venue for s in waiting.sessions.all() if s.uid == session.uid} == {"Rådhuset"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        waiting.save_revision(user=waiting.owner).publish()  # the editor publishes the draft
    assert len(mail.outbox) == told  # nothing moved back, nobody told again
    moved = page.get_latest_revision_as_object()
    for s in moved.sessions.all():
        if s.uid == session.uid:
            s.start += timedelta(hours=1)
            s.end += timedelta(hours=1)
    with TestCase.captureOnCommitCallbacks(execute=True):
        moved.save_revision().publish()
    assert len(mail.outbox) == 2 * told
    assert SessionSchedule.objects.get(uid=session.uid).sequence == 2


def test_reminders_follow_the_new_date_and_none_goes_twice(facilitator, absolutt):
    session = upcoming(absolutt)
    zone = local_zone("nb")
    first_day = timezone.localtime(session.start, zone).date()
    send(due_reminders(first_day - timedelta(days=1)))  # the day-before reminder
    sent = len(mail.outbox)
    assert sent
    later = first_day + timedelta(days=14)
    move(facilitator, absolutt, session, day=later.isoformat())
    mail.outbox.clear()
    assert due_reminders(first_day - timedelta(days=1)) == []  # the old date is gone
    week_before = [r for r in due_reminders(later - timedelta(days=7)) if r.days_before == 7]
    assert week_before  # the new date's reminders
    assert not [r for r in due_reminders(later - timedelta(days=1)) if r.days_before == 1]


def test_the_form_shows_the_sessions_day_to_a_danish_screen_as_well(facilitator, absolutt):
    session = upcoming(absolutt)
    form = facilitator.get(f"/da/hold/{absolutt.pk}/moeder/{session.uid}/flyt/").text
    day = timezone.localtime(session.start, local_zone("nb")).date().isoformat()
    assert f'type="date" name="day" value="{day}"' in form  # what a date field can show


def test_an_unpublished_cohort_page_is_not_moved_behind_the_editors_back(facilitator, absolutt):
    session = upcoming(absolutt)
    for page in absolutt.pages():
        page.unpublish()
    response = move(facilitator, absolutt, session, venue="Rådhuset")
    assert response.status_code == 302 and not mail.outbox
    assert CohortSession.objects.filter(uid=session.uid, venue="Rådhuset").count() == 0
