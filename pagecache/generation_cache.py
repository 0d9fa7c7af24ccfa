"""What every page shows of the site (its Wagtail Site, the home pages, the menu and
footer, a page's language versions) and what pages list (a programme's module
sequence, `programme.relations.shared_context`), read once per page cache generation.

These change only with a publish, a move, a privacy or site change, and each of those
starts a new generation (pagecache.page_cache), so a value kept under the generation it
was read in is never stale. Unlike the page cache, this serves logged-in visitors
too: a value depends on the site, the page and the language, and on which private
pages the visitor may see (the view restrictions they pass), which is in every key.
"""

from django.conf import settings
from django.http.request import split_domain_port

from wagtail.models import Site

from security.visibility import viewer_key

from .generation import page_cache, request_generation

MISSING = object()


def per_generation(name, compute, *key_parts):
    """compute(), or what it returned earlier in the current generation, for visitors
    who may see the same pages (security.visibility)."""
    current = request_generation()
    if current is None:  # no cache to keep it in right now (Redis down)
        return compute()
    cache = page_cache()
    key = ".".join(["site", str(current), name, *map(str, key_parts), viewer_key()])
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        cache.set(key, value, settings.CACHE_MIDDLEWARE_SECONDS)
    return value


def find_site(request):
    """Wagtail's Site.find_for_request, with its root page as the specific home page
    (routing asks for both on every request)."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request.get_host())[0]
        request._wagtail_site = per_generation(
            "site", lambda: read_site(request), hostname, request.get_port()
        )
    return request._wagtail_site


def read_site(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site
