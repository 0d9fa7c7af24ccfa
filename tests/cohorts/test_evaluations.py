"""Evaluations: open after a session for its participants, answered once, anonymous;
results per session and cohort for facilitators and editors, with a chart and .xlsx."""

import io
import re
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from django.urls import reverse
from django.utils import timezone, translation

from cohorts.attendance import sessions_of
from evaluations.anonymity import unseal
from evaluations.models import EvaluationReceipt, EvaluationResponse, HeldAnswer
from evaluations.questions import questions_for
from programme.cohort_page.page import CohortSession

from .between import member
from .conftest import logged_in

HAMAR = ["deltaker-absolutt", "tor.sveen@example.org", "lise.bakken@example.org"]


def just_held(cohort, days_ago=1):
    """The cohort's third session (the next in the demo, so nobody has evaluated it),
    moved to have ended `days_ago` days ago."""
    session = sessions_of(cohort)[2]
    end = timezone.now() - timedelta(days=days_ago)
    CohortSession.objects.filter(uid=session.uid).update(start=end - timedelta(hours=6), end=end)
    return session


def answers(cohort, scale="4", text=""):
    data = {}
    for question in questions_for(cohort, "nb"):
        data[question.key] = scale if question.kind == "scale" else text
    return data


def evaluate_url(cohort, session):
    return reverse("evaluations:evaluate", args=[cohort.pk, session.uid])


@pytest.mark.django_db
def test_a_participant_answers_once_and_the_answer_carries_no_name(absolutt):
    session = just_held(absolutt)
    marte = logged_in("deltaker-absolutt")
    cohort_page = marte.get(absolutt.page().url).content.decode()
    assert evaluate_url(absolutt, session) in cohort_page  # linked where they look
    form = marte.get(evaluate_url(absolutt, session)).content.decode()
    assert "Hvor nyttig var samlingen for arbeidet i kommunen?" in form
    response = marte.post(evaluate_url(absolutt, session), answers(absolutt, "5", "Mye"))
    assert response.status_code == 302
    assert not EvaluationResponse.objects.filter(session=session.uid).exists()  # held
    (held,) = HeldAnswer.objects.filter(cohort=absolutt, session=session.uid)
    assert set(unseal(held.sealed)[1].values()) == {5, "Mye"}
    field_names = {f.name for f in EvaluationResponse._meta.get_fields()}
    assert not field_names & {"membership", "user", "created_at"}
    assert EvaluationReceipt.objects.filter(
        membership=member(absolutt, "deltaker-absolutt")
    ).exists()

    again = marte.post(evaluate_url(absolutt, session), answers(absolutt, "1"))
    assert "Du har evaluert denne samlingen. Takk!" in again.content.decode()
    assert HeldAnswer.objects.filter(session=session.uid).count() == 1
    assert evaluate_url(absolutt, session) not in marte.get(absolutt.page().url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("scale", ["", "7", "0", "9" * 30])
def test_a_missing_or_wrong_scale_value_gets_a_clear_error(absolutt, scale):
    session = just_held(absolutt)
    response = logged_in("deltaker-absolutt").post(
        evaluate_url(absolutt, session), answers(absolutt, scale)
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Velg et tall fra 1 til 5." in page or "Velg et gyldig valg" in page
    assert not EvaluationResponse.objects.filter(session=session.uid).exists()


@pytest.mark.django_db
def test_the_evaluation_opens_in_the_sessions_last_hour_and_closes_after_two_weeks(absolutt):
    marte = logged_in("deltaker-absolutt")
    upcoming = sessions_of(absolutt)[3]
    assert "Evalueringen åpner" in marte.get(evaluate_url(absolutt, upcoming)).content.decode()
    old = just_held(absolutt, days_ago=15)
    assert "Evalueringen ble stengt" in marte.get(evaluate_url(absolutt, old)).content.decode()
    assert logged_in("deltager-kl").get(evaluate_url(absolutt, old)).status_code == 404


@pytest.mark.django_db
def test_those_recorded_absent_do_not_answer(absolutt):
    session = just_held(absolutt)
    present = member(absolutt, "tor.sveen@example.org")
    present.attendance.create(session=session.uid)
    member(absolutt, "deltaker-absolutt").attendance.create(session=session.uid, state="excused")
    marte = logged_in("deltaker-absolutt")
    refused = marte.post(evaluate_url(absolutt, session), answers(absolutt))
    assert "Bare deltakere som er registrert som til stede" in refused.content.decode()
    assert not HeldAnswer.objects.filter(session=session.uid).exists()
    logged_in("tor.sveen@example.org").post(evaluate_url(absolutt, session), answers(absolutt))
    assert HeldAnswer.objects.filter(session=session.uid).count() == 1


def results_url(cohort):
    return reverse("evaluations:results", args=[cohort.pk])


@pytest.mark.django_db
def test_results_are_shown_from_three_answers_as_chart_and_table(absolutt):
    session = just_held(absolutt)
    for username, scale, text in zip(HAMAR[:2], ["3", "5"], ["del", "Fin dag"], strict=True):
        logged_in(username).post(evaluate_url(absolutt, session), answers(absolutt, scale, text))
    facilitator = logged_in("fasilitator-absolutt")
    page = facilitator.get(results_url(absolutt)).content.decode()
    assert "Resultatene vises når minst 3 har svart" in page
    assert "tor" not in page.split("Evalueringsresultater", 2)[-1]  # no free text shown yet
    logged_in(HAMAR[2]).post(evaluate_url(absolutt, session), answers(absolutt, "4", "fin dag."))
    page = facilitator.get(results_url(absolutt)).content.decode()
    members = absolutt.memberships.count()
    assert f"3 av {members} har svart" in page  # the response rate, not "3 answers"
    module = session.module.title
    assert f"{module} – " in page  # each session headed by its module and date
    assert 'class="scale__question"' in page and "scale__ends" in page  # labelled, both ends
    assert '<rect width="75.0" height="10" class="chart-bar">' in page  # 4 of 1..5: 75 %
    assert '<td data-label="Snitt">4,0</td>' in page  # the table beside the chart
    assert "Fin dag" in page and "2 skrev dette" in page  # grouped and counted
    assert "fin dag." not in page
    assert "Alle samlinger" in page  # the whole cohort, as the demo's held sessions answered


@pytest.mark.django_db
def test_results_are_for_facilitators_and_editors_only(absolutt):
    assert logged_in("fasilitator-absolutt").get(results_url(absolutt)).status_code == 200
    assert logged_in("redaktor-nb").get(results_url(absolutt)).status_code == 200
    assert logged_in("deltaker-absolutt").get(results_url(absolutt)).status_code == 404
    assert logged_in("facilitator-kl").get(results_url(absolutt)).status_code == 404
    overview = logged_in("fasilitator-absolutt").get(
        reverse("cohorts:overview", args=[absolutt.pk])
    )
    assert results_url(absolutt) in overview.content.decode()


@pytest.mark.django_db
def test_editors_reach_the_results_from_the_cohort_page_in_the_admin(absolutt):
    editor = logged_in("redaktor-nb")
    page = editor.get(reverse("wagtailadmin_pages:edit", args=[absolutt.page().pk]))
    assert results_url(absolutt) in page.content.decode()


@pytest.mark.django_db
def test_results_export_as_xlsx(absolutt):
    response = logged_in("fasilitator-absolutt").get(
        reverse("evaluations:export", args=[absolutt.pk])
    )
    book = load_workbook(io.BytesIO(response.content))
    scales = list(book.worksheets[0].values)
    assert scales[0][:4] == ("Samling", "Spørsmål", "Svar", "Snitt")
    demo_answers = EvaluationResponse.objects.filter(cohort=absolutt)
    first_session = sessions_of(absolutt)[0]
    held = demo_answers.filter(session=first_session.uid).count()
    assert held >= 3
    row = scales[1]
    assert row[2] == held and sum(row[4:9]) == held
    assert list(book.worksheets[1].values)[0] == ("Samling", "Spørsmål", "Svar", "Antall")


@pytest.mark.django_db
def test_answers_in_danish_and_norwegian_count_together(absolutt):
    session = just_held(absolutt)
    with translation.override("da"):
        danish = evaluate_url(absolutt, session)
    assert danish.startswith("/da/")
    form = logged_in(HAMAR[0]).get(danish).content.decode()
    assert "Hvor nyttigt var mødet for arbejdet i kommunen?" in form  # the page's translation
    logged_in(HAMAR[0]).post(danish, answers(absolutt, "2"))
    for username in HAMAR[1:]:
        logged_in(username).post(evaluate_url(absolutt, session), answers(absolutt, "4"))
    page = logged_in("fasilitator-absolutt").get(results_url(absolutt)).content.decode()
    counts = re.sub(r' data-label="[^"]*"', "", page)
    assert "<td>3,3</td><td>0</td><td>1</td><td>0</td><td>2</td><td>0</td>" in counts
