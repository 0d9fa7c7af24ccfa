"""Show linked pages and terms in the visitor's language, with a fixed number of queries.

Links are stored against source-language objects (see `programme.links`), so lists are
built from translation keys: each key becomes its live translation in the active language
where one exists, otherwise the original, which templates then mark with its language.
"""

from modelcluster.queryset import FakeQuerySet

from django.conf import settings
from django.db.models import F, OuterRef, Q, Subquery
from django.utils.translation import get_language

from wagtail.models import Page

from security.visibility import visible_q


def other_language(obj):
    """`obj`'s language code when it is not the visitor's (lists mark it), else ""."""
    code = obj.locale.language_code
    return "" if code == get_language() else code


def unique(keys):
    """The keys in their first order, without repeats."""
    return list(dict.fromkeys(keys))


# Page columns no listing shows: loading and converting them is most of a list's cost.
UNLISTED_PAGE_FIELDS = [
    "draft_title", "seo_title", "search_description", "go_live_at", "expire_at", "expired",
    "locked", "locked_at", "locked_by", "latest_revision_created_at", "first_published_at",
    "last_published_at", "live_revision", "latest_revision", "owner",
    "has_unpublished_changes", "numchild",
]  # fmt: skip


def lean(queryset):
    """Pages for a listing: without the admin's columns and the model's long fields
    (`unlisted_fields`, e.g. a StreamField body), which listings never show."""
    model = queryset.model
    return queryset.defer(*UNLISTED_PAGE_FIELDS, *getattr(model, "unlisted_fields", ()))


def candidates(queryset):
    """Every version of the objects, oldest first; pages only when live, not aliases and
    visible to the visitor."""
    if issubclass(queryset.model, Page):
        queryset = lean(queryset.live().filter(visible_q(), alias_of__isnull=True))
    return queryset.select_related("locale").order_by("pk")


# The written language a reader of one reads best where a page has no version in it:
# Nynorsk readers read Bokmål (marked "på bokmål"), not the first version, which may be
# Danish.
NEAREST_LANGUAGE = {"nn": "nb", "nb": "nn"}


def pick_versions(objects, language=None):
    """{translation key: the version in `language` (default: the active one) where it
    exists, else in its nearest language, else the first-created version}."""
    language = language or get_language()
    rank = {language: 0, NEAREST_LANGUAGE.get(language): 1}
    chosen = {}
    for obj in objects:
        current = chosen.get(obj.translation_key)
        if current is None or rank.get(obj.locale.language_code, 2) < rank.get(
            current.locale.language_code, 2
        ):
            chosen[obj.translation_key] = obj
    return chosen


def in_language(queryset, keys, language=None):
    """One object per translation key, in the order of `keys`, in the visitor's language."""
    keys = unique(keys)
    if not keys:
        return []
    chosen = pick_versions(candidates(queryset).filter(translation_key__in=keys), language)
    return [chosen[key] for key in keys if key in chosen]


def linked_in_language(queryset, *link_sets, language=None, limit=None):
    """The targets of link rows in the visitor's language, in one query: the targets of
    the first set of rows in their order (by page, then row), then those of the next;
    the first `limit` of them when given.

    Each set is a queryset of link rows (`programme.links`); the rows are never loaded,
    they filter and order the targets as subqueries."""
    if any(isinstance(rows, FakeQuerySet) for rows in link_sets):
        return unsaved_linked_in_language(queryset, link_sets, language, limit)
    annotations, wanted = {}, Q()
    for index, rows in enumerate(link_sets):
        same_target = rows.filter(target__translation_key=OuterRef("translation_key"))
        first_row = same_target.order_by("page__path", "sort_order")[:1]
        annotations[f"_page_{index}"] = Subquery(first_row.values("page__path"))
        annotations[f"_row_{index}"] = Subquery(first_row.values("sort_order"))
        wanted |= Q(translation_key__in=rows.values("target__translation_key"))
    objects = candidates(queryset).filter(wanted).annotate(**annotations)
    if limit is not None:  # versions of one target sort together: enough rows for `limit`
        order = []
        for index in range(len(link_sets)):
            order += [F(f"_page_{index}").asc(nulls_last=True), f"_row_{index}"]
        objects = objects.order_by(*order, "pk")[: limit * len(settings.LANGUAGES)]
    chosen = pick_versions(objects, language).values()
    return sorted(chosen, key=lambda obj: link_position(obj, len(link_sets)))[:limit]


def unsaved_linked_in_language(queryset, link_sets, language, limit):
    """linked_in_language for a draft in the editor's preview, whose link rows are in
    memory, not saved: the same targets in the same order, read row by row."""
    keys = []
    for rows in link_sets:
        if isinstance(rows, FakeQuerySet):  # the draft's own rows, in the editor's order
            keys += [row.target.translation_key for row in rows if row.target_id]
        else:
            ordered = rows.order_by("page__path", "sort_order")
            keys += ordered.values_list("target__translation_key", flat=True)
    return in_language(queryset, keys, language)[:limit]


def link_position(obj, sets):
    """(set, page path, row order) of the first link row that names `obj`."""
    for index in range(sets):
        page = getattr(obj, f"_page_{index}")
        if page is not None:
            return index, page, getattr(obj, f"_row_{index}")
    return sets, "", 0
