"""The anonymous page cache: Django's cache middleware, per language, purged on change.

Django's two cache middlewares do the work: the key covers the full URL, the active
language and the request headers the response varies on, and responses that set
cookies, are not 200, or say `Cache-Control: private` are never stored. On top:

- Requests with a session cookie (every logged-in visitor) never read or fill the
  cache: their pages are personal (their cohort, their ticked tasks), and private
  pages are served only to them. Deciding by the cookie lets the cache answer
  before sessions, users and the rest of the middleware are loaded.
- Every key carries the cache's generation. Any change that can show on a page
  (publish, unpublish, move, delete, privacy, documents, taxonomy terms) starts a
  new generation once its transaction commits, so the next request renders afresh
  on every app server sharing the cache (Redis). A response rendered from old
  content before the change is stored under the old generation, which nobody reads.
- With Redis, each process keeps copies of the pages it served (pagecache.tiered_cache)
  and hears of new generations through a Redis channel, so a cached page costs no
  round trip; losing the channel starts a new generation, and Redis down means pages
  are rendered, not an error.
- Browsers get `max-age=0`: the shared cache is purged on publish, theirs could not be.
"""

import logging
import os
import re
import threading
import time
from contextvars import ContextVar

import redis
from django_redis import get_redis_connection

from django.conf import settings
from django.core.cache import caches
from django.core.signals import setting_changed
from django.db import transaction
from django.dispatch import receiver
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils import translation

from security.csp import fresh_nonce

from .cache_keys import page_keys
from .tiered_cache import TieredCache

GENERATION_KEY = "samling-page-cache-generation"
PURGES = "samling-page-cache-purges"  # the Redis channel that tells every process
RETRY_SECONDS = 5
MAX_AGE = re.compile(r"\bmax-age=\d+")
_prefix = ContextVar("page_cache_prefix", default="")  # per thread and request
logger = logging.getLogger(__name__)


def page_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def shared_redis(cache):
    """The Redis client behind the page cache, or None in local memory (development)."""
    if isinstance(cache, TieredCache):
        return get_redis_connection(cache.shared_alias)
    return None


class RedisGeneration:
    """This process's view of the generation kept in Redis: read once, then told of
    each purge through pub/sub. Reading the subscription is a look at a socket, no
    round trip, so a cached page costs nothing but the copy in memory."""

    def __init__(self, client, copies):
        self.client = client
        self.copies = copies  # this process's copies of the pages
        self.pubsub = None
        self.value = None
        self.subscriptions = 0
        self.retry_at = 0.0

    def current(self):
        if time.monotonic() < self.retry_at:
            return None
        connecting = self.pubsub is None
        try:
            if connecting:
                self.pubsub = self.client.pubsub()
                self.pubsub.subscribe(PURGES)  # before reading: no purge falls between
            # A look at the socket first: get_message() costs more, and mostly finds none.
            while self.pubsub.connection.can_read(timeout=0):
                if (message := self.pubsub.get_message(timeout=0)) is not None:
                    self.receive(message)
            if self.value is None:
                self.value = int(self.client.get(GENERATION_KEY) or new_generation(self.client))
            return self.value
        except (redis.RedisError, ValueError):
            logger.warning("page cache off: Redis does not answer", exc_info=True)
            self.reset()
            if connecting:  # Redis is down: render rather than wait for it each time
                self.retry_at = time.monotonic() + RETRY_SECONDS
            return None

    def reset(self):
        if self.pubsub is not None:
            self.pubsub.close()
        self.pubsub, self.value = None, None
        self.copies.clear()

    def receive(self, message):
        if message["type"] == "message":
            self.value = max(self.value or 0, int(message["data"]))
            self.copies.clear()  # all unreachable now; free the memory
        elif message["type"] == "subscribe":
            # (Re)subscribed, perhaps by redis-py after a lost connection: purges may
            # have gone by unheard, or failed, so start a new generation.
            self.subscriptions += 1
            if self.subscriptions > 1:
                new_generation(self.client)
            self.value = None
            self.copies.clear()


def new_generation(client):
    """Generations only grow: INCR from a clock reading, even if the key was evicted."""
    pipe = client.pipeline()
    pipe.set(GENERATION_KEY, time.time_ns(), nx=True)
    pipe.incr(GENERATION_KEY)
    value = pipe.execute()[1]
    client.publish(PURGES, value)
    return value


_watchers = {}  # one per process: a forked worker builds its own
_watchers_lock = threading.Lock()  # a subscription is not thread-safe


def generation():
    """The current generation, or None when the cache cannot be used right now."""
    with _watchers_lock:  # found before the cache is looked up: a tenth of a cached page
        watcher = _watchers.get(os.getpid()) or new_watcher()
        if watcher is not None:
            return watcher.current()
    return local_generation(page_cache())


def new_watcher():
    """This process's watcher of the generation kept in Redis (None without Redis)."""
    cache = page_cache()
    if not isinstance(cache, TieredCache):
        return None
    watcher = _watchers[os.getpid()] = RedisGeneration(shared_redis(cache), cache.local)
    return watcher


def local_generation(cache):
    """The generation kept in a cache of one process (development, tests)."""
    value = cache.get(GENERATION_KEY)
    if value is None:  # a new one if the key was evicted (never an old one)
        value = time.time_ns()
        cache.add(GENERATION_KEY, value, timeout=None)
        value = cache.get(GENERATION_KEY, value)
    return value


@receiver(setting_changed)
def forget_watchers(setting, **kwargs):
    """Tests change CACHES: the next request subscribes to the new Redis."""
    if setting == "CACHES":
        with _watchers_lock:
            for watcher in _watchers.values():
                watcher.reset()
            _watchers.clear()


def purge():
    """Start a new generation: every cached page is stale from the next request on."""
    cache = page_cache()
    client = shared_redis(cache)
    if client is None:
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
        return
    try:
        new_generation(client)
    except redis.RedisError:  # the change is saved; the pages follow when Redis is back
        logger.exception("page cache purge failed")


def purge_on_commit(*args, **kwargs):
    """Signal receiver: purge once the change is committed (and visible to readers)."""
    transaction.on_commit(purge)


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
        current = None if has_session(request) else generation()
        if current is None or request.method not in ("GET", "HEAD"):
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
        key = page_keys.get(request, self.key_prefix, cache)
        response = cache.get(key) if key is not None else None
        request._cache_update_cache = response is None
        return fresh_nonce(for_browsers(response)) if response is not None else None


class UpdatePageMiddleware(GenerationKeyMixin, UpdateCacheMiddleware):
    """Store an anonymous visitor's page. Goes first, so it sees the final response."""

    def _should_update_cache(self, request, response):
        user = getattr(request, "user", None)
        if has_session(request) or (user is not None and user.is_authenticated):
            return False
        return super()._should_update_cache(request, response)

    def process_response(self, request, response):
        had_expiry = response.has_header("Expires")
        response = super().process_response(request, response)
        stored = not had_expiry and response.has_header("Expires")  # Django cached it
        return for_browsers(response) if stored else response
