"""Anonymous evaluation, really: neither the database (row ids, physical order,
transaction ids, timestamps) nor a results page reloaded between answers ties an answer
to the person who gave it. Answers are held sealed and written out in shuffled groups of
EVALUATION_MIN_ANSWERS (evaluations.anonymity)."""

import pytest

from django.db import connection
from django.urls import reverse
from django.utils import translation

from evaluations import anonymity
from evaluations.models import EvaluationResponse, HeldAnswer

from .conftest import logged_in
from .test_evaluations import HAMAR, answers, evaluate_url, just_held, results_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def norwegian():
    with translation.override("nb"):
        yield


def stored_in_physical_order(session):
    """The free texts of a session's answers in the order the database keeps the rows,
    with the transactions that wrote them (PostgreSQL's xmin; SQLite has none)."""
    table = EvaluationResponse._meta.db_table
    if connection.vendor == "postgresql":
        sql = f"SELECT answers::text, xmin::text FROM {table} WHERE session = %s ORDER BY ctid"  # noqa: S608
    else:
        sql = f"SELECT answers, '' FROM {table} WHERE session = %s ORDER BY rowid"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [session.uid.hex if connection.vendor == "sqlite" else session.uid])
        rows = cursor.fetchall()
    texts = [
        next(word for word in ("alfaord", "betaord", "gammaord") if word in a) for a, _ in rows
    ]
    return texts, {xmin for _, xmin in rows}


def test_answers_are_written_out_together_in_an_order_that_is_not_theirs(absolutt, monkeypatch):
    monkeypatch.setattr(anonymity, "shuffle", lambda items: items.reverse())
    session = just_held(absolutt)
    facilitator = logged_in("fasilitator-absolutt")
    before = facilitator.get(results_url(absolutt)).content.decode()
    for username, word in zip(HAMAR[:2], ["alfaord", "betaord"], strict=True):
        logged_in(username).post(evaluate_url(absolutt, session), answers(absolutt, "4", word))
        assert not EvaluationResponse.objects.filter(session=session.uid).exists()
        held = HeldAnswer.objects.filter(session=session.uid).values_list("sealed", flat=True)
        assert not any(word in sealed for sealed in held)  # unreadable without the key
        page = facilitator.get(results_url(absolutt)).content.decode()
        assert word not in page  # the reloaded page tells nothing new
    assert "2 svar til holdes tilbake til 3 kan vises sammen" in page
    logged_in(HAMAR[2]).post(evaluate_url(absolutt, session), answers(absolutt, "4", "gammaord"))
    texts, transactions = stored_in_physical_order(session)
    assert texts == ["gammaord", "betaord", "alfaord"]  # the shuffle's order, not the answerers'
    assert len(transactions) == 1  # one transaction wrote all three
    assert not HeldAnswer.objects.filter(session=session.uid).exists()
    assert all(word in facilitator.get(results_url(absolutt)).content.decode() for word in texts)
    assert before != page


def test_the_shuffle_is_random(absolutt):
    orders = set()
    for _ in range(30):
        items = list(range(5))
        anonymity.shuffle(items)
        orders.add(tuple(items))
    assert len(orders) > 10


def test_the_results_page_states_the_configured_threshold(absolutt, settings):
    settings.EVALUATION_MIN_ANSWERS = 5
    session = just_held(absolutt)
    logged_in(HAMAR[0]).post(evaluate_url(absolutt, session), answers(absolutt, "4", "x"))
    page = logged_in("fasilitator-absolutt").get(results_url(absolutt)).content.decode()
    assert "minst 5 har svart" in page and "minst tre" not in page
    form = logged_in(HAMAR[1]).get(reverse("evaluations:evaluate", args=[absolutt.pk, session.uid]))
    assert "grupper på minst 5" in form.content.decode()
