"""A team's shared answer: written by any member, with history, never silently
overwritten; seen by the team and the facilitators, by the cohort when shared."""

import io

import pytest
from docx import Document
from pypdf import PdfReader

from django.urls import reverse

from teamwork.models import AnswerChange, PersonalNote, TeamAnswer

from .between import member, task, task_url
from .conftest import logged_in

TEAM_TASK = "lag-arshjul"  # ABSOLUTT, own group, not answered in the demo
SOLO_TASK = "intervju-barn-og-foreldre"  # done individually
HAMAR_OTHER = "tor.sveen@example.org"
ELVERUM = "per.nordby@example.org"


def save(client, url, text, version):
    return client.post(url, {"text": text, "version": version})


@pytest.mark.django_db
def test_a_member_saves_the_team_answer_and_the_history_says_who(absolutt):
    url = task_url(absolutt, TEAM_TASK)
    marte = logged_in("deltaker-absolutt")
    assert save(marte, url, "Første utkast", 0).status_code == 302
    tor = logged_in(HAMAR_OTHER)
    assert save(tor, url, "Første utkast\nmed Tors tillegg", 1).status_code == 302
    answer = TeamAnswer.objects.get(task_key=task(TEAM_TASK).translation_key)
    assert (answer.text, answer.version, answer.updated_by.username) == (
        "Første utkast\nmed Tors tillegg",
        2,
        HAMAR_OTHER,
    )
    authors = list(answer.changes.values_list("author__username", "version"))
    assert authors == [(HAMAR_OTHER, 2), ("deltaker-absolutt", 1)]
    page = marte.get(url).content.decode()
    assert "Historikk: 2 versjoner" in page
    assert "<ins>med Tors tillegg</ins>" in page


@pytest.mark.django_db
def test_the_second_of_two_writers_gets_a_notice_and_keeps_their_text(absolutt):
    url = task_url(absolutt, TEAM_TASK)
    marte, tor = logged_in("deltaker-absolutt"), logged_in(HAMAR_OTHER)
    assert marte.get(url).status_code == tor.get(url).status_code == 200  # both on version 0
    save(marte, url, "Martes tekst", 0)
    response = save(tor, url, "Tors tekst", 0)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Noen på laget ditt lagret dette svaret mens du skrev." in page
    assert "Tors tekst</textarea>" in page  # kept, to merge
    assert "Martes tekst" in page  # the version now saved, shown with it
    assert 'name="version" value="1"' in page  # the next save builds on Marte's
    answer = TeamAnswer.objects.get(task_key=task(TEAM_TASK).translation_key)
    assert (answer.text, answer.version) == ("Martes tekst", 1)
    assert save(tor, url, "Martes tekst og Tors tekst", 1).status_code == 302
    assert AnswerChange.objects.filter(answer=answer).count() == 2


@pytest.mark.django_db
def test_unchanged_text_makes_no_new_version(absolutt):
    url = task_url(absolutt, TEAM_TASK)
    marte = logged_in("deltaker-absolutt")
    save(marte, url, "Samme", 0)
    save(marte, url, "Samme", 1)
    assert TeamAnswer.objects.get(task_key=task(TEAM_TASK).translation_key).version == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "version", "error"),
    [
        ("bell\x07", "0", "Teksten inneholder tegn som ikke kan lagres."),
        ("x" * 20_001, "0", "Sørg for at denne verdien har 20000 eller færre tegn"),
        ("tekst", "99999999999999999999", "Siden er utdatert. Last den inn på nytt"),
        ("tekst", "abc", "Siden er utdatert. Last den inn på nytt"),
    ],
)
def test_bad_input_is_refused_with_a_clear_error_and_nothing_saved(absolutt, text, version, error):
    response = logged_in("deltaker-absolutt").post(
        task_url(absolutt, TEAM_TASK), {"text": text, "version": version}
    )
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not TeamAnswer.objects.filter(task_key=task(TEAM_TASK).translation_key).exists()


@pytest.mark.django_db
def test_answers_are_seen_by_the_team_and_facilitators_and_the_cohort_once_shared(absolutt):
    url = task_url(absolutt, TEAM_TASK)
    save(logged_in("deltaker-absolutt"), url, "Hamars hemmelige plan", 0)
    elverum = logged_in(ELVERUM)
    assert "Hamars hemmelige plan" not in elverum.get(url).content.decode()
    assert "Hamars hemmelige plan" in logged_in("fasilitator-absolutt").get(url).content.decode()
    assert logged_in("deltager-kl").get(url).status_code == 404  # another cohort
    assert logged_in("redaktor-nb").get(url).status_code == 404  # staff, not in the cohort
    assert "login" in logged_in_none(url)

    marte = logged_in("deltaker-absolutt")  # the choice is saved with the answer: one save
    marte.post(url, {"text": "Hamars hemmelige plan", "version": 1, "shared": "on"})
    assert "Hamars hemmelige plan" in elverum.get(url).content.decode()
    answer = TeamAnswer.objects.get(task_key=task(TEAM_TASK).translation_key)
    assert answer.shared and answer.consent_at is None  # sharing is not consent to publish


def logged_in_none(url):
    from django.test import Client

    return Client().get(url)["Location"]


@pytest.mark.django_db
def test_facilitators_read_but_do_not_write_and_others_cannot_share(absolutt):
    url = task_url(absolutt, TEAM_TASK)
    assert (
        save(logged_in("fasilitator-absolutt"), url, "Fasilitatoren skriver", 0).status_code == 404
    )
    save(logged_in("deltaker-absolutt"), url, "Hamar", 0)
    # Elverum's save shares Elverum's answer, never Hamar's
    logged_in(ELVERUM).post(url, {"text": "Elverum", "version": 0, "shared": "on"})
    hamar = TeamAnswer.objects.get(task_key=task(TEAM_TASK).translation_key, text="Hamar")
    assert not hamar.shared


@pytest.mark.django_db
def test_a_task_done_alone_keeps_a_private_note(absolutt):
    url = task_url(absolutt, SOLO_TASK)
    marte = logged_in("deltaker-absolutt")
    assert marte.post(url, {"text": "Mitt intervju med to foreldre"}).status_code == 302
    assert "Mitt intervju med to foreldre" in marte.get(url).content.decode()
    assert "Mitt intervju" not in logged_in(HAMAR_OTHER).get(url).content.decode()
    facilitator_view = logged_in("fasilitator-absolutt").get(url).content.decode()
    assert "Mitt intervju" not in facilitator_view
    assert "Hver deltakers notater er private." in facilitator_view
    assert PersonalNote.objects.get(membership=member(absolutt, "deltaker-absolutt")).text


@pytest.mark.django_db
def test_the_danish_task_page_shows_the_same_answer_in_danish(absolutt):
    save(logged_in("deltaker-absolutt"), task_url(absolutt, TEAM_TASK), "Et fælles svar", 0)
    marte = logged_in("deltaker-absolutt")
    page = marte.get(task_url(absolutt, TEAM_TASK, "da")).content.decode()
    assert "Et fælles svar" in page and "Gem teamets svar" in page


@pytest.mark.django_db
def test_a_task_outside_the_cohort_is_a_404(absolutt):
    other = task("kortlaeg-maalkaeden", "da")  # a KL task
    url = reverse("teamwork:task", args=[absolutt.pk, other.translation_key])
    assert logged_in("deltaker-absolutt").get(url).status_code == 404


def workbook_url(cohort, team, kind):
    return reverse("teamwork:workbook", args=[cohort.pk, team.pk, kind])


@pytest.mark.django_db
def test_the_workbook_holds_the_answers_in_programme_order_as_docx_and_pdf(absolutt):
    marte = logged_in("deltaker-absolutt")
    marte.post(task_url(absolutt, SOLO_TASK), {"text": "Mitt eget notat"})
    hamar = member(absolutt, "deltaker-absolutt").team
    response = marte.get(workbook_url(absolutt, hamar, "docx"))
    assert response["Content-Disposition"].endswith('.docx"')
    text = [p.text for p in Document(io.BytesIO(response.content)).paragraphs]
    assert text[0] == "Arbeidsbok – Hamar – ABSOLUTT Innlandet 2026"
    order = [t for t in text if t in {task(s).title for s in ANSWERED_IN_ORDER}]
    assert order == [task(s).title for s in ANSWERED_IN_ORDER]
    assert "Hva mangler vi kunnskap om?" in text  # the task's questions
    assert any("overgangen fra barnehage til skole" in t for t in text)  # the demo answer
    assert "Mitt eget notat" in text  # the member's own note, in their copy

    pdf = marte.get(workbook_url(absolutt, hamar, "pdf"))
    assert pdf["Content-Type"] == "application/pdf"
    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Arbeidsbok" in pdf_text and "barnehage til skole" in pdf_text

    facilitator_copy = logged_in("fasilitator-absolutt").get(workbook_url(absolutt, hamar, "docx"))
    paragraphs = [p.text for p in Document(io.BytesIO(facilitator_copy.content)).paragraphs]
    assert "Mitt eget notat" not in paragraphs  # notes stay their writer's


ANSWERED_IN_ORDER = ["hent-fram-egne-data", "styrker-og-svakheter", "utkast-til-eierstrategi"]


@pytest.mark.django_db
def test_another_teams_workbook_is_a_404(absolutt):
    elverum = absolutt.teams.get(municipality="Elverum")
    marte = logged_in("deltaker-absolutt")
    assert marte.get(workbook_url(absolutt, elverum, "docx")).status_code == 404
    hamar = member(absolutt, "deltaker-absolutt").team
    assert marte.get(workbook_url(absolutt, hamar, "exe")).status_code == 404


@pytest.mark.django_db
def test_the_cohort_page_shows_each_teams_progress_and_the_own_teams_answers(absolutt):
    page = logged_in("deltaker-absolutt").get(absolutt.page().url).content.decode()
    assert "Lagenes framdrift i perioden" in page
    assert "Laget ditt: Hamar" in page
    assert "1 av 2 oppgaver gjort" in page  # Hamar has answered the draft owner strategy
    assert "Laget ditt har svart (sist Lise" in page
    assert "Ikke gjort ennå" in page  # the annual wheel, before the next
    assert "Denne perioden:\n        <span data-done>1</span> av 2 oppgaver gjort" in page
    assert (
        reverse(
            "teamwork:workbook",
            args=[absolutt.pk, member(absolutt, "deltaker-absolutt").team_id, "pdf"],
        )
        in page
    )


def more_teams_with_answers(cohort, count, start=0):
    """`count` more teams, each with a member and a shared, twice-saved answer."""
    from django.contrib.auth import get_user_model

    from teamwork.answers import save_answer, set_sharing

    key = task(TEAM_TASK).translation_key
    for number in range(start, start + count):
        team = cohort.teams.create(municipality=f"Kommune {number}")
        user = get_user_model().objects.create(username=f"extra-{number}@example.org")
        cohort.memberships.create(team=team, user=user)
        save_answer(team, key, "Første", 0, user)
        save_answer(team, key, "Andre", 1, user)
        set_sharing(TeamAnswer.objects.get(team=team, task_key=key), True, True, user)


# The task's answer page for a facilitator and for a member, whatever the number of teams.
ANSWER_PAGE_QUERIES = {"fasilitator-absolutt": 22, "deltaker-absolutt": 26}


@pytest.mark.django_db
@pytest.mark.parametrize("username", ANSWER_PAGE_QUERIES)
def test_the_answer_page_reads_a_fixed_number_of_queries(absolutt, username):
    from tests.programme.test_query_counts import count_queries

    url = task_url(absolutt, TEAM_TASK)
    client = logged_in(username)
    save(logged_in("deltaker-absolutt"), url, "Hamar", 0)
    more_teams_with_answers(absolutt, 1)
    small = count_queries(client, url)
    more_teams_with_answers(absolutt, 6, start=1)
    large = count_queries(client, url)
    assert (small, large) == (ANSWER_PAGE_QUERIES[username],) * 2
