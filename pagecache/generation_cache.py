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
from django.contrib.contenttypes.models import ContentType
from django.http.request import split_domain_port

from wagtail.models import Page, Site

from base.sql_rows import Reader, whole_page
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


# Wagtail's order of preference among the sites a request may be for
# (wagtail.models.sites.get_site_for_hostname): hostname and port, the hostname's
# default site, the default site, the hostname on another port.
SITE_STATEMENT = (
    "SELECT s.id, s.hostname, s.port, s.site_name, s.root_page_id, s.is_default_site,"
    " CASE WHEN s.hostname = %s AND s.port = %s THEN 0"
    " WHEN s.hostname = %s AND s.is_default_site = %s THEN 1"
    " WHEN s.is_default_site = %s THEN 2 ELSE 3 END AS site_match, p.content_type_id"
    " FROM wagtailcore_site s INNER JOIN wagtailcore_page p ON p.id = s.root_page_id"
    " WHERE s.hostname = %s OR s.is_default_site = %s ORDER BY site_match"
)
SITE_READER = Reader(
    Site,
    ["id", "hostname", "port", "site_name", "root_page_id", "is_default_site"],
    extras=["match", "root_type"],
)


def read_site(request):
    """Wagtail's Site._find_for_request in one hand-written statement (base.sql_rows),
    then the root page as its specific page, with every field."""
    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
    params = [hostname, port, hostname, True, True, hostname, True]
    site = choose_site(SITE_READER.read(SITE_STATEMENT, params))
    if site is not None:
        model = ContentType.objects.get_for_id(site.root_type).model_class() or Page
        site.root_page = whole_page(model, site.root_page_id)
    return site


def choose_site(sites):
    """As get_site_for_hostname: the best match, but where the default site is the best,
    the one site of the hostname on another port when there is exactly one."""
    if not sites:
        return None
    if len(sites) == 1 or sites[0].match in (0, 1):
        return sites[0]
    if sites[0].match == 2:
        return sites[len(sites) == 2]
    return None
