"""Titles, descriptions, canonical and Open Graph tags on every public page, and schema.org
JSON-LD with its required properties for each content type."""

import json
import re
from collections import Counter

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page

from programme.pages import ModulePage, ProgrammePage

pytestmark = pytest.mark.django_db


def public_pages(language):
    return Page.objects.live().public().filter(locale__language_code=language, depth__gt=1)


def head(html):
    return html.split("</head>")[0]


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', head(html))
    return match.group(1) if match else None


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize("language", ["nb", "da"])
def test_every_public_page_has_unique_title_and_full_metadata(client, language):
    titles = Counter()
    for page in public_pages(language):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        titles[re.search(r"<title>(.*?)</title>", html, re.S).group(1)] += 1
        assert meta(html, "property", "og:title"), page.url
        assert meta(html, "property", "og:url") == f"http://testserver{page.url}"
        assert f'<link rel="canonical" href="http://testserver{page.url}">' in html
        assert meta(html, "property", "og:locale") == {"nb": "nb_NO", "da": "da_DK"}[language]
        assert 'hreflang="x-default"' in head(html)
        if page.depth > 2:
            assert meta(html, "name", "description"), f"{page.url} has no description"
    assert [title for title, count in titles.items() if count > 1] == []


def required(data, *properties):
    missing = [name for name in properties if not data.get(name)]
    assert not missing, f"{data.get('@type')} lacks {missing}"


def test_programme_is_a_course(client):
    page = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    [data] = json_ld(client.get(page.url).content.decode())
    assert data["@context"] == "https://schema.org" and data["@type"] == "Course"
    required(data, "name", "description", "provider", "url", "inLanguage")
    assert data["provider"] == {"@type": "Organization", "name": "KS"}
    assert len(data["teaches"]) == 4


def test_module_and_task_are_learning_resources(client):
    module = ModulePage.objects.get(slug="hvor-er-vi-vidensgrundlaget", locale__language_code="da")
    [data] = json_ld(client.get(module.url).content.decode())
    assert data["@type"] == "LearningResource" and data["inLanguage"] == "da"
    required(data, "name", "learningResourceType", "isPartOf", "url", "teaches", "position")
    assert data["isPartOf"]["@type"] == "Course"
    task = module.get_children().live().first()
    [data] = json_ld(client.get(task.url).content.decode())
    required(data, "name", "learningResourceType", "isPartOf", "timeRequired")
    assert data["isPartOf"]["name"] == module.title


def test_tool_files_are_digital_documents(client):
    page = Page.objects.get(slug="arshjul", locale__language_code="nb")
    [data] = json_ld(client.get(page.url).content.decode())
    documents = data["hasPart"]
    assert documents and all(d["@type"] == "DigitalDocument" for d in documents)
    for document in documents:
        required(document, "name", "url", "encodingFormat", "inLanguage")
        assert client.get(document["url"].removeprefix("http://testserver")).status_code == 200


def test_cohort_sessions_are_a_course_instance_with_events(client):
    client.force_login(get_user_model().objects.get(username="deltager-kl"))
    page = Page.objects.get(slug="klynge-midtjylland", locale__language_code="da")
    [data] = json_ld(client.get(page.url).content.decode())
    assert data["@type"] == "CourseInstance"
    required(data, "name", "courseMode", "startDate", "endDate", "subEvent")
    for event in data["subEvent"]:
        assert event["@type"] == "Event"
        required(event, "name", "startDate", "location")


def test_json_ld_cannot_break_out_of_its_script(client):
    page = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    page.summary = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)[0]["description"] == page.summary


def test_an_untranslated_copy_points_to_its_original(client):
    page = ModulePage.objects.get(slug="hvem-gjor-hva", locale__language_code="nb")
    danish_programme = ProgrammePage.objects.get(slug="absolutt", locale__language_code="da")
    alias = page.create_alias(
        parent=danish_programme, update_locale=Locale.objects.get(language_code="da")
    )
    html = client.get(alias.url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{page.url}">' in html
