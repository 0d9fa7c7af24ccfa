"""Participant-only material: who may see a restricted cohort and its private document."""

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db

COHORT = {
    "nb": "/nb/absolutt/absolutt-innlandet-2026/",
    "da": "/da/absolutt/absolutt-innlandet-2026/",
}


def client_for(username):
    client = Client()
    if username == "editor":
        client.force_login(get_user_model().objects.create_superuser("ed", "e@example.org", "pw"))
    elif username:
        client.force_login(get_user_model().objects.get(username=username))
    return client


def private_document():
    return get_document_model().objects.get(title__startswith="Deltakerliste")


# Written table: visitor -> expected status for the cohort page and its private document.
MATRIX = {
    None: 302,  # anonymous: sent to the participant login
    "deltaker-absolutt": 200,  # a participant of this cohort
    "deltager-kl": 403,  # a participant of another cohort
    "editor": 200,
}


@pytest.mark.parametrize("language", ["nb", "da"])
@pytest.mark.parametrize(("visitor", "expected"), MATRIX.items())
def test_cohort_page_privacy(visitor, expected, language):
    response = client_for(visitor).get(COHORT[language])
    assert response.status_code == expected
    if expected == 302:
        assert response["Location"].startswith(f"/{language}/_util/login/?next=")


@pytest.mark.parametrize(("visitor", "expected"), MATRIX.items())
def test_private_document_privacy(visitor, expected):
    document = private_document()
    response = client_for(visitor).get(document.url)
    assert response.status_code == expected
    if expected == 200:
        assert "private" in response["Cache-Control"]
        assert response["Content-Disposition"].startswith("attachment")


def test_public_documents_are_not_marked_private():
    document = get_document_model().objects.filter(file__contains="arshjul-nb").get()
    response = Client().get(document.url)
    assert response.status_code == 200
    assert "private" not in response.get("Cache-Control", "")


def test_participant_logs_in_and_lands_on_the_cohort():
    client = Client()
    login = client.get(COHORT["nb"], follow=True)
    assert "Logg inn som deltaker" in login.content.decode()
    response = client.post(
        "/nb/_util/login/",
        {"username": "deltaker-absolutt", "password": "samling-demo", "next": COHORT["nb"]},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == COHORT["nb"]
    assert "Til neste samling" in response.content.decode()


def test_wrong_password_gets_a_clear_error_in_danish():
    response = Client().post("/da/_util/login/", {"username": "deltager-kl", "password": "forkert"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_shared_password_privacy_is_switched_off(client):
    client.force_login(get_user_model().objects.create_superuser("ed", "e@example.org", "pw"))
    from programme.cohort_page.page import CohortPage

    page = CohortPage.objects.get(slug="led-skole-vestland-2026")
    html = client.get(f"/admin/pages/{page.pk}/privacy/").json()["html"]
    assert 'value="password"' not in html
    assert 'value="groups"' in html


def test_private_cohort_is_not_in_menus(client):
    html = client.get("/nb/absolutt/").content.decode()
    assert "absolutt-innlandet-2026" not in html.split('class="main-nav"')[1].split("</nav>")[0]


def test_media_folder_does_not_serve_documents(client):
    document = private_document()
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_after_login_without_a_target_the_participant_lands_on_their_cohort():
    client = Client()
    response = client.post(
        "/da/_util/login/", {"username": "deltager-kl", "password": "samling-demo"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/da/forpligtende-samarbejde/klynge-midtjylland/"
    html = response.content.decode()
    assert "Mit hold: Klynge Midtjylland" in html
    logout = client.post("/da/log-ud/", {"next": "/da/"}, follow=True)
    assert logout.redirect_chain[-1][0] == "/da/"
    assert "Mit hold" not in logout.content.decode()


def test_editor_without_a_cohort_lands_on_the_front_page(client):
    client.force_login(get_user_model().objects.create_superuser("ed", "e@example.org", "pw"))
    response = client.get("/nb/mitt-kull/")
    assert response["Location"] == "/nb/"


@pytest.mark.parametrize("digits", ["١٢", "１２", "१२"])  # Arabic-Indic, full-width, Devanagari
def test_a_document_address_with_other_digits_is_not_served(digits):
    document = private_document()
    canonical = document.url
    other = canonical.replace(f"/{document.pk}/", f"/{digits}/")
    assert document.pk == 12 and other != canonical
    participant = client_for("deltaker-absolutt")
    assert participant.get(canonical)["Cache-Control"] == "private, no-store"
    for client in (participant, client_for(None)):
        assert client.get(other).status_code == 404
