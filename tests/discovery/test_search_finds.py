"""Search that finds: a dictionary before the stemmer (inflected forms find the same pages
in both languages), the tool library by its name, a helpful empty result, editors'
synonyms, and every search counted."""

import re

import pytest

from django.contrib.auth import get_user_model

from discovery.models import SynonymGroup
from discovery.search_backend import lemmatized, stemmed
from usage import counter
from usage.models import SearchCount

pytestmark = pytest.mark.django_db


def titles(client, path, query):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return set(
        re.findall(
            r'class="search-results__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
        )
    )


@pytest.mark.parametrize(
    ("path", "forms"),
    [
        ("/nb/sok/", ["leder", "lederen", "ledere", "lederne"]),
        ("/nb/sok/", ["skoleleder", "skolelederen", "skoleledere", "skolelederne"]),
        ("/nb/sok/", ["verktøy", "verktøyet", "verktøyene"]),
        ("/da/sog/", ["værktøj", "værktøjet", "værktøjer", "værktøjerne"]),
        ("/da/sog/", ["leder", "lederen", "ledere", "lederne"]),
        ("/da/sog/", ["skoleleder", "skolelederne"]),
        ("/nn/sok/", ["leiar", "leiaren", "leiarar", "leiarane"]),
        ("/nn/sok/", ["skule", "skulen", "skular", "skulane"]),
        ("/nn/sok/", ["kommune", "kommunen", "kommunar", "kommunane"]),
    ],
)
def test_every_inflected_form_finds_the_same_pages(client, path, forms):
    found = [titles(client, path, form) for form in forms]
    assert found[0], f"{forms[0]} finds nothing"
    assert all(each == found[0] for each in found), dict(zip(forms, found, strict=True))


@pytest.mark.parametrize(
    ("path", "query", "library"),
    [
        ("/nb/sok/", "verktøy", "Verktøy"),
        ("/nb/sok/", "verktøyene", "Verktøy"),
        ("/da/sog/", "værktøjer", "Værktøjer"),
        ("/da/sog/", "værktøjerne", "Værktøjer"),
        ("/nn/sok/", "verktøya", "Verktøy"),
    ],
)
def test_the_tool_library_is_found_by_its_name_and_its_forms(client, path, query, library):
    assert library in titles(client, path, query)


def test_the_dictionary_reduces_the_forms_snowball_alone_keeps_apart():
    assert stemmed("lederne", "norwegian") == stemmed("leder", "norwegian")
    assert lemmatized("Værktøjerne", "danish") == "værktøj"
    assert lemmatized("lederne og verktøyene", None) == "lederne og verktøyene"  # no language


def test_a_search_that_finds_nothing_says_so_and_offers_a_way_on(client):
    response = client.get("/nb/sok/", {"q": "verktoy"})
    html = response.content.decode()
    assert "0 treff" in html
    assert 'Mente du <a href="?q=verkt%C3%B8y">verktøy</a>?' in html
    assert 'href="/nb/verktoy/"' in html  # the library
    assert 'href="/nb/absolutt/"' in html and 'href="/nb/led-skole/"' in html  # programmes
    danish = client.get("/da/sog/", {"q": "værktjer"}).content.decode()
    assert "Mente du" in danish and 'href="/da/vaerktoejer/"' in danish


def test_no_suggestion_when_every_word_is_known_or_nothing_is_close(client):
    html = client.get("/nb/sok/", {"q": "qqqxxyz"}).content.decode()
    assert "0 treff" in html and "Mente du" not in html


def test_synonyms_kept_by_editors_find_each_other_in_their_language(client):
    assert "Mal for eierstrategi" not in titles(client, "/nb/sok/", "skabelonen")
    SynonymGroup.objects.create(language="nb", words="mal, skabelon, template")
    assert "Mal for eierstrategi" in titles(client, "/nb/sok/", "skabelonen")
    assert "Mal for eierstrategi" in titles(client, "/nb/sok/", "template eierstrategi")
    assert not titles(client, "/da/sog/", "template")  # the group is Norwegian


def test_a_synonym_group_needs_two_words_of_sensible_length():
    from django.core.exceptions import ValidationError

    for words in ("mal", "mal, " + "x" * 51, " , ,"):
        with pytest.raises(ValidationError):
            SynonymGroup(language="nb", words=words).full_clean()
    group = SynonymGroup(language="nb", words="Mal;\nskabelon ,  TEMPLATE, mal")
    group.full_clean()
    assert group.words == "mal, skabelon, template"


def test_approvers_keep_synonyms_in_the_admin_and_translators_do_not(client):
    users = get_user_model().objects
    client.force_login(users.get(username="godkjenner"))
    url = "/admin/snippets/discovery/synonymgroup/add/"
    response = client.post(url, {"language": "da", "words": "skabelon, mal"})
    assert response.status_code == 302
    assert SynonymGroup.objects.get().language == "da"
    client.force_login(users.get(username="oversetter"))
    assert client.get(url).status_code in (302, 403)


def test_every_search_is_counted_with_its_results_and_never_cached(client):
    first = client.get("/nb/sok/", {"q": "lederne"})
    client.get("/nb/sok/", {"q": "Lederne "})
    client.get("/nb/sok/", {"q": "finnesikke"})
    client.get("/nb/sok/", {"q": "lederne", "page": "2"})  # the same search, its next page
    assert "private" in first["Cache-Control"]
    counter.write()
    rows = {row.query: row for row in SearchCount.objects.filter(language="nb")}
    assert rows["lederne"].count == 2 and rows["lederne"].results > 10
    assert rows["finnesikke"].count == 1 and rows["finnesikke"].results == 0
