"""Public pages only, decided inside the query that lists them.

Wagtail's `PageQuerySet.public()` first reads every view restriction in a query of its
own; this is the same rule (no restriction on the page or an ancestor) as a subquery.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith

from wagtail.models import PageViewRestriction


def public_q():
    """A condition on pages: no view restriction on the page or any of its ancestors."""
    restricted = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return ~Exists(restricted)


def public(queryset):
    """`queryset` (of pages) without the private ones."""
    return queryset.filter(public_q())
