"""After a purge, the pages anonymous visitors ask for most are rendered again in the
background, before those visitors come back for them.

A purge starts a new generation, so every page is cold for its next visitor. Which
pages are asked for most is counted where the page cache answers or stores a page
(never a private page, a search or a page that set a cookie: those are never stored),
per process, and added to a sorted set in the page cache's Redis every few seconds.
Counts halve every ten minutes, so "most visited" means lately.

Once a purge is committed, and before the other processes hear of its generation, the
purging process renders the pages just published (at the addresses visitors used),
through the site's own middleware as an anonymous visitor: the page cache stores each
one under the new generation, so under load the changed page is never cold. Then a job
on the `warm` queue (`manage.py rqworker warm default mail`) renders the most visited
pages the same way. Within a burst of publishes (an editor publishing page after page)
the job first waits until the generation has lasted a moment, so the burst is warmed
once, after it, not once per publish.

The promise is untouched: pages are rendered from committed content under the new
generation, and rendering stops as soon as a newer purge starts another (which warms
again). Best effort: without Redis, without a worker or with the queue down, pages are
rendered by their first visitor, as before.
"""

import contextvars
import logging
import sys
import threading
import time
from collections import Counter
from io import BytesIO
from urllib.parse import unquote_to_bytes, urlsplit

import django_rq
import redis

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.db import transaction

from .generation import generation, key, page_cache, shared_redis

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 5.0  # how often a process adds its counts to Redis
FLUSH_COUNTS = 5_000  # or sooner, when this many addresses wait (a flood of queries)
KEPT = 1_000  # addresses kept in the sorted set: the most visited
RESUME_SECONDS = 60  # after Redis failed to take the counts, count nothing this long
HALF_LIFE = 600  # seconds: what was asked for an hour ago counts a sixty-fourth
CALM_SECONDS = 5.0  # a purge this soon after the last warming is part of a burst,
SETTLE_SECONDS = 1.5  # which is warmed once it has settled
WARMING = "samling.warming"  # marks the job's own requests, which are not visits
FIRST = 3  # the purge renders this many of the changed pages itself (the worker the rest)
_published = threading.local()


def visits_key():
    return key("visits")


class Visits:
    """This process's visit counts since they were last added to Redis."""

    def __init__(self):
        self.counts, self.flushed_at = Counter(), time.monotonic()
        self.lock = threading.Lock()
        self.resume_at = 0.0  # after Redis failed to take the counts: none until then

    def note(self, request, address):
        """One visit to `address` (pagecache.cache_keys.address): on the way of every
        cached page, so it only counts; the addresses are written out when flushed."""
        if not settings.PAGE_CACHE_WARM or WARMING in request.META:
            return
        if self.resume_at and time.monotonic() < self.resume_at:
            return  # a stalled Redis costs one request a timeout, not one every flush
        with self.lock:
            self.counts[address] += 1
            due = time.monotonic() - self.flushed_at >= FLUSH_SECONDS
            if not due and len(self.counts) < FLUSH_COUNTS:
                return
            counts, self.counts, self.flushed_at = self.counts, Counter(), time.monotonic()
        self.flush(counts)

    def flush(self, counts=None):
        """Add the counts to Redis, keeping the KEPT most visited addresses."""
        if counts is None:
            with self.lock:
                counts, self.counts = self.counts, Counter()
        client = shared_redis(page_cache())
        if client is None or not counts:
            return
        try:
            halve(client)
            pipe = client.pipeline(transaction=False)
            for (scheme, host, path), count in counts.items():
                pipe.zincrby(visits_key(), count, f"{scheme}://{host}{path}")
            pipe.zremrangebyrank(visits_key(), 0, -KEPT - 1)
            pipe.execute()
        except redis.RedisError:
            logger.warning("page visits not counted: Redis does not answer", exc_info=True)
            self.resume_at = time.monotonic() + RESUME_SECONDS


visits = Visits()


def halve(client):
    """Halve the counts once a HALF_LIFE, by whichever process flushes first after it
    (the mark that says it was done expires with the period)."""
    new_period = client.set(key("visits-halved"), 1, nx=True, ex=HALF_LIFE)
    if new_period and client.exists(visits_key()):
        client.zunionstore(visits_key(), {visits_key(): 0.5})


def most_visited(client, count):
    return [url.decode() for url in client.zrevrange(visits_key(), 0, count - 1)]


def note_published(sender, instance, **kwargs):
    """Receiver of `page_published` (connected before the purge's): the page's path,
    rendered first by the purge, once committed (a publish rolled back names none).
    Only where a purge in Redis will take them (without it, none ever would)."""
    if not settings.PAGE_CACHE_WARM or shared_redis(page_cache()) is None:
        return
    parts = instance.get_url_parts()
    if parts is not None:  # the set is looked up on commit: a purge before may replace it
        transaction.on_commit(lambda: published_paths().add(parts[2]))


def published_paths():
    """Paths published and committed in this thread since its last purge."""
    if not hasattr(_published, "paths"):
        _published.paths = set()
    return _published.paths


def schedule(sender, value, **kwargs):
    """Receiver of `generation.purged`, before `value` is announced: render the pages
    just published here (at the addresses visitors asked for them), so that no other
    process finds them cold; the worker renders the most visited."""
    paths, _published.paths = published_paths(), set()
    client = shared_redis(page_cache())
    if not settings.PAGE_CACHE_WARM or client is None:
        return
    changed = [url for url in most_visited(client, KEPT) if urlsplit(url).path in paths]
    render_while(value, client, changed[:FIRST])
    try:  # never started later than a few seconds: by then visitors have rendered them
        queue = django_rq.get_queue("warm", commit_mode="auto")  # committed already
        queue.enqueue(warm, value, changed[:FIRST], ttl=30, result_ttl=0, failure_ttl=3600)
    except redis.RedisError:
        logger.warning("pages not warmed after a purge: the queue does not answer", exc_info=True)


def warm(value, rendered=()):
    """Render the most visited pages while `value` is the current generation, but those
    the purge `rendered`; returns how many were stored."""
    client = shared_redis(page_cache())
    if client is None or not heard_of(value):
        return 0
    if in_a_burst(client):
        settle()
    addresses = most_visited(client, settings.PAGE_CACHE_WARM)
    return render_while(value, client, [url for url in addresses if url not in rendered])


def render_while(value, client, addresses):
    """Render `addresses` while `value` is the current generation (a newer purge warms
    again); how many were stored. An address that no longer answers 200 is forgotten."""
    warmed = 0
    for url in addresses:
        if generation() != value:
            break
        status = render_anonymously(url)
        if status == 200:
            warmed += 1
        else:
            client.zrem(visits_key(), url)
    return warmed


def in_a_burst(client):
    """Did another warming start moments ago? (Every process agrees: the time is in Redis.)"""
    now = time.time()
    previous = client.getset(key("warmed-at"), now)
    return previous is not None and now - float(previous) < CALM_SECONDS


def settle():
    """Wait a moment before warming: rendering for a generation about to end is wasted."""
    time.sleep(SETTLE_SECONDS)


def heard_of(value, seconds=1.0):
    """Is `value` this process's current generation? The purge's announcement may reach
    the worker after the job does (the queue may live on another Redis): wait briefly."""
    deadline = time.monotonic() + seconds
    while (current := generation()) is not None and current < value:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return current == value


_handler = []


def handler():
    """The site's request handler, middleware and all (built once per worker)."""
    if not _handler:
        _handler.append(WSGIHandler())
    return _handler[0]


def render_anonymously(url):
    """GET `url` through the site's middleware as an anonymous visitor; the status."""
    parts = urlsplit(url)
    environ = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        # WSGI passes the path's bytes as latin-1 characters, as a server would.
        "PATH_INFO": unquote_to_bytes(parts.path).decode("latin-1"),
        "QUERY_STRING": parts.query,
        "HTTP_HOST": parts.netloc,
        "SERVER_NAME": parts.hostname or "",
        "SERVER_PORT": str(parts.port or (443 if parts.scheme == "https" else 80)),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": parts.scheme,
        "wsgi.input": BytesIO(),
        "wsgi.errors": sys.stderr,
        WARMING: True,
    }
    if parts.scheme == "https" and settings.SECURE_PROXY_SSL_HEADER:
        header, value = settings.SECURE_PROXY_SSL_HEADER
        environ[header] = value  # as the proxy in front says of its visitors
    # Not the whole WSGI call: its request_finished signal would close the job's
    # database connection (and a test's), which a page's response needs no longer.
    # In a copy of the context: an editor's request that purged keeps its language.
    response = contextvars.copy_context().run(handler().get_response, WSGIRequest(environ))
    return response.status_code
