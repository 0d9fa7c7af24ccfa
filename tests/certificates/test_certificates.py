"""Proof of participation: a participant's certificate (PDF, the cohort's language)
names the programme, cohort, sessions attended and facilitators; anyone verifies it at
/<lang>/bevis/<code>/ and learns nothing else; a facilitator downloads all at once and
withdraws one; a changed attendance issues a new one."""

import io
import zipfile

import pytest
from pypdf import PdfReader

from django.core.management import call_command
from django.test import Client

from certificates.models import Certificate
from cohorts.models import Attendance

from .conftest import logged_in

pytestmark = pytest.mark.django_db


def text_of(pdf):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def attend(cohort, username, count=2, state="present"):
    member = cohort.memberships.get(user__username=username)
    for session in cohort.page().sessions.order_by("start")[:count]:
        Attendance.objects.update_or_create(
            membership=member, session=session.uid, defaults={"state": state}
        )
    return member


def test_a_participant_downloads_a_certificate_that_anyone_can_verify(absolutt):
    attend(absolutt, "deltaker-absolutt")
    marte = logged_in("deltaker-absolutt")
    page = marte.get(absolutt.page().url).text
    assert f"/nb/kull/{absolutt.pk}/bevis.pdf" in page
    response = marte.get(f"/nb/kull/{absolutt.pk}/bevis.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert 'filename="deltakerbevis-marte' in response["Content-Disposition"]
    text = text_of(response.content)
    certificate = Certificate.objects.get()
    assert "Deltakerbevis" in text and certificate.name in text
    assert "ABSOLUTT" in text and absolutt.title in text
    first = absolutt.page().sessions.order_by("start").first()
    assert first.module.title.split()[0] in text  # the sessions attended, by module
    assert "Kari Nordli" in text  # the facilitator
    assert f"/nb/bevis/{certificate.code}/" in text
    again = marte.get(f"/nb/kull/{absolutt.pk}/bevis.pdf")
    assert Certificate.objects.count() == 1 and text_of(again.content) == text  # the same
    check = Client().get(f"/nb/bevis/{certificate.code.lower()}/")  # anyone, any case
    assert check.status_code == 200 and "Beviset er ekte" in check.text
    assert certificate.name in check.text
    assert "@" not in check.text.split("<main", 1)[1]  # no email, nothing else
    assert "Hamar" not in check.text  # not the team
    assert check["X-Robots-Tag"] == "noindex" and "no-cache" in check["Cache-Control"]
    danish = Client().get(f"/da/bevis/{certificate.code}/")
    assert "Beviset er ægte" in danish.text


def test_no_certificate_before_a_session_nor_for_others(absolutt):
    marte = logged_in("deltaker-absolutt")
    Attendance.objects.filter(membership__user__username="deltaker-absolutt").delete()
    refused = marte.get(f"/nb/kull/{absolutt.pk}/bevis.pdf", follow=True)
    assert "når du har vært på en samling" in refused.text and not Certificate.objects.exists()
    assert logged_in("deltager-kl").get(f"/nb/kull/{absolutt.pk}/bevis.pdf").status_code == 302
    assert Client().get("/nb/bevis/AAAAAAAAAAAAAAAA/").status_code == 404
    assert Client().get("/nb/bevis/%3Cscript%3E/").status_code == 404


def test_a_facilitator_downloads_all_and_withdraws_one(facilitator, absolutt):
    attend(absolutt, "deltaker-absolutt")
    attend(absolutt, "tor.sveen@example.org", count=1)
    attend(absolutt, "lise.bakken@example.org", count=1, state="excused")
    response = facilitator.get(f"/nb/kull/{absolutt.pk}/bevis.zip")
    assert response["Cache-Control"] == "private, no-store"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    attended = {
        m.membership.user.username for m in Certificate.objects.select_related("membership__user")
    }
    assert {"deltaker-absolutt", "tor.sveen@example.org"} <= attended
    assert "lise.bakken@example.org" not in attended  # excused is not attended
    assert len(names) == Certificate.objects.count()
    code = Certificate.objects.get(membership__user__username="tor.sveen@example.org").code
    overview = facilitator.get(f"/nb/kull/{absolutt.pk}/").text
    assert code in overview
    assert (
        logged_in("facilitator-kl")
        .post(f"/nb/kull/{absolutt.pk}/bevis/{code}/trekk-tilbake/")
        .status_code
        == 404
    )
    facilitator.post(f"/nb/kull/{absolutt.pk}/bevis/{code}/trekk-tilbake/")
    assert "trukket tilbake" in Client().get(f"/nb/bevis/{code}/").text
    tor = logged_in("tor.sveen@example.org").get(f"/nb/kull/{absolutt.pk}/bevis.pdf", follow=True)
    assert "spør kullets fasilitator" in tor.text  # withdrawn stays withdrawn
    assert (
        Certificate.objects.filter(membership__user__username="tor.sveen@example.org").count() == 1
    )


def test_a_changed_attendance_issues_a_new_certificate_and_withdraws_the_old(absolutt):
    attend(absolutt, "deltaker-absolutt", count=1)
    marte = logged_in("deltaker-absolutt")
    marte.get(f"/nb/kull/{absolutt.pk}/bevis.pdf")
    old = Certificate.objects.get()
    attend(absolutt, "deltaker-absolutt", count=2)
    marte.get(f"/nb/kull/{absolutt.pk}/bevis.pdf")
    old.refresh_from_db()
    assert old.withdrawn_at and Certificate.objects.filter(withdrawn_at__isnull=True).count() == 1
    assert "erstattet av et nyere" in Client().get(f"/nb/bevis/{old.code}/").text


def test_certificates_stay_verifiable_after_retention_but_name_nobody_linked(absolutt):
    attend(absolutt, "deltaker-absolutt")
    logged_in("deltaker-absolutt").get(f"/nb/kull/{absolutt.pk}/bevis.pdf")
    data = logged_in("deltaker-absolutt").get("/nb/mine-data.json").json()
    assert data["certificates"][0]["code"] == Certificate.objects.get().code
    last = absolutt.page().sessions.order_by("-end").first().end
    call_command("purge_participant_data", "--date", f"{last.year + 2}-01-01")
    certificate = Certificate.objects.get()
    assert certificate.membership is None
    assert "Beviset er ekte" in Client().get(f"/nb/bevis/{certificate.code}/").text
