"""The page chooser opens at the programme the editor is working in.

Wagtail opens an empty page chooser at the root of the tree, where an editor of a
module first has to find the way back to its programme. Opened from a page's edit (or
add) form, which the chooser's request names as its referrer, it now opens at that
page's section of the site: its programme, or the tool library. An editor can still
go up from there.
"""

from urllib.parse import urlsplit

from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from wagtail.models import Page

CHOOSER = "wagtailadmin_choose_page"
SECTION_DEPTH = 3  # root, a language's home page, then its sections (programmes)


def editing_from(request):
    """The page being edited, or the parent of the one being added, in the referring form."""
    try:
        match = resolve(urlsplit(request.headers.get("Referer", "")).path)
    except Resolver404:
        return None
    page_id = {
        "wagtailadmin_pages:edit": match.kwargs.get("page_id"),
        "wagtailadmin_pages:add": match.kwargs.get("parent_page_id"),
    }.get(match.view_name)
    return Page.objects.filter(pk=page_id).first() if page_id else None


def section_of(page):
    if page.depth < SECTION_DEPTH:
        return None
    return page if page.depth == SECTION_DEPTH else page.get_ancestors().get(depth=SECTION_DEPTH)


class ChooserStartMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.view_name != CHOOSER or request.method != "GET":
            return None
        page = editing_from(request)
        section = section_of(page) if page else None
        if section is None:
            return None
        url = reverse("wagtailadmin_choose_page_child", args=[section.pk])
        query = request.META.get("QUERY_STRING")
        return redirect(f"{url}?{query}" if query else url)
