"""The anonymous page cache: Django's cache middleware, per language, purged on change.

Django's two cache middlewares do the work: the key covers the full URL, the active
language and the request headers the response varies on, and responses that set
cookies, are not 200, or say `Cache-Control: private` are never stored. On top:

- Requests with a session cookie (every logged-in visitor) never read or fill the
  cache: their pages are personal (their cohort, their ticked tasks), and private
  pages are served only to them. Deciding by the cookie lets the cache answer
  before sessions, users and the rest of the middleware are loaded.
- Every key carries the cache's generation (pagecache.generation): any change that
  can show on a page starts a new one, on every app server, and a purge that cannot
  be recorded refuses the change or is applied later, never forgotten. Redis down
  means pages are rendered, not an error.
- With Redis, each process keeps copies of the pages it served (pagecache.tiered_cache).
- Bounded: on pages, only the query parameters pages read (declared by the apps with
  `pages_read`) form the key (the others are dropped before the page sees them), and
  on other addresses a query the cache does not know is answered uncached; cookies never
  form the key (a visitor with a session never reaches it), and a response that sets or
  renews any cookie (a form's CSRF token, whatever the visitor sent) is never stored:
  Django's own check stores one when the request carried a cookie.
- Browsers get `max-age=0`: the shared cache is purged on publish, theirs could not be.
- Every page it serves or stores is counted as a visit (pagecache.warming), and says
  which it was in `X-Page-Cache: hit` or `miss`.
"""

import re
from contextvars import ContextVar
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils import translation
from django.utils.cache import cc_delim_re

from security.csp import fresh_nonce

from .cache_keys import address, page_keys
from .generation import request_generation
from .warming import visits

MAX_AGE = re.compile(r"\bmax-age=\d+")
_prefix = ContextVar("page_cache_prefix", default="")  # per thread and request
# Query parameters public pages read; apps declare theirs with `pages_read`.
PAGE_PARAMETERS = set()
LOGIN_PATH = "/_util/login/"  # Wagtail's front-end login, under each language


def pages_read(*names):
    """Declare query parameters that public pages read (and so form their cache key)."""
    PAGE_PARAMETERS.update(names)


def page_path(request):
    """Is this a page (under a language prefix), whose view reads only PAGE_PARAMETERS?"""
    return any(request.path_info.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


def keep_page_parameters(request):
    """Drop the query parameters no page reads, before the key is made and before the
    page sees them: `?utm_source=…` is the same page, in the same cache entry."""
    params = request.GET
    if not params or set(params) <= PAGE_PARAMETERS:
        return
    kept = [
        (name, value)
        for name in sorted(params)
        if name in PAGE_PARAMETERS
        for value in params.getlist(name)
    ]
    request.META["QUERY_STRING"] = urlencode(kept)
    request.GET = QueryDict(request.META["QUERY_STRING"])


def cacheable(request):
    """May this anonymous request use the page cache? Pages always (their stray
    parameters dropped); other addresses (API, feeds, sitemap) only without a query.
    The participants' login is never stored (it hands out a CSRF token) and reads its
    own parameter (`next`: where to go after logging in), so it is left alone."""
    if request.method not in ("GET", "HEAD") or has_session(request):
        return False
    if request.path_info.endswith(LOGIN_PATH):
        return False
    if page_path(request):
        keep_page_parameters(request)
        return True
    return not request.META.get("QUERY_STRING")


def for_browsers(response):
    """Browsers revalidate each time: only the shared cache knows when a page changes.
    (Django stored the page with its own max-age; this runs on every cached answer.)"""
    if "Expires" in response.headers:
        del response.headers["Expires"]
    response.headers["Cache-Control"] = MAX_AGE.sub("max-age=0", response["Cache-Control"])
    return response


class GenerationKeyMixin:
    """Django's middlewares read `self.key_prefix`; here it names this request's
    generation (a context variable, so threads and requests never share it)."""

    @property
    def key_prefix(self):
        return _prefix.get()

    @key_prefix.setter
    def key_prefix(self, value):
        """Django's __init__ sets the static prefix; the generation is added per request."""


def has_session(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class FetchPageMiddleware(GenerationKeyMixin, FetchFromCacheMiddleware):
    """Serve an anonymous visitor's page from the cache. Goes early, right after static
    files, so a cached page costs little more than a static file."""

    def process_request(self, request):
        current = request_generation() if cacheable(request) else None
        if current is None:
            request._cache_update_cache = False
            return None
        # The key holds the language; choose it as LocaleMiddleware will (by the path).
        request.LANGUAGE_CODE = translation.get_language_from_request(request, check_path=True)
        translation.activate(request.LANGUAGE_CODE)
        _prefix.set(f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}.{current}")
        # Django's lookup with its keys remembered (pagecache.cache_keys), less its Age
        # header: browsers get max-age=0 and revalidate, so the age of the copy
        # tells them nothing (and cost a tenth).
        cache = self.cache  # Django looks it up on each use
        url = address(request)
        key = page_keys.get(request, url, self.key_prefix, cache)
        response = cache.get(key) if key is not None else None
        request._cache_update_cache = response is None
        if response is None:
            return None
        visits.note(request, url)
        response["X-Page-Cache"] = "hit"  # what a replay counts (bench/replay.py)
        return fresh_nonce(for_browsers(response))


class UpdatePageMiddleware(GenerationKeyMixin, UpdateCacheMiddleware):
    """Store an anonymous visitor's page. Goes first, so it sees the final response."""

    def _should_update_cache(self, request, response):
        user = getattr(request, "user", None)
        if has_session(request) or (user is not None and user.is_authenticated):
            return False
        if response.cookies:  # a CSRF token, a message, a language: this visitor's own
            return False
        return super()._should_update_cache(request, response)

    def process_response(self, request, response):
        had_expiry = response.has_header("Expires")
        vary = response.get("Vary")
        if vary:  # the key never holds cookies: none reach a cached page but the session's
            kept = [h for h in cc_delim_re.split(vary) if h.strip().lower() != "cookie"]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        response = super().process_response(request, response)
        if vary:
            response["Vary"] = vary
        stored = not had_expiry and response.has_header("Expires")  # Django cached it
        if not stored:
            return response
        visits.note(request, address(request))
        response["X-Page-Cache"] = "miss"  # rendered now, stored for the next visitor
        return for_browsers(response)
