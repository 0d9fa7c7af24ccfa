"""The remembered page cache keys are Django's own, and are forgotten with the generation."""

import pytest

from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.cache import get_cache_key, learn_cache_key
from django.utils.translation import override

from pagecache import cache_keys
from pagecache.cache_keys import KeyMemo, address
from pagecache.generation import page_cache

from .test_page_cache import cache_on  # noqa: F401 (autouse)

PREFIX = "page.1"


def lookup(memo, request, prefix, cache):
    return memo.get(request, address(request), prefix, cache)


def request(path, language="nb", **headers):
    made = RequestFactory().get(path, **headers)
    made.LANGUAGE_CODE = language
    return made


def store(path, vary, language="nb", prefix=PREFIX, **headers):
    """Let Django learn the header list of `path`, as UpdateCacheMiddleware does."""
    response = HttpResponse("page")
    response["Vary"] = vary
    with override(language):
        learn_cache_key(request(path, language, **headers), response, 60, prefix, page_cache())


@pytest.mark.parametrize(
    ("path", "vary", "headers"),
    [
        ("/nb/", "Cookie", {}),
        ("/nb/", "Cookie", {"HTTP_COOKIE": "theme=dark"}),
        ("/nb/verktoy/?role=rektor&format=PDF", "Accept-Language, Cookie", {}),
        (
            "/nb/s%C3%B8k/?q=%C3%A5rshjul",
            "Cookie, Accept-Encoding",
            {"HTTP_ACCEPT_ENCODING": "gzip"},
        ),
    ],
)
def test_the_keys_are_djangos(path, vary, headers):
    store(path, vary, **headers)
    memo = KeyMemo()
    with override("nb"):
        expected = get_cache_key(request(path, **headers), PREFIX, "GET", page_cache())
        for _ in range(2):  # computed, then remembered
            assert lookup(memo, request(path, **headers), PREFIX, page_cache()) == expected
        other_cookie = request(path, **{**headers, "HTTP_COOKIE": "sessionless=1"})
        assert lookup(memo, other_cookie, PREFIX, page_cache()) == get_cache_key(
            other_cookie, PREFIX, "GET", page_cache()
        )


def test_languages_have_their_own_keys():
    for language in ("nb", "da"):
        store("/nb/", "Cookie", language)
    memo = KeyMemo()
    keys = set()
    for language in ("nb", "da"):
        with override(language):
            keys.add(lookup(memo, request("/nb/", language), PREFIX, page_cache()))
    assert len(keys) == 2 and None not in keys


def test_a_page_not_stored_has_no_key_until_it_is():
    memo = KeyMemo()
    assert lookup(memo, request("/nb/"), PREFIX, page_cache()) is None
    store("/nb/", "Cookie")
    assert lookup(memo, request("/nb/"), PREFIX, page_cache()) is not None


def test_a_new_generation_forgets_the_keys():
    store("/nb/", "Cookie", prefix="page.1")
    memo = KeyMemo()
    assert lookup(memo, request("/nb/"), "page.1", page_cache()) is not None
    assert lookup(memo, request("/nb/"), "page.2", page_cache()) is None  # not stored there
    assert memo.keys == {}


def test_the_memo_starts_over_past_its_limit(monkeypatch):
    monkeypatch.setattr(cache_keys, "LIMIT", 4)
    memo = KeyMemo()
    for n in range(6):
        store(f"/nb/?page={n}", "Cookie")
        lookup(memo, request(f"/nb/?page={n}"), PREFIX, page_cache())
        assert len(memo.keys) <= 4 + 2  # one URL adds its header list and its key
