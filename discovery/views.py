from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from wagtail.contrib.search_promotions.models import Query

from base.sql_rows import specific_pages
from usage import counter

from . import search as site_search

PER_PAGE = 10
MAX_LISTED = 200


def search(request):
    language = get_language()
    query = site_search.clean_query(request.GET.get("q"))
    programmes = site_search.programmes(language)
    programme = next((p for p in programmes if p.slug == request.GET.get("programme")), None)
    kind = request.GET.get("type") if request.GET.get("type") in site_search.KINDS else ""
    context = {
        "query": query,
        "search_query": query,  # the header's field keeps it
        "programmes": programmes,
        "programme": programme,
        "kinds": {key: label for key, (_, label) in site_search.KINDS.items()},
        "kind": kind,
    }
    if not query:
        return render(request, "discovery/search.html", context)
    results = site_search.search(query, language, programme, kind or None)
    page = Paginator(listed(results), PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = specific_pages(page.object_list)  # one statement per page type
    context.update(results=page, picks=[])
    if page.number == 1:
        record = Query.get(query)
        record.add_hit()
        context["picks"] = site_search.promotions(record, language)
        counter.count_search(language, query, page.paginator.count)
    if not page.paginator.count:
        context.update(nothing_found(query, language))
    response = render(request, "discovery/search.html", context)
    # Every search is counted, so none is answered from the shared page cache.
    patch_cache_control(response, private=True)
    return response


def listed(results):
    """The results as a list when there are at most MAX_LISTED of them: read with their
    count in one statement (the full-text query costs more to build than to run), then
    paged in memory. Beyond that, the results as Wagtail pages them (count, then page)."""
    first = list(results[: MAX_LISTED + 1])
    return first if len(first) <= MAX_LISTED else results


def nothing_found(query, language):
    """Where to go on from a search that found nothing: a spelling the index knows, the
    tool library and the programmes."""
    return {
        "suggestion": site_search.spelling_suggestion(query, language),
        "library": site_search.searchable(language, kind="library").first(),
    }


def suggestions(request):
    query = site_search.clean_query(request.GET.get("q"))
    found = site_search.suggestions(query, get_language())
    items = [{"title": page.title, "url": page.url} for page in found]
    return JsonResponse({"query": query, "suggestions": items})
