import pytest

from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/nb/finnes-ikke/", "nb", "Fant ikke siden"),
        ("/nn/finst-ikkje/", "nn", "Fann ikkje sida"),
        ("/da/findes-ikke/", "da", "Siden blev ikke fundet"),
    ],
)
def test_404_page_is_in_the_language_of_the_url(client, path, lang, heading):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{lang}" ' in html
    assert heading in html
    assert f'href="/{lang}/"' in html
    # It offers search, in the visitor's language.
    assert f'<form class="search-form search-form--inline" method="get" action="/{lang}/' in html
    assert 'id="not-found-q"' in html


@override_settings(ROOT_URLCONF="tests.failing_urls")
@pytest.mark.parametrize(
    ("lang", "heading"),
    [("nb", "Noe gikk galt"), ("nn", "Noko gjekk gale"), ("da", "Noget gik galt")],
)
def test_500_page_is_ours_and_shows_no_traceback(lang, heading):
    client = Client(raise_request_exception=False)
    response = client.get("/boom/", HTTP_ACCEPT_LANGUAGE=lang)
    html = response.content.decode()
    assert response.status_code == 500
    assert heading in html
    assert "Traceback" not in html
    assert "RuntimeError" not in html


@override_settings(ROOT_URLCONF="tests.failing_urls")
@pytest.mark.parametrize(
    ("lang", "heading"),
    [("nb", "Ugyldig forespørsel"), ("nn", "Ugyldig førespurnad"), ("da", "Ugyldig forespørgsel")],
)
def test_400_page_is_ours(lang, heading):
    response = Client().get("/suspicious/", HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 400
    assert heading in response.content.decode()


def test_expired_form_gets_our_403_page_in_the_visitors_language():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/nb/_util/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Skjemaet er utløpt" in response.content.decode()


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/api/v2/pages/", {"locale": "\x00"}),
        ("/api/v2/pages/", {"slug\x00": "x"}),
        ("/api/v2/documents/", {"title": "a\x00b"}),
        ("/admin/pages/search/", {"q": "\x00"}),
        ("/nb/absolutt/\x00/", {}),
    ],
)
def test_a_nul_character_gets_our_400_page_not_a_database_error(admin_client, path, query):
    """PostgreSQL text cannot hold NUL: a lookup by such a value would be a 500. (The
    public pages' filters ignore such values: tests/test_tool_library.py, test_search.py.)"""
    response = admin_client.get(path, query, HTTP_ACCEPT_LANGUAGE="nb")
    assert response.status_code == 400
    assert "Ugyldig forespørsel" in response.content.decode()
