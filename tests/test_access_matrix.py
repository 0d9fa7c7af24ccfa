"""Who sees what: seven kinds of visitor × view or download, API listing, search result
and sitemap entry, for a live page, a draft, a private (cohort) page, a public and a
private document. Each cell is a real HTTP request, compared with the written table.

Private material is for the cohort's participants (and administrators); editors and
approvers work on it in the admin, and on the public site they are outsiders (403).
A draft has no public address for anyone: editors preview it in the admin."""

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.documents import get_document_model

from programme.pages import CompetenceGoalPage, ModulePage, ProgrammePage, ToolPage

pytestmark = pytest.mark.django_db

VISITORS = [
    None,
    "deltaker-absolutt",
    "deltager-kl",
    "redaktor-nb",
    "redaktor-da",
    "godkjenner",
    "admin",
]
EVERYONE = dict.fromkeys(VISITORS)
OUTSIDERS_FORBIDDEN = {
    None: 302,  # to the participant login
    "deltaker-absolutt": 200,  # a participant of this cohort
    "deltager-kl": 403,
    "redaktor-nb": 403,
    "redaktor-da": 403,
    "godkjenner": 403,
    "admin": 200,
}

# (object, action) -> expected result, the same for everyone or per visitor.
TABLE = {
    ("live page", "view"): 200,
    ("live page", "api"): True,
    ("live page", "search"): True,
    ("live page", "sitemap"): True,
    ("draft page", "view"): 404,
    ("draft page", "api"): False,
    ("draft page", "search"): False,
    ("draft page", "sitemap"): False,
    ("private page", "view"): OUTSIDERS_FORBIDDEN,
    ("private page", "api"): False,
    ("private page", "search"): False,
    ("private page", "sitemap"): False,
    ("public document", "download"): 200,
    ("public document", "api"): True,
    ("private document", "download"): OUTSIDERS_FORBIDDEN,
    ("private document", "api"): False,
}


@pytest.fixture
def objects():
    programme = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    draft = CompetenceGoalPage(
        title="Zebramål i utkast", slug="zebramal", statement="Utkast.", live=False
    )
    programme.add_child(instance=draft)
    draft.save_revision()
    documents = get_document_model().objects
    tool = ToolPage.objects.get(slug="styringskort", locale__language_code="nb")
    return {
        "live page": (ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb"),),
        "draft page": (draft,),
        "private page": (programme.get_children().get(slug="absolutt-innlandet-2026").specific,),
        "public document": (tool.files.first().document,),
        "private document": (documents.get(title__startswith="Deltakerliste"),),
    }


def client_for(username):
    client = Client()
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    return client


def api_ids(client, endpoint):
    """Every id the API lists, page by page (it caps each answer at 20)."""
    ids, offset = set(), 0
    while True:
        answer = client.get(endpoint, {"limit": 20, "offset": offset}).json()
        ids |= {item["id"] for item in answer["items"]}
        offset += 20
        if offset >= answer["meta"]["total_count"]:
            return ids


def observe(client, name, target, action, shared):
    if action in ("view", "download"):
        return client.get(target.url).status_code
    if action == "api":
        if "document" in name:
            return target.pk in shared["api documents"]
        return target.pk in shared["api pages"]
    if action == "search":
        html = client.get("/nb/sok/", {"q": target.title}).content.decode()
        results = html.split('class="search-results"')[1:]  # not the header's own links
        return any(f'href="{target.url}"' in part.split("</ol>")[0] for part in results)
    return f"{target.url}</loc>" in shared["sitemap"]


@pytest.mark.parametrize("visitor", VISITORS, ids=lambda v: v or "anonymous")
def test_each_visitor_sees_exactly_what_the_table_says(visitor, objects):
    client = client_for(visitor)
    shared = {
        "api pages": api_ids(client, "/api/v2/pages/"),
        "api documents": api_ids(client, "/api/v2/documents/"),
        "sitemap": client.get("/sitemap.xml").content.decode(),
    }
    mismatches = []
    for (name, action), expected in TABLE.items():
        expected = expected[visitor] if isinstance(expected, dict) else expected
        (target,) = objects[name]
        seen = observe(client, name, target, action, shared)
        if seen != expected:
            mismatches.append(f"{name} / {action}: expected {expected}, got {seen}")
    assert mismatches == []
