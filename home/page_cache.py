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
- Browsers get `max-age=0`: the shared cache is purged on publish, theirs could not be.
"""

import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control

GENERATION_KEY = "samling-page-cache-generation"
_prefix = ContextVar("page_cache_prefix", default="")  # per thread and request


def page_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def generation():
    """The current generation; a new one if the key was evicted (never an old one)."""
    value = page_cache().get(GENERATION_KEY)
    if value is None:
        value = time.time_ns()
        page_cache().add(GENERATION_KEY, value, timeout=None)
        value = page_cache().get(GENERATION_KEY, value)
    return value


def purge():
    """Start a new generation: every cached page is stale from the next request on."""
    page_cache().set(GENERATION_KEY, time.time_ns(), timeout=None)


def purge_on_commit(*args, **kwargs):
    """Signal receiver: purge once the change is committed (and visible to readers)."""
    transaction.on_commit(purge)


def for_browsers(response):
    """Browsers revalidate each time: only the shared cache knows when a page changes."""
    if response.has_header("Expires"):
        del response["Expires"]
    patch_cache_control(response, max_age=0)
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
        if has_session(request):
            request._cache_update_cache = False
            return None
        # The key holds the language; choose it as LanguageMiddleware will (by the path).
        translation.activate(translation.get_language_from_request(request, check_path=True))
        _prefix.set(f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}.{generation()}")
        response = super().process_request(request)
        return for_browsers(response) if response is not None else None


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


def connect():
    """Purge on every change that can show on a public page."""
    from django.db.models.signals import post_delete, post_save

    from wagtail.documents import get_document_model
    from wagtail.models import CollectionViewRestriction, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from programme.snippets import AudienceRole, Theme

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_on_commit, dispatch_uid=f"samling-page-cache-{signal}")
    changed = (
        get_document_model(),
        PageViewRestriction,
        CollectionViewRestriction,
        Site,
        AudienceRole,
        Theme,
    )
    for model in changed:
        for signal in (post_save, post_delete):
            signal.connect(purge_on_commit, sender=model, weak=False)
    post_delete.connect(purge_deleted_page, dispatch_uid="samling-page-cache-delete")


def purge_deleted_page(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge_on_commit()
