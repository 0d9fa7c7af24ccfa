"""Parts of pages kept per page cache generation ({% sharedcache %}) and the route a
path leads to: the same for every visitor, never older than the last change, and
never holding one visitor's ticks or form tokens for another."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Page, PageViewRestriction

from pagecache import generation
from pagecache.templatetags import shared_fragments
from programme.cohort_page.checklist import TaskTick
from programme.pages import ModulePage, ReflectionTaskPage

from .test_page_cache import cache_on, publish  # noqa: F401 (cache_on: autouse)

pytestmark = pytest.mark.django_db

MODULE = "/nb/absolutt/hvor-er-vi/"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def log_in(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def module():
    return ModulePage.objects.get(
        url_path__endswith="/absolutt/hvor-er-vi/", locale__language_code="nb"
    )


def first_task(module):
    return ReflectionTaskPage.objects.child_of(module).live().order_by("path").first()


def checked(html, task):
    """Whether the page's form for `task` has its box ticked."""
    form = re.search(rf'data-task="{task.translation_key}".*?</form>', html, re.S).group(0)
    return " checked" in form


def test_each_visitor_gets_their_own_ticks_and_tokens_beside_kept_parts(module):
    task = first_task(module)
    ticking, other = log_in("deltaker-absolutt"), log_in("deltaker-ledskole")
    user = get_user_model().objects.get(username="deltaker-absolutt")
    TaskTick.objects.create(user=user, task_key=task.translation_key)
    pages = {}
    for round_ in range(2):  # the second round reads the kept parts
        for name, client in (("ticking", ticking), ("other", other), ("anonymous", Client())):
            response = client.get(MODULE)
            assert response.status_code == 200
            pages[name, round_] = response.content.decode()
    for round_ in range(2):
        assert checked(pages["ticking", round_], task)
        assert not checked(pages["other", round_], task)
        assert not CSRF.search(pages["anonymous", round_])  # a cached page holds no token
    tokens = {name: CSRF.findall(pages[name, 1]) for name in ("ticking", "other")}
    assert tokens["ticking"] and tokens["other"]
    assert not set(tokens["ticking"]) & set(tokens["other"])
    assert task.title in pages["other", 1]


def test_a_renamed_task_shows_on_its_module_page_on_the_next_request(
    module, django_capture_on_commit_callbacks
):
    participant = log_in("deltaker-absolutt")
    assert participant.get(MODULE).status_code == 200
    task = publish(first_task(module), django_capture_on_commit_callbacks, title="Ny tittel")
    assert f'<a href="{task.url}">Ny tittel</a>' in participant.get(MODULE).text  # the kept part


@pytest.mark.parametrize("listing", ["programme", "tool"])
def test_a_renamed_module_shows_on_the_programme_and_tool_pages(
    module, listing, django_capture_on_commit_callbacks
):
    """Programme and tool pages are kept whole: both list the module."""
    tool = module.tool_links.first().target
    path = module.get_parent().url if listing == "programme" else tool.url
    participant = log_in("deltaker-absolutt")
    before = participant.get(path)
    assert before.status_code == 200 and module.title in before.text
    publish(module, django_capture_on_commit_callbacks, title="Hvor står vi nå?")
    assert "Hvor står vi nå?" in participant.get(path).text


def test_kept_parts_are_reused_until_a_change_purges_them(module):
    """A change made behind Wagtail's back (no publish) shows only after a purge: the
    parts are really kept, and a purge is what renews them."""
    participant = log_in("deltaker-absolutt")
    participant.get(MODULE)
    Page.objects.filter(pk=module.pk).update(title="Endret i databasen")
    assert "Endret i databasen" not in participant.get(MODULE).text
    generation.purge()
    assert "Endret i databasen" in participant.get(MODULE).text


def fragment_keys():
    return [key for key in generation.page_cache()._cache if "template.cache." in key]


@pytest.mark.parametrize("generation", [None, "current"])
def test_fragments_are_kept_only_under_a_generation(generation, monkeypatch):
    if generation is None:  # e.g. Redis down: nothing could tell when they went stale
        monkeypatch.setattr(shared_fragments, "request_generation", lambda: None)
    assert log_in("deltaker-absolutt").get(MODULE).status_code == 200
    assert bool(fragment_keys()) == (generation is not None)


def test_a_new_slug_routes_on_the_next_request(module, django_capture_on_commit_callbacks):
    participant = log_in("deltaker-absolutt")
    assert participant.get(MODULE).status_code == 200
    publish(module, django_capture_on_commit_callbacks, slug="hvor-star-vi")
    assert participant.get("/nb/absolutt/hvor-star-vi/").status_code == 200
    old = participant.get(MODULE)  # Wagtail's redirect from the old slug
    assert old.status_code == 301 and old["Location"] == "/nb/absolutt/hvor-star-vi/"


def test_an_unpublished_module_is_gone_on_the_next_request(
    module, django_capture_on_commit_callbacks
):
    participant = log_in("deltaker-absolutt")
    assert participant.get(MODULE).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        module.unpublish()
    assert participant.get(MODULE).status_code == 404


def restrict_to_absolutt_participants(page):
    cohort = Page.objects.get(slug="absolutt-innlandet-2026", locale__language_code="nb")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(*cohort.get_view_restrictions().first().groups.all())


@pytest.mark.parametrize("private", ["task", "module"])
def test_a_private_page_kept_for_its_participants_is_never_shown_to_others(module, private):
    """What is kept per generation (lists and fragments) is kept per group of visitors
    who may see the same private pages: a participant's render must not reach the
    public or another cohort. A private task is listed on its module, a private module
    in its programme's fragment."""
    page, url = (first_task(module), MODULE) if private == "task" else (module, "/nb/absolutt/")
    restrict_to_absolutt_participants(page)
    generation.purge()
    assert page.title in log_in("deltaker-absolutt").get(url).content.decode()
    for client in (Client(), log_in("deltaker-ledskole"), log_in("redaktor-nb")):
        assert page.title not in client.get(url).content.decode()
