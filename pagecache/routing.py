"""Find the page for a URL in one query instead of Wagtail's two per tree level.

Wagtail's `Page.route` loads the child with the next slug and then its specific
object, level by level: a module page three levels down costs six queries before
any content is read. Pages store their full `url_path`, so every page on the way
can be read at once; only the page that answers is turned into its specific class.
What a path leads to changes only with a publish or a move, so it is kept per page
cache generation (pagecache.generation_cache), as every request asks for it.
"""

import hashlib

from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from base.sql_rows import PAGE_COLUMNS, Reader, placeholders, specific

from .generation_cache import per_generation

PATH_READER = Reader(Page, PAGE_COLUMNS)


def takes_over_routing(page, remaining):
    """True when `page` answers for the `remaining` path itself, as its own `route`
    would: a routable page's sub-route (it wins over a child page), or any route
    other than Wagtail's own and RoutablePageMixin's."""
    model = page.specific_class
    if model is None or model.route is Page.route:
        return False
    if model.route is not RoutablePageMixin.route:
        return True
    if not page.live:  # RoutablePageMixin falls back to the child pages
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
    except Resolver404:
        return False
    return True


def route_from(home, request, path_components):
    """Route below `home` as Wagtail does: the page that takes over the path, with its
    parents, then its own `route` for the rest of the path."""
    path = hashlib.md5("/".join(path_components).encode(), usedforsecurity=False).hexdigest()
    page, remaining = per_generation(
        "route", lambda: find_page(home, path_components), home.pk, path
    )
    return page.route(request, remaining)


def find_page(home, path_components):
    """(specific page, path components left for it), reading the pages on the path in
    one query; Http404 when no page lies on the path."""
    prefixes = [
        home.url_path + "".join(f"{slug}/" for slug in path_components[:depth])
        for depth in range(1, len(path_components) + 1)
    ]
    found = PATH_READER.read(
        f"SELECT {', '.join(PAGE_COLUMNS)} FROM wagtailcore_page"
        f" WHERE url_path IN ({placeholders(prefixes)}) AND path LIKE %s",
        [*prefixes, home.path + "%"],  # tree paths hold neither "%" nor "_"
    )
    chain, parent = [], home
    for page in sorted(found, key=lambda p: p.depth):
        if page.depth != parent.depth + 1 or not page.path.startswith(parent.path):
            break
        page._cached_parent_obj = parent  # as Wagtail's route does: get_parent() is free
        chain.append(page)
        parent = page
        if takes_over_routing(page, path_components[len(chain) :]):
            break
    if not chain:
        raise Http404
    return specific(chain[-1]), path_components[len(chain) :]
