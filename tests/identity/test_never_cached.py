"""The page cache never stores a login response: not the login pages that offer the
providers, not the start, not the provider's answer, not the way back from logout."""

import pytest

from django.test import Client

from pagecache.generation import page_cache

from .conftest import Browser, path_of, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_on(settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "id"},
    }
    page_cache().clear()
    yield page_cache()
    page_cache().clear()


def stored(cache):
    """The responses kept (the cache also holds fragments of pages, per generation)."""
    return len([key for key in cache._cache if ".cache_page." in key])


def test_no_login_response_is_stored(demo_id, cache_on):
    """Kari (demo-ID) is linked to the ABSOLUTT participant by the demo."""
    assert Client().get("/nb/absolutt/").status_code == 200
    pages = stored(cache_on)
    assert pages == 1  # the cache is on: an anonymous page is kept
    for url in ("/nb/_util/login/", "/da/_util/login/", "/admin/login/"):
        for _visit in range(2):
            page = Client().get(url)
            assert "demo-ID" in page.text
    client = Client()
    started = start(client)
    assert "no-store" in started["Cache-Control"] or "no-cache" in started["Cache-Control"]
    answer = client.get(path_of(Browser().sign_in(started["Location"])))
    assert "no-cache" in answer["Cache-Control"] and "private" in answer["Cache-Control"]
    assert Client().get("/identity/signed-out/?state=x").status_code == 302
    assert stored(cache_on) == pages
