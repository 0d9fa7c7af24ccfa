"""A member's draft is kept on the server until they save or discard it, seen by nobody
else; a conflict (or a draft begun on an older version) is shown side by side."""

import pytest

from django.urls import reverse

from teamwork.models import AnswerDraft, AnswerFile, TeamAnswer

from ..cohorts.between import task, task_url
from .conftest import logged_in
from .files import arshjul

TASK = "lag-arshjul"
HAMAR_OTHER = "tor.sveen@example.org"


def draft_url(cohort, slug=TASK):
    return reverse("teamwork:draft", args=[cohort.pk, task(slug).translation_key])


@pytest.mark.django_db
def test_a_draft_is_kept_found_on_another_device_and_seen_by_nobody_else(absolutt):
    phone = logged_in("deltaker-absolutt")
    response = phone.post(draft_url(absolutt), {"text": "Halvferdig tanke", "version": 0})
    assert response.status_code == 200 and response.json()["saved"].startswith("Utkastet er tatt")
    laptop = logged_in("deltaker-absolutt")  # another session: another device
    page = laptop.get(task_url(absolutt, TASK)).content.decode()
    assert "Halvferdig tanke</textarea>" in page
    assert "Dette er utkastet ditt fra" in page and "Forkast utkastet mitt" in page
    assert not TeamAnswer.objects.filter(answered=True, task_key=task(TASK).translation_key)
    for other in (HAMAR_OTHER, "fasilitator-absolutt"):
        assert "Halvferdig tanke" not in logged_in(other).get(task_url(absolutt, TASK)).text
    # saving makes it the team's answer, and the draft is gone
    laptop.post(task_url(absolutt, TASK), {"text": "Halvferdig tanke, ferdig", "version": 0})
    assert not AnswerDraft.objects.exists()
    assert "Halvferdig tanke, ferdig" in logged_in(HAMAR_OTHER).get(task_url(absolutt, TASK)).text


@pytest.mark.django_db
def test_discarding_a_draft_removes_it_and_its_waiting_files(absolutt):
    marte, url = logged_in("deltaker-absolutt"), task_url(absolutt, TASK)
    logged_in(HAMAR_OTHER).post(url, {"text": "Tor først", "version": 0})
    marte.post(url, {"text": "Kladd", "version": 0, "files": [arshjul()]})  # a conflict
    waiting = AnswerFile.objects.get()
    stored, storage = waiting.file.name, waiting.file.storage
    discard = reverse("teamwork:discard_draft", args=[absolutt.pk, task(TASK).translation_key])
    response = marte.post(discard, follow=True)
    assert response.redirect_chain[-1][0].endswith("#answer")
    assert "Utkastet ditt er forkastet." in response.content.decode()
    assert not AnswerDraft.objects.exists() and not AnswerFile.objects.exists()
    assert not storage.exists(stored)


@pytest.mark.django_db
def test_a_conflict_is_shown_side_by_side_and_one_save_merges(absolutt):
    url = task_url(absolutt, TASK)
    marte, tor = logged_in("deltaker-absolutt"), logged_in(HAMAR_OTHER)
    marte.post(url, {"text": "Januar: budsjett\nMars: dialog", "version": 0})
    response = tor.post(
        url, {"text": "Januar: budsjett\nApril: tilsyn", "version": 0, "files": [arshjul()]}
    )
    assert response.status_code == 409
    page = response.content.decode()
    mine, saved = page.split('id="mine-heading"')[1], page.split('id="saved-heading"')[1]
    assert '<span class="visually-hidden">bare i din: </span>April: tilsyn</mark>' in mine
    assert '<span class="visually-hidden">bare i den lagrede: </span>Mars: dialog</mark>' in saved
    assert 'data-take="mine"' in page and 'data-take="saved"' in page
    assert page.count('type="submit">Lagre lagets svar</button>') == 1  # one save
    assert "Lagt ved av deg, lagres med svaret:" in page  # the file waits, not lost
    # Tor comes back later: his draft still shows the merge
    again = tor.get(url).content.decode()
    assert 'id="mine-heading"' in again and "April: tilsyn</textarea>" in again
    merged = "Januar: budsjett\nMars: dialog\nApril: tilsyn"
    assert tor.post(url, {"text": merged, "version": 1}).status_code == 302
    answer = TeamAnswer.objects.get(task_key=task(TASK).translation_key)
    assert (answer.text, answer.version) == (merged, 2)
    assert [f.name for f in answer.current_files()] == ["Årshjul_Hamar.xlsx"]
    assert not AnswerDraft.objects.exists()


@pytest.mark.django_db
def test_only_the_team_keeps_drafts_and_bad_text_is_refused(absolutt):
    for username in ("fasilitator-absolutt", "deltager-kl", "redaktor-nb"):
        response = logged_in(username).post(draft_url(absolutt), {"text": "x", "version": 0})
        assert response.status_code == 404, username
    solo = logged_in("deltaker-absolutt").post(
        draft_url(absolutt, "intervju-barn-og-foreldre"), {"text": "x", "version": 0}
    )
    assert solo.status_code == 404  # done alone: a note, no team draft
    marte = logged_in("deltaker-absolutt")
    bad = marte.post(draft_url(absolutt), {"text": "a\x00b", "version": 0})
    assert bad.status_code == 400
    huge = marte.post(draft_url(absolutt), {"text": "x", "version": 10**20})
    assert huge.status_code == 400
    assert not AnswerDraft.objects.exists()


@pytest.mark.django_db
def test_a_conflict_keeps_the_text_as_a_draft_and_messages_appear_where_one_acted(absolutt):
    url = task_url(absolutt, TASK)
    marte, tor = logged_in("deltaker-absolutt"), logged_in(HAMAR_OTHER)
    marte.post(url, {"text": "Martes", "version": 0})
    assert tor.post(url, {"text": "Tors tekst", "version": 0}).status_code == 409
    assert AnswerDraft.objects.get().text == "Tors tekst"  # a closed tab loses nothing
    page = tor.post(url, {"text": "Tors tekst", "version": 1}, follow=True).content.decode()
    section = page.split('id="answer"')[1]
    assert "Lagets svar er lagret." in section and not AnswerDraft.objects.exists()
    note = task_url(absolutt, "intervju-barn-og-foreldre")
    response = marte.post(note, {"text": "Mitt notat"}, follow=True)
    assert response.redirect_chain[-1][0].endswith("#note")
    assert "Notatet ditt er lagret." in response.content.decode().split('id="note"')[1]
