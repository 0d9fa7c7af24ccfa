"""The read API: a module with its goals, tasks and tools (with download URLs), filters by
locale and type, only public pages and documents, and no 500 for any request."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from django.contrib.auth import get_user_model

from wagtail.documents import get_document_model
from wagtail.models import Site

from programme.pages import ModulePage

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_module_comes_with_goals_tasks_and_tools(client):
    module = ModulePage.objects.get(slug="hvor-er-vi-vidensgrundlaget", locale__language_code="da")
    data = get(client, f"/api/v2/pages/{module.pk}/")
    assert data["meta"]["type"] == "programme.ModulePage"
    assert data["meta"]["locale"] == "da"
    assert [goal["title"] for goal in data["goals"]]
    assert all(goal["url"].startswith("http") for goal in data["goals"])
    assert {task["timing"] for task in data["tasks"]} <= {"before", "at", "between"}
    files = [file for tool in data["tools"] for file in tool["files"]]
    assert files and files[0]["language"] == "da"  # the page's language first
    root = Site.objects.get(is_default_site=True).root_url
    download = files[0]["download_url"].removeprefix(root)
    assert client.get(download).status_code == 200


def test_pages_filter_by_locale_and_type(client):
    data = get(client, "/api/v2/pages/", type="programme.ToolPage", locale="da", fields="files")
    assert data["meta"]["total_count"] == 4
    assert all(item["meta"]["locale"] == "da" and item["files"] for item in data["items"])
    locales = get(client, "/api/v2/locales/")
    assert {item["language_code"] for item in locales["items"]} == {"nb", "nn", "da"}


def test_only_public_content(client):
    client.force_login(get_user_model().objects.get(username="deltaker-absolutt"))
    pages = get(client, "/api/v2/pages/", type="programme.CohortPage")
    assert pages["meta"]["total_count"] == 0  # cohorts are private, even for participants
    private = get_document_model().objects.get(title__startswith="Deltakerliste")
    titles = {item["title"] for item in get(client, "/api/v2/documents/", limit=20)["items"]}
    assert private.title not in titles and titles
    assert client.get(f"/api/v2/documents/{private.pk}/").status_code == 404


def test_search_in_a_language(client):
    data = get(client, "/api/v2/pages/", search="eierstrategi", locale="nb")
    assert {item["title"] for item in data["items"]} == {
        "Utkast til eierstrategi",
        "Mal for eierstrategi",
    }


ENDPOINTS = ["/api/v2/pages/", "/api/v2/documents/", "/api/v2/locales/", "/api/v2/pages/find/"]
PARAMS = [
    "type", "fields", "locale", "search", "search_operator", "order", "limit", "offset",
    "child_of", "descendant_of", "ancestor_of", "translation_of", "id", "title", "slug",
    "html_path", "tags", "show_in_menus", "site",
]  # fmt: skip
values = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["*", "-id", "_", "title,-title", "programme.ModulePage", "x.Y", "da", ""]),
)
queries = st.dictionaries(
    st.one_of(st.sampled_from(PARAMS), st.text(max_size=10)), values, max_size=5
)
paths = st.one_of(
    st.sampled_from(ENDPOINTS),
    st.integers(min_value=-5, max_value=2**40).map(lambda n: f"/api/v2/pages/{n}/"),
    st.integers(min_value=-5, max_value=2**40).map(lambda n: f"/api/v2/documents/{n}/"),
    st.text(alphabet="abc/%._-", max_size=15).map(lambda tail: f"/api/v2/{tail}"),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(path=paths, query=queries)
@example(path="/api/v2/pages/", query={"locale": "\x00"})  # once a 500 on PostgreSQL
@example(path="/api/v2/pages/", query={"search": ";"})  # once a 500 on SQLite
def test_no_request_to_the_api_gives_a_server_error(client, path, query):
    response = client.get(path, query)
    assert response.status_code < 500, (path, query, response.content[:300])


@pytest.mark.parametrize("name", ["offset", "limit"])
@pytest.mark.parametrize("value", ["99999999999999999999999", str(2**63), "١٢", "-1", "1e3"])
@pytest.mark.parametrize("endpoint", ["pages", "documents", "locales"])
def test_offset_and_limit_beyond_what_a_database_holds_answer_400(client, endpoint, name, value):
    response = client.get(f"/api/v2/{endpoint}/", {name: value})
    assert response.status_code == 400
    assert name in response.json()["message"]
