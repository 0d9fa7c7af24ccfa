"""The read API (Wagtail API v2): public pages with their type-specific fields, public
documents and the locales. Private pages are left out by Wagtail; documents in
restricted collections are left out here."""

from django.db.models import Q

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.utils import parse_query_string

from .search import WORD, backend_for, clean_query, searched_words


class ParsedSearchFilter(SearchFilter):
    """Wagtail's ?search=, with the text parsed first (quotes and operators in it would
    otherwise reach the full-text engine raw) and stemmed in the ?locale's language."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        operator = request.GET.get("search_operator") or "and"
        if operator not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        words = searched_words(clean_query(request.GET["search"]))
        if not WORD.search(words):  # only punctuation: nothing matches, as on the site
            return queryset.none()
        _, query = parse_query_string(words, operator=operator)
        backend = get_search_backend(backend_for(request.GET.get("locale")))
        try:
            return backend.search(query, queryset, order_by_relevance="order" not in request.GET)
        except (FilterFieldError, OrderByFieldError) as error:
            raise BadRequestError("cannot filter or order by that field while searching") from error


class CheckedFindMixin:
    """/find/?id= with anything but a number answers 400, not a server error."""

    def find_object(self, queryset, request):
        value = request.GET.get("id")
        if value is not None and not (value.isdigit() and len(value) < 19):
            raise BadRequestError("id must be a positive whole number")
        return super().find_object(queryset, request)


class BoundedPagination(WagtailPagination):
    """?offset= and ?limit= as plain whole numbers a database can hold: beyond 64 bits
    SQLite and PostgreSQL fail on them (a server error), so anything longer than nine
    ASCII digits answers 400."""

    def paginate_queryset(self, queryset, request, view=None):
        for name in ("offset", "limit"):
            value = request.GET.get(name)
            if value is not None and not (value.isascii() and value.isdigit() and len(value) < 10):
                raise BadRequestError(f"{name} must be a whole number below 1000000000")
        return super().paginate_queryset(queryset, request, view)


def with_parsed_search(viewset):
    """`viewset` with checked ?id=, ?offset= and ?limit= and parsed ?search= text."""
    backends = [ParsedSearchFilter if f is SearchFilter else f for f in viewset.filter_backends]
    attrs = {"filter_backends": backends, "pagination_class": BoundedPagination}
    return type(viewset.__name__, (CheckedFindMixin, viewset), attrs)


def restricted_collections():
    paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    under = Q(pk__in=[])
    for path in paths:
        under |= Q(path__startswith=path)
    return Collection.objects.filter(under)


class PublicPagesAPIViewSet(with_parsed_search(PagesAPIViewSet)):
    """Public pages only, whoever asks: the API is for other systems, and a participant's
    session must not turn it into a way to list private cohorts."""

    def get_base_queryset(self):
        return super().get_base_queryset().public()


class PublicDocumentsAPIViewSet(with_parsed_search(DocumentsAPIViewSet)):
    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=restricted_collections())


class LocalesAPIViewSet(BaseAPIViewSet):
    pagination_class = BoundedPagination
    model = Locale
    body_fields = [*BaseAPIViewSet.body_fields, "language_code"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "language_code"]
    name = "locales"


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("locales", LocalesAPIViewSet)
