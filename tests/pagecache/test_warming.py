"""After a publish, the pages visitors ask for most are rendered again before they come
back (pagecache.warming), and never in their old version."""

import time

import pytest

from django.test import Client

from wagtail.models import Page, PageViewRestriction

from pagecache import generation, warming
from programme.pages import ModulePage
from tests.ports import unused_port

pytestmark = pytest.mark.django_db

MODULE = "/nb/absolutt/hvor-er-vi/"
LIBRARY = "/nb/verktoy/"
PROGRAMME = "/nb/absolutt/"


@pytest.fixture
def warm_two(settings, deployment, monkeypatch):
    """The page cache on the test's Redis, warming the two most visited pages as soon
    as a purge is committed."""
    settings.PAGE_CACHE_WARM = 2
    monkeypatch.setattr(warming, "settle", lambda: None)
    warming.visits.counts.clear()  # earlier tests' visits are not this test's
    return deployment


def visit(client, url, times=1):
    answers = [client.get(url) for _ in range(times)]
    assert {answer.status_code for answer in answers} == {200}
    return answers[-1]


def publish_module(django_capture_on_commit_callbacks, introduction):
    module = ModulePage.objects.get(url_path__endswith=MODULE.removeprefix("/nb"))
    module.introduction = introduction
    with django_capture_on_commit_callbacks(execute=True):  # the worker runs the job here
        module.save_revision().publish()


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response["X-Page-Cache"], response.content.decode()


def test_the_most_visited_pages_are_rendered_again_after_a_publish(
    warm_two, django_capture_on_commit_callbacks
):
    anonymous = Client()
    visit(anonymous, MODULE, times=3)
    visit(anonymous, LIBRARY, times=2)
    visit(anonymous, PROGRAMME)
    warming.visits.flush()
    urls = warming.most_visited(redis_client(), 3)
    assert urls == [f"http://testserver{path}" for path in (MODULE, LIBRARY, PROGRAMME)]
    programme = Page.objects.get(
        url_path__endswith=PROGRAMME.removeprefix("/nb"), locale__language_code="nb"
    )
    programme.specific.save_revision().publish()  # never committed, as if rolled back
    publish_module(django_capture_on_commit_callbacks, "Ny innledning etter publisering.")
    # The two most visited come from the cache, in their new version; the third is cold
    # (its publish was never committed).
    state, text = served(anonymous, MODULE)
    assert state == "hit" and "Ny innledning etter publisering." in text
    assert served(anonymous, LIBRARY)[0] == "hit"
    assert served(anonymous, PROGRAMME)[0] == "miss"


def redis_client():
    return generation.shared_redis(generation.page_cache())


def purged_elsewhere():
    """A purge by another process, once this one has heard of it (Redis tells
    subscribers a moment after it answers the purge)."""
    value = generation.new_generation(redis_client())
    while generation.generation() != value:
        time.sleep(0.01)
    return value


def test_visits_count_half_after_ten_minutes(warm_two):
    anonymous = Client()
    visit(anonymous, MODULE, times=4)
    warming.visits.flush()
    client = redis_client()
    assert client.zscore(warming.visits_key(), f"http://testserver{MODULE}") == 4
    assert 0 < client.ttl(generation.key("visits-halved")) <= 600
    client.delete(generation.key("visits-halved"))  # as ten minutes later
    visit(anonymous, LIBRARY)
    warming.visits.flush()
    assert client.zscore(warming.visits_key(), f"http://testserver{MODULE}") == 2
    assert client.zscore(warming.visits_key(), f"http://testserver{LIBRARY}") == 1


def test_a_newer_purge_stops_the_older_warming(warm_two):
    anonymous = Client()
    visit(anonymous, MODULE, times=2)
    warming.visits.flush()
    older = purged_elsewhere()  # purges whose jobs wait in the queue
    newer = purged_elsewhere()
    assert warming.warm(older) == 0
    assert served(anonymous, MODULE)[0] == "miss"  # nothing was stored for `newer`
    newest = purged_elsewhere()
    assert warming.warm(newer) == 0 and warming.warm(newest) == 1
    assert served(anonymous, MODULE)[0] == "hit"


def test_a_burst_of_publishes_is_warmed_once_after_it(warm_two, monkeypatch):
    anonymous = Client()
    visit(anonymous, MODULE, times=2)
    warming.visits.flush()
    redis_client().set(generation.key("warmed-at"), time.time())  # a publish moments ago
    first = purged_elsewhere()
    # The next publish of the burst comes while this job waits for it to settle.
    monkeypatch.setattr(warming, "settle", purged_elsewhere)
    assert warming.warm(first) == 0
    assert served(anonymous, MODULE)[0] == "miss"


def test_what_is_never_stored_is_never_counted_nor_warmed(warm_two):
    anonymous = Client()
    module = Page.objects.get(url_path__endswith=MODULE.removeprefix("/nb"))
    PageViewRestriction.objects.create(page=module, restriction_type="login")
    generation.purge()
    assert anonymous.get(MODULE).status_code == 302  # to the login
    assert anonymous.get("/nb/sok/", {"q": "ledelse"}).status_code == 200  # each one counted
    warming.visits.flush()
    assert warming.most_visited(redis_client(), 10) == []


def test_an_address_that_stopped_answering_is_forgotten(warm_two):
    anonymous = Client()
    visit(anonymous, LIBRARY, times=2)
    warming.visits.flush()
    client = redis_client()
    client.zincrby(warming.visits_key(), 5, "http://testserver/nb/finnes-ikke/")
    assert warming.warm(purged_elsewhere()) == 1
    assert warming.most_visited(client, 10) == [f"http://testserver{LIBRARY}"]


def test_a_redis_that_will_not_take_the_counts_stalls_one_request_not_every_flush(warm_two):
    anonymous = Client()
    visit(anonymous, MODULE)
    warm_two.client().execute_command("CLIENT", "PAUSE", "60000", "WRITE")
    try:
        warming.visits.counts[("http", "testserver", MODULE)] += 1  # whatever was flushed
        warming.visits.flush()  # waits for the socket's timeout (1 s), then gives up
        assert warming.visits.resume_at > time.monotonic()
        started = time.monotonic()
        visit(anonymous, MODULE, times=3)  # served from this process's copy, not counted
        assert time.monotonic() - started < 0.5 and not warming.visits.counts
    finally:
        warm_two.client().execute_command("CLIENT", "UNPAUSE")
        warming.visits.resume_at = 0.0


def test_the_published_page_is_stored_before_other_processes_hear_of_it(
    warm_two, monkeypatch, django_capture_on_commit_callbacks
):
    anonymous = Client()
    visit(anonymous, LIBRARY, times=3)
    visit(anonymous, PROGRAMME, times=2)
    visit(anonymous, MODULE)
    warming.visits.flush()
    before = int(redis_client().get(generation.key("generation")))
    announce, at_announcement = generation.announce_generation, []

    def announcing(client, value):
        generation.page_cache().local.clear()  # as in a process that kept no copies
        at_announcement.append(served(anonymous, MODULE))
        announce(client, value)

    monkeypatch.setattr(generation, "announce_generation", announcing)
    publish_module(django_capture_on_commit_callbacks, "Publisert før kunngjøringen.")
    ((state, text),) = at_announcement  # one new generation, inside the transaction none
    assert state == "hit" and "Publisert før kunngjøringen." in text
    assert int(redis_client().get(generation.key("generation"))) == before + 1
    assert served(anonymous, LIBRARY)[0] == "hit"  # the worker's
    assert served(anonymous, PROGRAMME)[0] == "hit"


def test_a_queue_that_does_not_answer_costs_the_publish_nothing(
    warm_two, settings, django_capture_on_commit_callbacks
):
    settings.RQ_QUEUES = {
        **settings.RQ_QUEUES,
        "warm": {"URL": f"redis://127.0.0.1:{unused_port()}/0", "ASYNC": False},
    }
    anonymous = Client()
    visit(anonymous, MODULE, times=2)
    visit(anonymous, PROGRAMME)
    warming.visits.flush()
    publish_module(django_capture_on_commit_callbacks, "Publisert uten kø.")
    state, text = served(anonymous, MODULE)  # rendered by the purge itself, as ever
    assert state == "hit" and "Publisert uten kø." in text
    assert served(anonymous, PROGRAMME)[0] == "miss"  # the worker's part is not done
