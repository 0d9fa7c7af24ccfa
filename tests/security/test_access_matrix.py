"""Who sees what: seven kinds of visitor × view or download, API listing, search result,
sitemap entry, listing on its parent page and in the tool library, for a live page, a
draft, a private (cohort) page, a private reflection task and tool, a public and a
private document. Each cell is a real HTTP request, compared with the written table.

Private material is for the cohort's participants (and administrators); editors and
approvers work on it in the admin, and on the public site they are outsiders (403).
A draft has no public address for anyone: editors preview it in the admin."""

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from programme.pages import (
    CompetenceGoalPage,
    ModulePage,
    ProgrammePage,
    ReflectionTaskPage,
    ToolPage,
)

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

# Listed (titles, counts, links) only to those who may open the page.
PARTICIPANTS_ONLY = {visitor: status == 200 for visitor, status in OUTSIDERS_FORBIDDEN.items()}

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
    ("private page", "listed on parent"): False,  # programmes do not list their cohorts
    ("private task", "view"): OUTSIDERS_FORBIDDEN,
    ("private task", "listed on parent"): PARTICIPANTS_ONLY,
    ("private task", "search"): False,
    ("private task", "api"): False,
    ("private tool", "view"): OUTSIDERS_FORBIDDEN,
    ("private tool", "listed on parent"): PARTICIPANTS_ONLY,
    ("private tool", "listed in library"): PARTICIPANTS_ONLY,
    ("private tool", "search"): False,
    ("private tool", "api"): False,
    ("live page", "listed on parent"): True,
    ("public tool", "listed in library"): True,
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
    cohort = programme.get_children().get(slug="absolutt-innlandet-2026").specific
    group = cohort.get_view_restrictions().first().groups.first()
    private_task = ReflectionTaskPage.objects.get(
        slug="styrker-og-svakheter", locale__language_code="nb"
    )
    private_tool = ToolPage.objects.get(slug="eierstrategi", locale__language_code="nb")
    for page in (private_task, private_tool):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(group)
    return {
        "live page": (ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb"),),
        "draft page": (draft,),
        "private page": (cohort,),
        "private task": (private_task,),
        "private tool": (private_tool,),
        "public tool": (tool,),
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
    if action == "listed on parent":
        return listed(client, target.get_parent().url, target)
    if action == "listed in library":
        return listed(client, "/nb/verktoy/", target)
    return f"{target.url}</loc>" in shared["sitemap"]


def listed(client, url, target):
    """Does the page at `url` name `target` (its title or a link to it) in its content?"""
    html = client.get(url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    return target.title in main or f'href="{target.url}"' in main


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
