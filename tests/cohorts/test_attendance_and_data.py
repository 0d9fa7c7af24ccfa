"""Attendance recorded per session, summed per team, exported; personal data exported
by its owner and deleted after the retention period."""

import io
import json
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from django.contrib.auth import get_user_model
from django.core.management import call_command

from cohorts.models import Attendance, Membership
from teamwork.models import AnswerChange, TeamAnswer

from .conftest import logged_in

pytestmark = pytest.mark.django_db


def test_attendance_recorded_summed_exported_and_seen_by_the_participant(facilitator, absolutt):
    session = absolutt.page().sessions.order_by("start").first()
    hamar = absolutt.memberships.filter(team__municipality="Hamar")
    present = [str(m.pk) for m in hamar[:2]]
    other = str(logged_in_member_of_kl().pk)  # another cohort's member: ignored
    response = facilitator.post(
        f"/nb/kull/{absolutt.pk}/oppmote/{session.uid}/", {"present": [*present, other, "x"]}
    )
    assert response.status_code == 302
    assert Attendance.objects.filter(session=session.uid).count() == 2
    overview = facilitator.get(f"/nb/kull/{absolutt.pk}/").text
    assert "2/4" in overview
    export = facilitator.get(f"/nb/kull/{absolutt.pk}/oppmote.xlsx")
    sheet = load_workbook(io.BytesIO(export.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Lag", "Navn", "E-post", "Rolle")
    assert sum(1 for r in rows if r[4] == "✓") == 2
    assert export["Cache-Control"] == "private, no-store"


def logged_in_member_of_kl():
    return Membership.objects.filter(cohort__title="Klynge Midtjylland").first()


def test_a_participant_downloads_what_samling_holds_about_them(absolutt):
    response = logged_in("deltaker-absolutt").get("/nb/mine-data/")
    data = json.loads(response.content)
    assert data["account"]["username"] == "deltaker-absolutt"
    assert data["cohorts"][0]["team"] == "Hamar"
    assert "Siri Lund" not in response.text  # only their own data
    (written,) = data["team_answers_written"]  # the demo's: Marte's version of Hamar's answer
    assert (written["team"], written["version"]) == ("Hamar", 2)
    assert "overgangen fra barnehage til skole" in written["text"]
    assert "Styrke: lesing på mellomtrinnet.\n" not in response.text  # Tor's version is his
    assert data["reminders_by_email"] == {"ABSOLUTT Innlandet 2026": True}
    assert data["personal_notes"] == [] and data["sessions_evaluated"] == 0


def test_retention_deletes_participants_a_set_time_after_the_last_session(absolutt, settings):
    settings.PARTICIPANT_DATA_RETENTION_DAYS = 30
    last = absolutt.page().sessions.order_by("-end").first().end
    User = get_user_model()
    invented = User.objects.get(email="siri.lund@example.org")
    call_command("purge_participant_data", "--date", (last + timedelta(days=29)).date().isoformat())
    assert absolutt.memberships.exists()
    call_command(
        "purge_participant_data",
        "--dry-run",
        "--date",
        (last + timedelta(days=31)).date().isoformat(),
    )
    assert absolutt.memberships.exists()
    call_command("purge_participant_data", "--date", (last + timedelta(days=31)).date().isoformat())
    assert not absolutt.memberships.exists() and not absolutt.registrations.exists()
    assert not absolutt.teams.exists() and not absolutt.evaluations.exists()
    assert not absolutt.held_answers.exists()
    assert not TeamAnswer.objects.filter(team__cohort=absolutt).exists()
    assert not AnswerChange.objects.filter(answer__team__cohort=absolutt).exists()
    assert not User.objects.filter(pk=invented.pk).exists()  # no other reason to keep it
    assert User.objects.filter(username="fasilitator-absolutt").exists()
    assert Membership.objects.filter(cohort__title="Klynge Midtjylland").exists()


def test_the_privacy_statement_says_so_in_both_languages(client):
    assert "Tolv måneder" in client.get("/nb/personvern/").text
    assert "IP-adresse" in client.get("/nb/personvern/").text
    assert "Tolv måneder" in client.get("/da/privatlivspolitik/").text
