"""The page cache's generation: every kept page and value carries it, and a change
that can show on a public page starts a new one.

The promise: once a change is saved, no app server serves the old version of a page on
the next request. How it holds under faults:

- The generation lives in Redis (one counter per deployment, named with its prefix),
  and each process hears of new ones on a Redis channel (also prefixed), so a cached
  page costs no round trip.
- A change asks Redis twice: inside its transaction whether it takes a write, so that
  a Redis that is up but will not (paused, out of memory, read-only, too slow) refuses
  the change with a clear "try again" rather than leave old pages served (`PurgeFailed`);
  and once committed it starts the new generation, so that nothing rendered from the
  old content stays. (One generation per change: one started inside the transaction
  as well made every page cold twice, and pages rendered between it and the commit
  held the old content anyway.)
- Before the new generation is announced, the purging process renders the pages just
  published under it (`purged`, pagecache.warming): the other processes find them in
  Redis when they hear of it. The change's own request is not finished until then, so
  the promise is unchanged.
- A purge that cannot reach Redis at all (down) is written to the database with the
  change (`MissedPurge`). No process serves from a Redis it cannot reach; when they
  reach it again, one of them starts a single new generation for everything missed,
  instead of every process starting its own. Processes that stay connected look for
  missed purges once a second as well.
- Without Redis (development, tests) the generation lives in the process's own cache.
"""

import contextlib
import logging
import os
import threading
import time
from contextvars import ContextVar

import redis
from django_redis import get_redis_connection

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.dispatch import Signal

from base.failures import PurgeFailed

from .tiered_cache import TieredCache

RETRY_SECONDS = 5  # after Redis did not answer, render without it this long
POLL_SECONDS = 1.0  # how often a connected process looks for missed purges
logger = logging.getLogger(__name__)
# Sent with the new generation (`value`) once a committed change has started it in
# Redis, before the other processes hear of it (pagecache.warming renders the pages
# just published under it, and queues the most visited).
purged = Signal()


def key(name):
    """A Redis key or channel of this deployment's page cache."""
    return f"{settings.CACHE_PREFIX}:page-cache:{name}"


def page_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def shared_redis(cache):
    """The Redis client behind the page cache, or None in local memory (development)."""
    if isinstance(cache, TieredCache):
        return get_redis_connection(cache.shared_alias)
    return None


def latest_missed_purge():
    from .models import MissedPurge

    return MissedPurge.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def apply_missed_purges(client, latest):
    """Start one new generation for missed purges up to `latest`, unless another
    process already has (GETSET: only the first to raise the mark purges)."""
    if not latest:
        return
    applied = client.getset(key("missed-applied"), latest)
    if applied is None or int(applied) < latest:
        new_generation(client)


class RedisGeneration:
    """This process's view of the generation kept in Redis: read once, then told of
    each purge through pub/sub. Reading the subscription is a look at a socket, no
    round trip, so a cached page costs nothing but the copy in memory."""

    def __init__(self, client, copies):
        self.client = client
        self.copies = copies  # this process's copies of the pages
        self.pubsub = None
        self.subscribed = False  # the first confirmation of our subscription has come
        self.value = None
        self.retry_at = 0.0
        self.missed, self.polled_at = 0, 0.0

    def current(self):
        if time.monotonic() < self.retry_at:
            return None
        connecting = self.pubsub is None
        try:
            if connecting:
                self.pubsub = self.client.pubsub()
                self.pubsub.subscribe(key("purges"))  # before reading: no purge falls between
            # A look at the socket first: get_message() costs more, and mostly finds none.
            while self.pubsub.connection.can_read(timeout=0):
                if (message := self.pubsub.get_message(timeout=0)) is not None:
                    self.receive(message)
            self.poll_missed_purges(force=self.value is None)
            if self.value is None:
                self.value = int(self.client.get(key("generation")) or new_generation(self.client))
            return self.value
        except (redis.RedisError, ValueError, DatabaseError):
            logger.warning("page cache off: Redis does not answer", exc_info=True)
            self.reset()
            if connecting:  # Redis is down: render rather than wait for it each time
                self.retry_at = time.monotonic() + RETRY_SECONDS
            return None

    def poll_missed_purges(self, force=False):
        now = time.monotonic()
        if not force and now - self.polled_at < POLL_SECONDS:
            return
        self.polled_at = now
        latest = latest_missed_purge()
        if latest > self.missed:
            apply_missed_purges(self.client, latest)
            self.missed, self.value = latest, None
            self.copies.clear()

    def reset(self):
        if self.pubsub is not None:
            with contextlib.suppress(redis.RedisError):
                self.pubsub.close()
        self.pubsub, self.value, self.subscribed = None, None, False
        self.copies.clear()

    def receive(self, message):
        if message["type"] == "message":
            self.value = max(self.value or 0, int(message["data"]))
            self.copies.clear()  # all unreachable now; free the memory
        elif message["type"] == "subscribe" and not self.subscribed:
            self.subscribed = True  # confirms the subscription made before reading
        elif message["type"] == "subscribe":
            # Resubscribed by redis-py after a lost connection: purges may have gone
            # by unheard; read the generation again (missed ones are in the database
            # and applied once, by whichever process gets there first).
            self.value = None
            self.copies.clear()


def new_generation(client, announce=True):
    """Generations only grow: INCR from a clock reading, even if the key was evicted.
    Announced to every process at once unless `announce` is False."""
    pipe = client.pipeline()
    pipe.set(key("generation"), time.time_ns(), nx=True)
    pipe.incr(key("generation"))
    value = pipe.execute()[1]
    if announce:
        announce_generation(client, value)
    return value


def announce_generation(client, value):
    client.publish(key("purges"), value)


_watchers = {}  # one per process: a forked worker builds its own
_watchers_lock = threading.Lock()  # a subscription is not thread-safe


def generation():
    """The current generation, or None when the cache cannot be used right now."""
    with _watchers_lock:  # found before the cache is looked up: a tenth of a cached page
        watcher = _watchers.get(os.getpid()) or new_watcher()
        if watcher is not None:
            return watcher.current()
    return local_generation(page_cache())


NOT_READ = object()
# This request's generation, read once: a page's parts all come from one generation.
_request_generation = ContextVar("page_cache_request_generation", default=None)


def request_generation():
    """The generation for the current request, read once per request (by
    `OncePerRequestMiddleware`); outside a request, read each time."""
    memo = _request_generation.get()
    if memo is None:
        return generation()
    if memo[0] is NOT_READ:
        memo[0] = generation()
    return memo[0]


class OncePerRequestMiddleware:
    """Scopes `request_generation` to one request (first in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set([NOT_READ])
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def new_watcher():
    """This process's watcher of the generation kept in Redis (None without Redis)."""
    cache = page_cache()
    if not isinstance(cache, TieredCache):
        return None
    watcher = _watchers[os.getpid()] = RedisGeneration(shared_redis(cache), cache.local)
    return watcher


def local_generation(cache):
    """The generation kept in a cache of one process (development, tests)."""
    value = cache.get(key("generation"))
    if value is None:  # a new one if the key was evicted (never an old one)
        value = time.time_ns()
        cache.add(key("generation"), value, timeout=None)
        value = cache.get(key("generation"), value)
    return value


def forget_watchers():
    """The next request subscribes to the Redis the settings name now."""
    with _watchers_lock:
        for watcher in _watchers.values():
            watcher.reset()
        _watchers.clear()


def record_missed_purge():
    from .models import MissedPurge

    MissedPurge.objects.create()
    for watcher in _watchers.values():  # this process looks at once; the others within
        watcher.polled_at = 0.0  # POLL_SECONDS


def purge(refuse=False):
    """Start a new generation: every cached page is stale from the next request on.
    With `refuse` (inside the change's transaction: not saved yet) only make sure Redis
    takes a write, raising PurgeFailed if it will not; the committed change purges.
    Redis down: the purge is recorded in the database and applied when it is back."""
    cache = page_cache()
    client = shared_redis(cache)
    if client is None:
        cache.set(key("generation"), time.time_ns(), timeout=None)
        return
    try:
        if refuse:
            client.set(key("takes-writes"), time.time_ns())
            return
        value = new_generation(client, announce=False)
        heard_here(value)
        render_first(value)
        announce_generation(client, value)
    except redis.ConnectionError:
        logger.warning("page cache purge recorded for later: Redis is down")
        record_missed_purge()
    except redis.RedisError as error:
        if refuse:
            raise PurgeFailed("the page cache cannot record this change") from error
        logger.exception("page cache purge failed; recorded for the next poll")
        record_missed_purge()


def render_first(value):
    """The receivers of `purged` store pages under `value` before it is announced; one
    that fails is logged, and the purge goes on."""
    for receiver, result in purged.send_robust(sender=None, value=value):
        if isinstance(result, Exception):
            logger.error("after a purge, %s failed", receiver, exc_info=result)


def heard_here(value):
    """The process that purged serves the new generation from its next request on, not
    once Redis's announcement reaches it (a moment later, longer on a busy machine)."""
    with _watchers_lock:
        watcher = _watchers.get(os.getpid())
        if watcher is not None and watcher.value is not None:  # else read on next use
            watcher.receive({"type": "message", "data": value})  # as the channel would


def purge_on_commit(*args, **kwargs):
    """Signal receiver for a change that can show on a public page: inside the change's
    transaction, refuse it when Redis will not take the purge; once it is committed
    and visible to readers, purge. (Outside a transaction the change is already saved:
    the purge runs at once, recorded for later if it fails.)"""
    if transaction.get_connection().in_atomic_block:
        purge(refuse=True)
    transaction.on_commit(purge)
