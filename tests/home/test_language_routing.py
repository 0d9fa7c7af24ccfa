import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("da,en;q=0.8", "/da/"),
        ("da-DK", "/da/"),
        ("nb-NO,nb;q=0.9,da;q=0.5", "/nb/"),
        ("en-GB,en;q=0.9", "/nb/"),
        ("sv,de;q=0.5", "/nb/"),
        ("", "/nb/"),
        ("!!garbage;;q=x", "/nb/"),
    ],
)
def test_root_redirects_to_the_browsers_preferred_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("code", ["nb", "da"])
def test_home_page_renders_in_its_language_with_hreflang_alternates(client, code):
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}" ' in html
    assert '<link rel="alternate" hreflang="nb" href="http://testserver/nb/">' in html
    assert '<link rel="alternate" hreflang="da" href="http://testserver/da/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/nb/">' in html


def test_home_pages_are_translations_of_each_other(home_nb, home_da):
    assert home_nb.translation_key == home_da.translation_key
    assert home_da.alias_of_id is None


def test_language_switcher_links_the_home_pages_both_ways(client):
    nb_html = client.get("/nb/").content.decode()
    da_html = client.get("/da/").content.decode()
    assert 'href="/da/" hreflang="da" lang="da" data-language="da">Dansk</a>' in nb_html
    assert 'href="/nb/" hreflang="nb" lang="nb" data-language="nb">Norsk bokmål</a>' in da_html
    assert 'aria-current="true">Norsk bokmål</span>' in nb_html


def test_project_strings_are_translated_in_each_language(client):
    assert "Hopp til innholdet" in client.get("/nb/").content.decode()
    assert "Spring til indholdet" in client.get("/da/").content.decode()


def test_da_tree_is_synchronised_from_nb(locale_da):
    from wagtail_localize.models import LocaleSynchronization

    sync = LocaleSynchronization.objects.get(locale=locale_da)
    assert sync.sync_from.language_code == "nb"
