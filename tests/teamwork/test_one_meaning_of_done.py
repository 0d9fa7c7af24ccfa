"""One meaning of "done": a team task is done when the team has saved an answer (or, for
a task that asks for no text, a member marked it done for the team), and the cohort
page, the facilitator's overview, the reminders and the workbook all count it so."""

import io
from datetime import timedelta

import pytest
from docx import Document

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from programme.pages import ReflectionTaskPage

from ..cohorts.between import task
from .conftest import logged_in

TASK = "lag-arshjul"  # in the current period, not answered by Hamar in the demo


@pytest.fixture
def no_text_needed(db):
    """The annual wheel asks no questions: the team just does it."""
    for page in ReflectionTaskPage.objects.filter(slug=TASK):
        page.questions = []
        page.save()
    return task(TASK)


def mark(client, cohort, done="1", slug=TASK):
    url = reverse("teamwork:mark_done", args=[cohort.pk, task(slug).translation_key])
    return client.post(url, {"done": done}, follow=True)


@pytest.mark.django_db
def test_a_member_marks_a_task_done_for_the_team_and_every_count_agrees(
    absolutt, no_text_needed, settings
):
    marte = logged_in("deltaker-absolutt")
    before = marte.get(absolutt.page().url).content.decode()
    assert "<span data-done>1</span> av 2 oppgaver gjort" in before
    assert "Merk som gjort for laget" in before
    response = mark(marte, absolutt)
    url, _status = response.redirect_chain[-1]
    assert url == f"{absolutt.page().url}#task-{no_text_needed.translation_key}"
    page = response.content.decode()
    assert "Merket som gjort for laget ditt." in page.split('id="next-heading"')[1]  # in place
    assert "<span data-done>2</span> av 2 oppgaver gjort" in page
    assert (
        '<strong>Hamar</strong> <span class="ds-tag status" data-color="neutral">ditt lag</span>:'
        in page
    )
    assert "2 av 2 oppgaver gjort" in page.split('id="progress-heading"')[1]
    tor = logged_in("tor.sveen@example.org").get(absolutt.page().url).content.decode()
    assert "Merket som gjort for laget av" in tor
    overview = logged_in("fasilitator-absolutt").get(f"/nb/kull/{absolutt.pk}/").content.decode()
    assert "<strong>Hamar</strong>:\n        2 av 2 oppgaver gjort" in overview
    workbook = marte.get(
        reverse("teamwork:workbook", args=[absolutt.pk, marte_team(absolutt), "docx"])
    )
    lines = [p.text for p in Document(io.BytesIO(workbook.content)).paragraphs]
    at = lines.index(no_text_needed.title)
    assert "Gjort" in lines[at : at + 6]
    # and the reminder a week before the next session no longer lists it
    call_command("send_session_reminders", "--date", week_before_next(absolutt))
    (body,) = [m.body for m in mail.outbox if m.to == ["deltaker-absolutt@example.org"]]
    assert "Laget ditt har gjort alle oppgavene i perioden." in body


def marte_team(cohort):
    return cohort.memberships.get(user__username="deltaker-absolutt").team_id


def week_before_next(cohort):
    upcoming = cohort.page().sessions.filter(start__gt=timezone.now()).order_by("start")
    return (timezone.localtime(upcoming[0].start).date() - timedelta(days=7)).isoformat()


@pytest.mark.django_db
def test_unmarking_and_the_tasks_that_ask_for_text(absolutt, no_text_needed):
    marte = logged_in("deltaker-absolutt")
    mark(marte, absolutt)
    page = mark(marte, absolutt, done="0").content.decode()
    assert "Ikke lenger merket som gjort." in page
    assert "<span data-done>1</span> av 2 oppgaver gjort" in page
    assert mark(marte, absolutt, slug="utkast-til-eierstrategi").status_code == 404  # has questions
    assert mark(logged_in("fasilitator-absolutt"), absolutt).status_code == 404
    assert mark(logged_in("deltager-kl"), absolutt).status_code == 404


@pytest.mark.django_db
def test_a_team_task_shows_the_teams_state_not_a_personal_tick(absolutt):
    page = logged_in("deltaker-absolutt").get(absolutt.page().url).content.decode()
    key = task(TASK).translation_key
    assert f'data-task-status="{key}" data-done="0"' in page
    assert "Ikke gjort ennå" in page and "Skriv lagets svar" in page
    assert f'data-task="{key}"' not in page  # no "Gjort" box of one's own for a team task
