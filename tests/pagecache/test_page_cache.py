"""The anonymous page cache: what it keeps, from whom, and when it lets go."""

import subprocess
import sys

import pytest
import redis

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from pagecache import generation
from programme.pages import ModulePage, ProgrammePage, ToolPage

pytestmark = pytest.mark.django_db

PROGRAMME = "/nb/absolutt/"
MODULE = "/nb/absolutt/hvor-er-vi/"
LIBRARY = "/nb/verktoy/"
COHORT = "/nb/absolutt/absolutt-innlandet-2026/"


@pytest.fixture(autouse=True)
def cache_on(settings):
    """The page cache in local memory (tests elsewhere run without it)."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"},
    }
    generation.page_cache().clear()


def fetch(client, url):
    """(response, number of SQL queries): none means it came from the cache."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def cached_twice(client, url):
    """The second response, after checking the first was rendered and the second cached."""
    first, rendered = fetch(client, url)
    second, from_cache = fetch(client, url)
    assert first.status_code == second.status_code == 200
    assert rendered > 0 and from_cache == 0
    return second


def publish(page, django_capture_on_commit_callbacks, **changes):
    page = page.specific
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    return page


def test_anonymous_pages_come_from_the_cache_per_language(client):
    nb = cached_twice(client, "/nb/absolutt/")
    da = cached_twice(client, "/da/absolutt/")
    assert 'lang="nb"' in nb.text and 'lang="da"' in da.text
    # Browsers must ask again: only the shared cache is purged on publish.
    assert "max-age=0" in nb["Cache-Control"] and not nb.has_header("Expires")


def test_logged_in_visitors_neither_read_nor_fill_the_cache(client):
    cached_twice(client, MODULE)
    participant = Client()
    participant.force_login(get_user_model().objects.get(username="deltaker-absolutt"))
    own, queries = fetch(participant, MODULE)
    assert queries > 0 and "Mitt kull" in own.text
    again, _ = fetch(participant, MODULE)
    anonymous, from_cache = fetch(client, MODULE)
    assert from_cache == 0 and "Mitt kull" not in anonymous.text


def test_private_pages_are_never_served_from_the_cache(client):
    participant = Client()
    participant.force_login(get_user_model().objects.get(username="deltaker-absolutt"))
    assert participant.get(COHORT).status_code == 200
    assert participant.get(COHORT).status_code == 200
    response, _ = fetch(client, COHORT)
    assert response.status_code == 302 and "/_util/login/" in response["Location"]
    other = Client()
    other.force_login(get_user_model().objects.get(username="deltager-kl"))
    assert other.get(COHORT).status_code == 403


def test_publishing_a_module_refreshes_its_page_and_the_pages_listing_it(
    client, django_capture_on_commit_callbacks
):
    for url in (MODULE, PROGRAMME):
        cached_twice(client, url)
    module = ModulePage.objects.get(
        url_path__endswith="/absolutt/hvor-er-vi/", locale__language_code="nb"
    )
    publish(module, django_capture_on_commit_callbacks, title="Hvor står vi nå?")
    for url in (MODULE, PROGRAMME):
        response, queries = fetch(client, url)
        assert queries > 0 and "Hvor står vi nå?" in response.text


def test_publishing_a_tool_refreshes_the_library(client, django_capture_on_commit_callbacks):
    cached_twice(client, LIBRARY)
    tool = ToolPage.objects.filter(locale__language_code="nb").first()
    publish(tool, django_capture_on_commit_callbacks, title="Nytt årshjul")
    assert "Nytt årshjul" in client.get(LIBRARY).text


def test_a_changed_document_or_term_refreshes_the_pages(client, django_capture_on_commit_callbacks):
    cached_twice(client, PROGRAMME)
    programme = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    theme = programme.theme_links.first().target
    with django_capture_on_commit_callbacks(execute=True):
        theme.name = "Helt nytt tema"
        theme.save()
    assert "Helt nytt tema" in client.get(PROGRAMME).text
    cached_twice(client, LIBRARY)
    document = get_document_model().objects.filter(file__contains="arshjul-nb").get()
    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Årshjul, ny versjon"
        document.save()  # (deleting would remove the file for the tests after this one)
    assert fetch(client, LIBRARY)[1] > 0


def test_unpublishing_and_restricting_take_effect_on_the_next_request(
    client, django_capture_on_commit_callbacks
):
    cached_twice(client, MODULE)
    module = Page.objects.get(
        url_path__endswith="/absolutt/hvor-er-vi/", locale__language_code="nb"
    )
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=module, restriction_type="login")
    assert client.get(MODULE).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        module.unpublish()
    assert client.get(MODULE).status_code == 404


def test_a_change_purges_in_its_transaction_and_again_once_committed(
    client, django_capture_on_commit_callbacks
):
    """Purged inside the change's transaction (where a Redis that will not take the purge
    can still refuse the change) and again on commit: a page rendered in between, from
    the content before the change, is not served once the change is committed."""
    cached_twice(client, MODULE)
    with django_capture_on_commit_callbacks(execute=True):
        generation.purge_on_commit()
        assert fetch(client, MODULE)[1] > 0  # rendered from what is committed so far
        assert fetch(client, MODULE)[1] == 0  # and kept
    assert fetch(client, MODULE)[1] > 0  # committed: rendered afresh


def redis_url():
    url = settings.RQ_QUEUES["default"]["URL"]
    try:
        redis.Redis.from_url(url).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis server")
    return url


@pytest.fixture
def tiered(settings, monkeypatch):
    """The page cache as cms.settings.base configures it with REDIS_URL. Its look for
    missed purges (one query a second) is left to test_faults: here no query at all
    means a page came from the cache."""
    monkeypatch.setattr(generation, "POLL_SECONDS", 3600)
    url = redis_url()
    settings.CACHES = {
        **settings.CACHES,
        "pages-shared": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "samling-pages-shared",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
        },
        "pages": {"BACKEND": "pagecache.tiered_cache.TieredCache", "LOCATION": "pages-shared"},
    }
    generation.purge()  # nothing left from an earlier run
    return url


def test_a_purge_in_another_process_reaches_this_one_through_redis(client, settings, tiered):
    """Two app servers share Redis: one publishes, the other renders afresh."""
    cached_twice(client, MODULE)
    code = "from pagecache.generation import purge; purge()"
    subprocess.run(  # noqa: S603 (fixed arguments)
        [sys.executable, "manage.py", "shell", "-c", code],
        check=True,
        env={
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "REDIS_URL": tiered,
            "CACHE_PREFIX": settings.CACHE_PREFIX,  # the same deployment
            "PATH": "/usr/bin",
        },
        cwd=settings.BASE_DIR,
        capture_output=True,
    )
    assert fetch(client, MODULE)[1] > 0


def test_pages_are_copied_into_each_process_and_the_copies_purged(client, tiered):
    cached_twice(client, MODULE)
    cache = generation.page_cache()
    cache.shared.clear()  # gone from Redis: this process still has its copy
    assert fetch(client, MODULE)[1] == 0
    generation.purge()  # reaches this process as any other: by the Redis channel
    assert fetch(client, MODULE)[1] > 0


def test_a_purge_made_while_the_subscription_was_lost_is_honoured(client, tiered):
    """The subscription drops, another server purges meanwhile: on reconnecting this
    process reads the generation again instead of serving what it kept."""
    cached_twice(client, MODULE)
    shared = redis.Redis.from_url(tiered)
    shared.client_kill_filter(_type="pubsub")
    generation.new_generation(shared)  # another server's purge, not heard here
    queries = [fetch(client, MODULE)[1] for _ in range(4)]
    assert queries[0] > 0 and queries[-1] == 0  # rendered afresh, then cached again


def test_a_late_confirmation_of_the_first_subscription_keeps_the_copies(tiered):
    """Subscribed before the generation was read: its confirmation, however late, is
    no lost connection (CI saw a cached page rendered again when it came late)."""
    watcher = generation.RedisGeneration(redis.Redis.from_url(tiered), {"page": b"kept"})
    watcher.value = 7
    watcher.receive({"type": "subscribe", "data": 1})
    assert watcher.value == 7 and watcher.copies == {"page": b"kept"}
    watcher.receive({"type": "subscribe", "data": 1})  # redis-py resubscribed
    assert watcher.value is None and watcher.copies == {}


def test_pages_are_rendered_when_redis_does_not_answer(client, settings, tiered):
    down = {**settings.CACHES["pages-shared"], "LOCATION": "redis://127.0.0.1:9/0"}
    settings.CACHES = {**settings.CACHES, "pages-shared": down}  # nothing answers there
    for _ in range(2):
        response, queries = fetch(client, MODULE)
        assert response.status_code == 200 and queries > 0


def test_replacing_or_deleting_an_image_purges(client, django_capture_on_commit_callbacks):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    with django_capture_on_commit_callbacks(execute=True):
        image = get_image_model().objects.create(title="Kart", file=get_test_image_file())
    cached_twice(client, MODULE)
    with django_capture_on_commit_callbacks(execute=True):
        image.file = get_test_image_file(filename="nytt.png")
        image.save()
    assert fetch(client, MODULE)[1] > 0
    assert fetch(client, MODULE)[1] == 0
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert fetch(client, MODULE)[1] > 0


def test_a_search_is_never_cached_so_an_editors_pick_shows_at_once(
    client, django_capture_on_commit_callbacks
):
    """Every search is counted (usage), so its results are rendered each time."""
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    search = "/nb/sok/?q=styringskort"
    fetch(client, search)
    assert fetch(client, search)[1] > 0
    cached_twice(client, "/nb/sok/")  # the search page without a search is cached
    tool = ToolPage.objects.get(slug="styringskort", locale__language_code="nb")
    with django_capture_on_commit_callbacks(execute=True):
        SearchPromotion.objects.create(
            query=Query.get("styringskort"), page=tool, description="Anbefalt"
        )
    response, queries = fetch(client, search)
    assert queries > 0 and "Anbefalt" in response.text


def test_scheduled_publishing_and_expiry_from_cron_purge(client):
    """`manage.py publish_scheduled`, run by cron in a process of its own."""
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    module = ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")
    module.title = "Planlagt tittel"
    module.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    cached_twice(client, MODULE)
    call_command("publish_scheduled")
    response, queries = fetch(client, MODULE)
    assert queries > 0 and "Planlagt tittel" in response.text
    module.refresh_from_db()
    module.expire_at = timezone.now() - timedelta(minutes=1)
    module.save()
    assert fetch(client, MODULE)[1] == 0  # still cached: nothing public changed yet
    call_command("publish_scheduled")
    assert client.get(MODULE).status_code == 404


def test_the_participants_login_keeps_where_to_go_next(client):
    """A participant sent to log in from a private page comes back to it."""
    response = client.get("/nb/_util/login/?next=/nb/absolutt/absolutt-innlandet-2026/")
    assert 'name="next" value="/nb/absolutt/absolutt-innlandet-2026/"' in response.text
