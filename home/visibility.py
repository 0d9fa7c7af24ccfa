"""Public pages only, decided inside the query that lists them.

Wagtail's `PageQuerySet.public()` first reads every view restriction in a query of its
own; this is the same rule (no restriction on the page or an ancestor) as a subquery.
"""

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith

from wagtail.models import Page, PageViewRestriction


def public_q():
    """A condition on pages: no view restriction on the page or any of its ancestors."""
    restricted = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return ~Exists(restricted)


def restricted_q():
    """Pages under a view restriction, as conditions on the tree path alone: for
    filters that may use only indexed fields (search). Reads the restricted paths in
    one query of plain values, leaving out those under another restricted path."""
    condition, outermost = Q(), None  # nothing restricted: no condition
    # Sorted, a restricted page's descendants follow it directly.
    for path in sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))):
        if outermost is None or not path.startswith(outermost):
            outermost = path
            condition |= Q(path__startswith=path)
    return condition


class ViewRestrictionsMixin:
    """Wagtail's `get_view_restrictions` in one query instead of two: the ancestors'
    tree paths are prefixes of the page's own, so they need no query of their own."""

    def get_view_restrictions(self):
        """Restrictions on the page and its ancestors; for an alias on the way, those of
        its source page (aliases cannot carry restrictions of their own), as Wagtail.
        The same queryset for the page's life, so the serve hooks that each check it
        (Wagtail's and programme.privacy's) read it once; derived querysets read anew."""
        if "_view_restrictions" not in self.__dict__:
            step = self.steplen
            paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
            # A subquery, not a join to the aliases: after ANALYZE, SQLite judges the
            # alias index useless (nearly all NULL) and scanned every page per row.
            sources = Page.objects.filter(path__in=paths, alias_of__isnull=False)
            on_path = Q(page__path__in=paths) | Q(page__in=sources.values("alias_of_id"))
            self._view_restrictions = PageViewRestriction.objects.filter(on_path)
        return self._view_restrictions
