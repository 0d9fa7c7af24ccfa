"""Which pages a visitor may see, decided inside the query that lists them.

One rule for every listing, count and summary: a page is listed only when the visitor
passes every view restriction on it and its ancestors. Wagtail's `PageQuerySet.public()`
first reads every view restriction in a query of its own; this is the same rule as a
subquery, less the restrictions the current visitor passes.

Who is asking is set per request by `ViewerMiddleware` (the ids of the restrictions the
visitor passes). Outside a request (commands, background jobs) nobody passes any: only
public pages are listed, so a forgotten viewer fails closed.
"""

from contextvars import ContextVar

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.utils.functional import cached_property

from wagtail.models import PageViewRestriction

from base.sql_rows import Reader


class Viewer:
    """Who is asking: the view restrictions they pass, read when a listing first asks."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def passed(self):
        return passed_restrictions(self.user)


_viewer = ContextVar("samling_viewer", default=None)


def current_passed():
    """The restrictions the current visitor passes; none outside a request."""
    viewer = _viewer.get()
    return viewer.passed if viewer is not None else ()


def passed_restrictions(user):
    """Ids of the view restrictions `user` passes, as Wagtail's `accept_request` decides:
    "logged in" for any user, group restrictions for members (all for superusers).
    Shared passwords are switched off (WAGTAIL_PRIVATE_PAGE_OPTIONS)."""
    if not user.is_authenticated:
        return ()
    restrictions = PageViewRestriction.objects.exclude(
        restriction_type=PageViewRestriction.PASSWORD
    )
    if not user.is_superuser:
        restrictions = restrictions.filter(
            Q(restriction_type=PageViewRestriction.LOGIN)
            | Q(restriction_type=PageViewRestriction.GROUPS, groups__user=user)
        )
    return tuple(sorted(set(restrictions.values_list("pk", flat=True))))


def viewer_key():
    """A key part for what is kept per generation: the same for visitors who pass the
    same restrictions ("" for the public)."""
    return ",".join(map(str, current_passed()))


class ViewerMiddleware:
    """Records who is asking, for `visible_q` (after the authentication middleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _viewer.set(Viewer(request.user))
        try:
            return self.get_response(request)
        finally:
            _viewer.reset(token)


def restrictions_on_path():
    """View restrictions on the outer query's page or any of its ancestors."""
    return PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))


def public_q():
    """A condition on pages: no view restriction on the page or any of its ancestors."""
    return ~Exists(restrictions_on_path())


def visible_q():
    """A condition on pages: the current visitor passes every view restriction on the
    page and its ancestors (for the public: there are none)."""
    passed = current_passed()
    if not passed:
        return public_q()
    return ~Exists(restrictions_on_path().exclude(pk__in=passed))


def visible_sql(page="p", public=False):
    """visible_q as SQL on the page table aliased `page`, for hand-written statements
    (base.sql_rows), or public_q when `public`: (condition, parameters)."""
    passed = () if public else current_passed()
    condition = (
        "NOT EXISTS (SELECT 1 FROM wagtailcore_pageviewrestriction vr"
        " INNER JOIN wagtailcore_page vp ON vp.id = vr.page_id"
        f" WHERE SUBSTR({page}.path, 1, LENGTH(vp.path)) = vp.path"
    )
    if passed:
        condition += f" AND vr.id NOT IN ({', '.join(['%s'] * len(passed))})"
    return condition + ")", list(passed)


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
        (Wagtail's and programme.privacy's) read it once; derived querysets (the admin
        orders them) read the same restrictions anew, by their ids."""
        if "_view_restrictions" not in self.__dict__:
            step = self.steplen
            paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
            # Read with a hand-written statement (base.sql_rows): every page served asks.
            found = RESTRICTIONS.read(restrictions_statement(len(paths)), paths * 2)
            restrictions = PageViewRestriction.objects.filter(pk__in=[r.pk for r in found])
            restrictions._result_cache = found
            self._view_restrictions = restrictions
        return self._view_restrictions


RESTRICTIONS = Reader(PageViewRestriction, ["id", "restriction_type", "password", "page_id"])


def restrictions_statement(paths):
    """The restrictions on the pages at `paths` tree paths, or on the page an alias among
    them copies. A subquery, not a join to the aliases: after ANALYZE, SQLite judges the
    alias index useless (nearly all NULL) and scanned every page per row."""
    marks = ", ".join(["%s"] * paths)
    return (
        "SELECT r.id, r.restriction_type, r.password, r.page_id"
        " FROM wagtailcore_pageviewrestriction r"
        " INNER JOIN wagtailcore_page p ON p.id = r.page_id"
        f" WHERE p.path IN ({marks}) OR r.page_id IN (SELECT a.alias_of_id FROM wagtailcore_page a"
        f" WHERE a.alias_of_id IS NOT NULL AND a.path IN ({marks}))"
    )
