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


def test_attendance_states_summed_exported_and_seen_by_the_participant(facilitator, absolutt):
    first, second = absolutt.page().sessions.order_by("start")[:2]
    hamar = list(absolutt.memberships.filter(team__municipality="Hamar"))
    other = logged_in_member_of_kl().pk  # another cohort's member: ignored
    states = {
        f"state-{hamar[0].pk}": "present",
        f"state-{hamar[1].pk}": "excused",
        f"state-{hamar[2].pk}": "absent",
        f"state-{hamar[3].pk}": "",  # not recorded
        f"state-{other}": "present",
        f"state-{hamar[0].pk}x": "present",
    }
    url = f"/nb/kull/{absolutt.pk}/oppmote/{first.uid}/"
    assert facilitator.post(url, states).status_code == 302
    recorded = dict(Attendance.objects.filter(session=first.uid).values_list("membership", "state"))
    assert recorded == {hamar[0].pk: "present", hamar[1].pk: "excused", hamar[2].pk: "absent"}
    form = facilitator.get(url).text
    assert f'name="state-{hamar[1].pk}" value="excused" checked' in form
    overview = facilitator.get(f"/nb/kull/{absolutt.pk}/").text
    assert "1 av 4 til stede, 1 gyldig fravær, 1 fravær, 1 ikke ført" in overview
    assert "ikke ført" in overview  # the second session: not recorded, not "0 of 4"
    facilitator.post(f"/nb/kull/{absolutt.pk}/oppmote/{second.uid}/", {"all_present": "1"})
    assert Attendance.objects.filter(session=second.uid, state="present").count() == (
        absolutt.memberships.count()
    )
    export = facilitator.get(f"/nb/kull/{absolutt.pk}/oppmote.xlsx")
    assert 'filename="oppmote-absolutt-innlandet-2026.xlsx"' in export["Content-Disposition"]
    rows = list(load_workbook(io.BytesIO(export.content)).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Lag", "Navn", "E-post", "Rolle")
    marks = [r[4] for r in rows[1:] if r[1] != "Til stede"]
    assert sorted(set(marks)) == ["fravær", "gyldig fravær", "ikke ført", "til stede"]
    assert export["Cache-Control"] == "private, no-store"
    danish = facilitator.get(f"/da/hold/{absolutt.pk}/fremmoede.xlsx")
    assert 'filename="fremmoede-absolutt-innlandet-2026.xlsx"' in danish["Content-Disposition"]
    marte = next(m for m in hamar if m.user.username == "deltaker-absolutt")
    shown = {"present": "til stede", "excused": "gyldig fravær", "absent": "fravær"}
    own = logged_in("deltaker-absolutt").get(absolutt.page().url).text
    own = own[own.index("Ditt oppmøte") :]
    state = shown.get(recorded.get(marte.pk), "ikke ført")
    assert f"{first.start:%-d}. " in own and f": {state}" in own


def logged_in_member_of_kl():
    return Membership.objects.filter(cohort__title="Klynge Midtjylland").first()


def test_a_participant_downloads_what_samling_holds_about_them(absolutt):
    response = logged_in("deltaker-absolutt").get("/nb/mine-data.json")
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
    assert "uten kobling til noen konto" in client.get("/nb/personvern/").text  # certificates
    assert "uden forbindelse til nogen konto" in client.get("/da/privatlivspolitik/").text
