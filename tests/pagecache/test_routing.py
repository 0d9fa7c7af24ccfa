"""pagecache.routing finds a path's page in one query, and the same page Wagtail's routing
finds: through routable pages (tool library, module, cohort), their sub-routes and
their child pages, and the same 404s."""

import pytest

from django.http import Http404
from django.test import RequestFactory

from wagtail.models import Page

from programme.cohort_page.page import CohortPage
from programme.pages import ToolIndexPage
from tests.factories import (
    ModulePageFactory,
    ProgrammePageFactory,
    ReflectionTaskPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db

PATHS = [
    "program",
    "program/modul",
    "program/modul/verktoypakke",  # the module's sub-route
    "program/modul/oppgave",  # a child of a routable page
    "program/modul/oppgave/mer",
    "program/modul/mangler",
    "program/utkast",  # not live
    "program/kull/kalender",
    "verktoy/skjema",
    "verktoy/feed",  # a sub-route wins over a child page with its slug
    "verktoy/mangler",
    "mangler",
]


@pytest.fixture
def home(home_nb):
    programme = ProgrammePageFactory(parent=home_nb, slug="program")
    module = ModulePageFactory(parent=programme, slug="modul")
    ReflectionTaskPageFactory(parent=module, slug="oppgave")
    ModulePageFactory(parent=programme, slug="utkast", live=False)
    programme.add_child(instance=CohortPage(title="Kull", slug="kull", region="Vest"))
    library = ToolIndexPage.objects.child_of(home_nb).get()
    ToolPageFactory(parent=library, slug="skjema")
    ToolPageFactory(parent=library, slug="feed")
    return home_nb


def outcome(route, request, components):
    """What a route leads to: the page, and the sub-route's view when there is one."""
    try:
        page, args, _kwargs = route(request, components)
    except Http404:
        return None
    return type(page).__name__, page.pk, getattr(args[0], "__name__", None) if args else None


@pytest.mark.parametrize("path", PATHS)
def test_routes_as_wagtail_does(home, path):
    request, components = RequestFactory().get(f"/nb/{path}/"), path.split("/")
    ours = outcome(home.route, request, components)
    wagtails = outcome(lambda *args: Page.route(home, *args), request, components)
    assert ours == wagtails


def test_a_page_below_a_routable_page_is_found_in_one_query(home, django_assert_num_queries):
    request = RequestFactory().get("/nb/verktoy/skjema/")
    with django_assert_num_queries(2):  # the pages on the path; the tool's own fields
        page, _args, _kwargs = home.route(request, ["verktoy", "skjema"])
    assert page.slug == "skjema"
