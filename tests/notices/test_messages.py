"""A facilitator writes to the cohort or one team: each member is told once by email in
the cohort's language, the message stays on the cohort page for its members only, bad
input is explained, and a failed copy is shown and can be sent again."""

import pytest

from django.core import mail
from django.core.management import call_command
from django.test import TestCase

from notices.models import Delivery, Notice
from tests.mail_queue import queue_down

from .conftest import logged_in

pytestmark = pytest.mark.django_db


def write(client, cohort, language="nb", **data):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(f"/{language}/kull/{cohort.pk}/meldinger/ny/", data)


def test_a_message_to_one_team_reaches_its_members_once_and_stays_for_them(facilitator, absolutt):
    hamar = absolutt.teams.get(municipality="Hamar")
    members = set(hamar.members.values_list("user__email", flat=True))
    sent = write(
        facilitator,
        absolutt,
        to=hamar.pk,
        subject="Nytt rom",
        body="Vi møtes i rom 204.\nTa med årshjulet.",
    )
    assert sent.status_code == 302 and sent["Location"].endswith("#messages")
    assert {m.to[0] for m in mail.outbox} == members and len(mail.outbox) == len(members)
    email = mail.outbox[0]
    assert "Nytt rom" in email.subject and "Vi møtes i rom 204." in email.body
    assert "Du får denne fordi du deltar i" in email.body  # the cohort speaks Norwegian
    assert "#messages" in email.body
    notice = Notice.objects.get(subject="Nytt rom")
    assert notice.deliveries.filter(sent_at__isnull=False).count() == len(members)
    page = absolutt.page().url
    marte = logged_in("deltaker-absolutt").get(page).text  # in Hamar
    assert "Nytt rom" in marte and "til laget Hamar" in marte
    elverum = absolutt.memberships.exclude(team=hamar).select_related("user").first()
    other = logged_in(elverum.user.username).get(page).text
    assert "Meldinger" in other and "Nytt rom" not in other
    overview = facilitator.get(f"/nb/kull/{absolutt.pk}/").text
    assert f"Sendt til {len(members)} av {len(members)}" in overview
    with TestCase.captureOnCommitCallbacks(execute=True):  # a retried job sends nothing twice
        facilitator.post(f"/nb/kull/{absolutt.pk}/meldinger/{notice.pk}/send/")
    assert len(mail.outbox) == len(members)


def test_a_message_to_everyone_and_the_newest_first(facilitator, absolutt):
    write(facilitator, absolutt, to="", subject="Første", body="En")
    write(facilitator, absolutt, to="", subject="Andre", body="To")
    assert len(mail.outbox) == 2 * absolutt.memberships.count()
    page = logged_in("deltaker-absolutt").get(absolutt.page().url).text
    assert page.index("Andre") < page.index("Første")


@pytest.mark.parametrize(
    "data, error",
    [
        ({"to": "", "subject": "", "body": "Tekst"}, "Dette feltet er påkrevd"),
        ({"to": "", "subject": "To\nlinjer", "body": "Tekst"}, "på én linje"),
        ({"to": "", "subject": "Emne", "body": "x" * 5001}, "den har nå 5001"),
        ({"to": "", "subject": "Emne", "body": "Bjelle\x07"}, "spesialtegnene"),
        ({"to": "99999", "subject": "Emne", "body": "Tekst"}, "Velg et gyldig valg"),
    ],
)
def test_bad_input_is_explained_and_kept(facilitator, absolutt, data, error):
    response = write(facilitator, absolutt, **data)
    text = response.content.decode()
    assert response.status_code == 200 and error in text
    assert 'href="#id_' in text  # the summary links to the field
    assert not Notice.objects.exists() and not mail.outbox
    if data["body"] == "Tekst":
        assert "Tekst</textarea>" in text


def test_a_failed_copy_is_shown_and_sent_again(facilitator, absolutt, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_PORT = 9  # nothing listens there
    write(facilitator, absolutt, to="", subject="Viktig", body="Les dette.")
    count = absolutt.memberships.count()
    assert Delivery.objects.filter(sent_at__isnull=True).exclude(error="").count() == count
    overview = facilitator.get(f"/nb/kull/{absolutt.pk}/").text
    assert f"Sendt til 0 av {count}" in overview and f"{count} ikke sendt" in overview
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    notice = Notice.objects.get()
    with TestCase.captureOnCommitCallbacks(execute=True):
        facilitator.post(f"/nb/kull/{absolutt.pk}/meldinger/{notice.pk}/send/")
    assert len(mail.outbox) == count and not Delivery.objects.exclude(error="").exists()


def test_only_the_cohorts_facilitators_write_and_members_never_see_others(absolutt, kl):
    other = logged_in("facilitator-kl")
    assert write(other, absolutt, to="", subject="X", body="Y").status_code == 404
    assert (
        logged_in("deltaker-absolutt").get(f"/nb/kull/{absolutt.pk}/meldinger/ny/").status_code
        == 404
    )
    write(logged_in("fasilitator-absolutt"), absolutt, to="", subject="Bare ABSOLUTT", body="Y")
    kl_page = logged_in("deltager-kl").get(kl.page().url).text
    assert "Bare ABSOLUTT" not in kl_page


def test_messages_go_with_the_cohort_at_retention_and_are_in_the_writers_download(
    facilitator, absolutt
):
    write(facilitator, absolutt, to="", subject="Husk", body="Boka.")
    data = facilitator.get("/nb/mine-data.json").json()
    assert data["messages_written"][0]["subject"] == "Husk"
    last = absolutt.page().sessions.order_by("-end").first().end
    call_command("purge_participant_data", "--date", f"{last.year + 2}-01-01")
    assert not Notice.objects.exists()


def test_with_the_queue_down_the_message_goes_after_the_answer(facilitator, absolutt, monkeypatch):
    started = queue_down(monkeypatch)
    answer = write(facilitator, absolutt, to="", subject="Uten Redis", body="Likevel.")
    assert answer.status_code == 302 and mail.outbox == [] and len(started) == 1
    members = absolutt.memberships.count()
    target, args = started[0]
    target(*args)  # the thread's work (it closes its connection when done)
    assert len(mail.outbox) == members
