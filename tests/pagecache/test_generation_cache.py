"""The site's frame (Wagtail Site, home pages, menu, footer, language versions), a
programme's module sequence and what each page lists, kept per page cache generation:
for every visitor, and never older than the last change."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Locale, Page, Site

from home.models import InformationPage
from pagecache import generation, generation_cache
from programme.links import ModuleTool, ToolAudience
from programme.pages import ModulePage, ToolFile, ToolIndexPage, ToolPage
from programme.snippets import AudienceRole
from tests.factories import ToolPageFactory
from tests.programme.test_tool_library import filter_options, option_count, tool_titles

from .test_page_cache import cache_on, fetch, publish  # noqa: F401 (cache_on: autouse)

pytestmark = pytest.mark.django_db

MODULE = "/nb/absolutt/hvor-er-vi/"
# What a participant's module page still reads when the generation's values are kept
# (the route to the page among them): the page's view restrictions and what is the
# visitor's own (session, user, permissions: 2, ticked tasks, cohorts: 2, cohorts they
# facilitate, the view restrictions they pass, which choose what is kept for them).
WARM_QUERIES = 10
# The tool library for a participant with its catalogue kept: what is the visitor's
# own (8, as above less the ticks), the page's view restrictions, and the tools of the
# page shown, then their files with their documents (2).
LIBRARY_WARM_QUERIES = 11


@pytest.fixture
def participant():
    """A logged-in visitor: never served from the page cache, always rendered."""
    client = Client()
    client.force_login(get_user_model().objects.get(username="deltaker-absolutt"))
    return client


def module():
    return ModulePage.objects.get(
        url_path__endswith="/absolutt/hvor-er-vi/", locale__language_code="nb"
    )


def test_shared_values_are_read_once_per_generation(participant):
    fetch(participant, MODULE)  # the session's first request does more
    generation.purge()
    first, cold = fetch(participant, MODULE)
    second, warm = fetch(participant, MODULE)
    assert first.status_code == second.status_code == 200
    assert warm == WARM_QUERIES < cold
    assert first.text.count('hreflang="da"') == second.text.count('hreflang="da"') > 0
    assert "tilgjengelighet" in first.text and "tilgjengelighet" in second.text  # footer
    generation.purge()
    _, after_purge = fetch(participant, MODULE)
    assert after_purge == cold


def test_the_frame_is_read_every_time_without_a_cache(participant, monkeypatch):
    monkeypatch.setattr(generation_cache, "request_generation", lambda: None)  # e.g. Redis down
    _, cold = fetch(participant, MODULE)
    response, again = fetch(participant, MODULE)
    assert response.status_code == 200 and again == cold


def test_a_page_added_to_the_menu_shows_on_the_next_request(
    participant, django_capture_on_commit_callbacks
):
    fetch(participant, MODULE)
    home = Page.objects.get(depth=2, locale__language_code="nb")
    page = InformationPage(
        title="Kontakt oss", slug="kontakt", show_in_menus=True, body="<p>Om oss.</p>"
    )
    with django_capture_on_commit_callbacks(execute=True):
        home.add_child(instance=page)
        page.save_revision().publish()
    assert "Kontakt oss" in participant.get(MODULE).text
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert "Kontakt oss" not in participant.get(MODULE).text


def test_an_unpublished_translation_leaves_the_language_switcher(
    client, participant, django_capture_on_commit_callbacks
):
    da = module().get_translation(Locale.objects.get(language_code="da"))
    for visitor in (client, participant):
        assert da.url in visitor.get(MODULE).text
    with django_capture_on_commit_callbacks(execute=True):
        da.unpublish()
    for visitor in (client, participant):
        assert da.url not in visitor.get(MODULE).text


def test_a_changed_site_is_read_again(participant, django_capture_on_commit_callbacks):
    fetch(participant, MODULE)
    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        site.site_name = "Samling test"
        site.save()
    participant.get(MODULE)
    assert generation_cache.find_site(participant.get(MODULE).wsgi_request).site_name == (
        "Samling test"
    )


def test_a_disallowed_host_is_refused_not_cached(settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    response = Client(HTTP_HOST="evil.example").get(MODULE)
    assert response.status_code == 400


def test_a_renamed_module_shows_in_its_neighbours_pager(
    participant, django_capture_on_commit_callbacks
):
    following = module().get_next_siblings().live().first()
    fetch(participant, following.url)
    publish(module(), django_capture_on_commit_callbacks, title="Hvor står vi nå?")
    assert "Hvor står vi nå?" in participant.get(following.url).text


def test_a_changed_tool_or_deleted_document_shows_on_the_module_page(
    participant, django_capture_on_commit_callbacks
):
    first_link = re.search(r'href="/documents/(\d+)/', participant.get(MODULE).text)
    tool_file = ToolFile.objects.select_related("document").get(
        document=first_link.group(1), page__locale__language_code="nb"
    )
    document, url = tool_file.document, tool_file.document.url
    publish(tool_file.page, django_capture_on_commit_callbacks, title="Nytt styringskort")
    with django_capture_on_commit_callbacks() as on_commit:
        document.delete()
    # Our purge runs; Wagtail's removal of the file would take it from the other tests.
    assert generation.purge in on_commit
    generation.purge()
    page = participant.get(MODULE).text
    assert "Nytt styringskort" in page and url not in page


def test_a_preview_shows_the_draft_not_the_kept_lists(participant):
    participant.get(MODULE)  # the live lists are kept for this generation
    draft = module()
    tool = (
        ToolPage.objects.live()
        .filter(locale=draft.locale)
        .exclude(
            translation_key__in=[link.target.translation_key for link in draft.tool_links.all()]
        )
        .first()
    )
    draft.tool_links = [ModuleTool(target=tool)]  # in the editor's form, not saved
    preview = draft.make_preview_request()
    assert preview.status_code == 200 and tool.title in preview.rendered_content


LIBRARY = "/nb/verktoy/"
FILTERS = ["", "?role=rektor", "?format=XLSX&role=rektor", "?programme=led-skole", "?theme=x"]
URLS = [LIBRARY + query for query in FILTERS] + ["/da/vaerktoejer/"]


def listing(html):
    """What the library shows: its tools, and each filter value with its label and count."""
    return tool_titles(html), sorted(filter_options(html))


def test_the_tool_librarys_catalogue_is_read_once_per_generation(participant, monkeypatch):
    fetch(participant, LIBRARY)  # the session's first request does more
    generation.purge()
    _, cold = fetch(participant, LIBRARY)
    kept = {}
    for url in URLS:
        response, queries = fetch(participant, url)
        kept[url] = listing(response.text)
        if url.startswith(LIBRARY):  # every filter uses the catalogue the first request kept
            assert queries == LIBRARY_WARM_QUERIES < cold
    monkeypatch.setattr(generation_cache, "request_generation", lambda: None)
    assert kept == {url: listing(participant.get(url).text) for url in URLS}


def test_a_published_tool_shows_in_the_library_and_its_counts(
    participant, django_capture_on_commit_callbacks
):
    before = participant.get(LIBRARY + "?role=rektor").text
    library = ToolIndexPage.objects.get(locale__language_code="nb")
    tool = ToolPageFactory(parent=library, title="Ny sjekkliste")
    principals = AudienceRole.objects.get(slug="rektor", locale=library.locale)
    ToolAudience.objects.create(page=tool, target=principals)
    publish(tool, django_capture_on_commit_callbacks)
    after = participant.get(LIBRARY + "?role=rektor").text
    assert "Ny sjekkliste" in tool_titles(after) and "Ny sjekkliste" not in before
    assert option_count(after, "role", "rektor") == option_count(before, "role", "rektor") + 1
