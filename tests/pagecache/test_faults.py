"""The page cache's promise under faults, against a Redis server this test starts (with
the memory limit and LRU eviction the README asks for): writes paused during a privacy
change, Redis killed under load and brought back, two deployments on one server, and
a flood of query strings and cookies."""

import threading
import time
import uuid

import pytest

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

from pagecache import generation, warming
from pagecache.models import MissedPurge
from tests.pagecache.conftest import caches_on

pytestmark = pytest.mark.django_db

MODULE = "/nb/absolutt/hvor-er-vi/"
LIBRARY = "/nb/verktoy/"


def rendered(client, url):
    """(status, whether the page was rendered rather than served from the cache)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response.status_code, len(queries) > 1  # a poll for missed purges may read one


def cached(client, url):
    client.get(url)
    status, was_rendered = rendered(client, url)
    assert status == 200 and not was_rendered
    return status


def restrict_module(client):
    module = Page.objects.get(
        url_path__endswith="/absolutt/hvor-er-vi/", locale__language_code="nb"
    )
    url = reverse("wagtailadmin_pages:set_privacy", args=[module.pk])
    return module, client.post(url, {"restriction_type": "login"})


def admin_client():
    client = Client()
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_writes_paused_during_a_privacy_change_refuse_it_and_serve_nothing_stale(
    deployment, django_capture_on_commit_callbacks
):
    anonymous = Client()
    cached(anonymous, MODULE)
    deployment.client().execute_command("CLIENT", "PAUSE", "60000", "WRITE")
    module, response = restrict_module(admin_client())
    assert response.status_code == 503
    assert "Nothing was saved" in response.content.decode()
    assert not PageViewRestriction.objects.filter(page=module).exists()
    assert anonymous.get(MODULE).status_code == 200  # public, as saved
    deployment.client().execute_command("CLIENT", "UNPAUSE")  # Redis takes writes again
    with django_capture_on_commit_callbacks(execute=True):  # committed, so purged
        _, response = restrict_module(admin_client())  # the editor tries again
    assert response.status_code < 400
    assert PageViewRestriction.objects.filter(page=module).exists()
    assert anonymous.get(MODULE).status_code == 302  # to the login, never the old copy


def test_redis_killed_under_load_means_rendered_pages_working_logins_and_admin(deployment):
    errors, answered, stop = [], [], threading.Event()

    def load():
        client = Client()
        while not stop.is_set():
            for url in (MODULE, LIBRARY, "/nb/"):
                status = client.get(url).status_code
                answered.append(status)
                if status >= 500:
                    errors.append((url, status))

    def until_answered(count):
        deadline = time.monotonic() + 60
        while len(answered) < count and worker.is_alive():
            assert time.monotonic() < deadline
            time.sleep(0.02)

    cached(Client(), MODULE)
    worker = threading.Thread(target=load)
    worker.start()
    until_answered(6)  # the load is under way, from Redis
    deployment.kill()
    until_answered(len(answered) + 30)  # ten rounds of the three pages without Redis
    stop.set()
    worker.join()
    assert errors == []
    status, was_rendered = rendered(Client(), MODULE)
    assert status == 200 and was_rendered
    login = Client().post(
        reverse("wagtailadmin_login"), {"username": "admin", "password": "samling-demo"}
    )
    assert login.status_code == 302
    assert admin_client().get(reverse("wagtailadmin_home")).status_code == 200


def test_purges_missed_while_redis_is_down_are_applied_once_when_it_returns(deployment):
    anonymous = Client()
    cached(anonymous, MODULE)
    before = int(deployment.client(3).get("samling-a:page-cache:generation"))
    deployment.kill()
    module, response = restrict_module(admin_client())  # Redis down: the change is saved
    assert response.status_code < 400 and MissedPurge.objects.exists()
    assert anonymous.get(MODULE).status_code == 302
    deployment.start()  # empty, as after a restart: nothing old can be served anyway
    # Several processes come back: one new generation for the missed purges, not one each.
    watchers = [generation.RedisGeneration(deployment.client(3), {}) for _ in range(4)]
    values = {watcher.current() for watcher in watchers}
    assert len(values) == 1 and values != {None}
    assert int(deployment.client(3).get("samling-a:page-cache:generation")) > before
    assert anonymous.get(MODULE).status_code == 302


def test_a_second_deployment_on_the_same_server_never_touches_the_first(settings, server):
    """Deployment A (database 3) and B (database 4) share one Redis server and its
    channels: B's purges and its larger generation never silence or replace A's."""
    settings.CACHE_PREFIX = "samling-b"
    settings.CACHES = caches_on(server.url(4), "samling-b")
    for _ in range(5):
        generation.purge()  # B is far ahead
    settings.CACHE_PREFIX = "samling-a"
    settings.CACHES = caches_on(server.url(3), "samling-a")
    anonymous = Client()
    cached(anonymous, MODULE)
    settings.CACHE_PREFIX = "samling-b"
    settings.CACHES = caches_on(server.url(4), "samling-b")
    generation.purge()  # B purges: A's pages stay
    settings.CACHE_PREFIX = "samling-a"
    settings.CACHES = caches_on(server.url(3), "samling-a")
    assert rendered(anonymous, MODULE) == (200, False)
    generation.purge()  # A purges: A renders afresh
    assert rendered(anonymous, MODULE) == (200, True)
    keys = {key.decode() for db in (3, 4) for key in server.client(db).keys("*")}
    assert all(key.startswith(("samling-a:", "samling-b:", ":1:samling-")) for key in keys), keys


def test_a_flood_of_query_strings_and_cookies_keeps_one_entry(deployment):
    client = Client()
    cached(client, MODULE)
    warming.visits.flush()  # the page's visits have their key already
    memory_before = deployment.client(3).info("memory")["used_memory"]
    keys_before = deployment.client(3).dbsize()
    for _ in range(600):
        warming.visits.flush()  # counted under the page's one address, never a new key
        tag = uuid.uuid4().hex
        client.cookies["tracker"] = tag
        response = client.get(MODULE, {f"utm_{tag[:6]}": tag, "ref": tag})
        assert response.status_code == 200
    assert deployment.client(3).dbsize() == keys_before
    assert deployment.client(3).info("memory")["used_memory"] - memory_before < 1_000_000
    # The library's own filters still make their own entries, and serve them.
    assert rendered(client, f"{LIBRARY}?role=rektor&utm_x=1") == (200, True)
    assert rendered(client, f"{LIBRARY}?role=rektor&utm_y=2") == (200, False)
