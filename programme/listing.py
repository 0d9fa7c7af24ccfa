"""The lists a programme's public pages show, read with hand-written statements.

The same lists as `programme.localize` and `programme.relations` read with the ORM (one
object per translation key, in the visitor's language, live, visible, no aliases), for
the reads every cold module and programme page makes (issue 38): see `base.sql_rows`
for why. The ORM's versions stay for a draft in preview, whose link rows are in
memory, and for the lists no cold page reads.
"""

from itertools import chain

from modelcluster.queryset import FakeQuerySet

from wagtail.documents import get_document_model
from wagtail.models import Page

from base.sql_rows import PAGE_COLUMNS, Reader, key_from_db, keys_param, placeholders, values
from security.visibility import visible_sql

from .localize import pick_versions
from .pages import ToolFile

_readers = {}


def own_columns(model):
    """The columns of `model`'s own table that listings show (not `unlisted_fields`)."""
    unlisted = set(getattr(model, "unlisted_fields", ()))
    return [
        field.attname
        for field in model._meta.concrete_fields
        if field.model is model and not field.primary_key and field.name not in unlisted
    ]


def reader(model, extras):
    """The Reader of `model`'s rows as `versions` selects them, then `extras`."""
    if (model, extras) not in _readers:
        if issubclass(model, Page):
            columns = PAGE_COLUMNS + own_columns(model)
        else:
            columns = [field.attname for field in model._meta.concrete_fields]
        _readers[model, extras] = Reader(model, columns, with_locale=True, extras=extras)
    return _readers[model, extras]


def versions(
    model, condition, params, extras=(), join=("", []), aliases=False, public=False, order=None
):
    """Every version of the pages or terms (programme.snippets) of `model` meeting
    `condition`, oldest first, with their locale. Pages only when live and visible to
    the visitor (or `public` ones only), aliases only when asked. SQL on `m`, the
    model's table, and for pages `p`, Wagtail's page table; `join`: (SQL, params) of a
    further join; `order`: an ORDER BY other than the oldest first. `extras`: (name,
    SQL expression) pairs, set on each object."""
    table = model._meta.db_table
    if issubclass(model, Page):
        visible, visible_params = visible_sql("p", public)
        columns = [f"p.{name}" for name in PAGE_COLUMNS] + [f"m.{c}" for c in own_columns(model)]
        tables = (
            f"wagtailcore_page p INNER JOIN {table} m ON m.{model._meta.pk.column} = p.id"
            " INNER JOIN wagtailcore_locale l ON l.id = p.locale_id"
        )
        where = f"p.live = %s AND {visible}" + ("" if aliases else " AND p.alias_of_id IS NULL")
        where_params, default_order = [True, *visible_params], "p.id"
    else:
        columns = [f"m.{field.attname}" for field in model._meta.concrete_fields]
        tables = f"{table} m INNER JOIN wagtailcore_locale l ON l.id = m.locale_id"
        where, where_params, default_order = "1 = 1", [], "m.id"
    columns += ["l.language_code", *(expression for _name, expression in extras)]
    sql = (
        f"SELECT {', '.join(columns)} FROM {tables}{join[0]}"
        f" WHERE {where} AND ({condition}) ORDER BY {order or default_order}"
    )
    names = tuple(name for name, _expression in extras)
    return reader(model, names).read(sql, [*join[1], *where_params, *params])


def key_column(model):
    """The translation key's column in `versions`: Wagtail's table for a page."""
    return "p.translation_key" if issubclass(model, Page) else "m.translation_key"


def group_paths(*pages):
    """{translation key: tree paths of the page and its translations}, in one statement."""
    keys = [page.translation_key for page in pages]
    sql = (
        "SELECT translation_key, path FROM wagtailcore_page"
        f" WHERE translation_key IN ({placeholders(keys)}) ORDER BY path"
    )
    paths = {}
    for key, path in values(sql, keys_param(keys)):
        paths.setdefault(key_from_db(key), []).append(path)
    return paths


def children_in_language(model, paths, extras=()):
    """Live children of `model` below any of the parent's versions at `paths`, one per
    translation group, in the visitor's language where translated, in the source
    language's order (translations are created in the order they were translated,
    wagtail-localize #84, so the order is that of each group's first-created page)."""
    first, last = Page.alphabet[0] * Page.steplen, Page.alphabet[-1] * Page.steplen
    ranges = " OR ".join(["p.path BETWEEN %s AND %s"] * len(paths))
    params = [len(paths[0]) // Page.steplen + 1, *chain(*((p + first, p + last) for p in paths))]
    rows = versions(model, f"p.depth = %s AND ({ranges})", params, extras)
    oldest = {}
    for page in rows:
        oldest.setdefault(page.translation_key, page)
    chosen = pick_versions(rows)
    return sorted(chosen.values(), key=lambda page: oldest[page.translation_key].path)


def in_language(model, keys):
    """One page or term of `model` per translation key, in the order of `keys`, in the
    visitor's language."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return []
    condition = f"{key_column(model)} IN ({placeholders(keys)})"
    chosen = pick_versions(versions(model, condition, keys_param(keys)))
    return [chosen[key] for key in keys if key in chosen]


class Links:
    """Link rows (programme.links) of pages, as a statement selecting each row's target's
    translation key, its page's tree path and its order; or, for a draft in the editor's
    preview, its rows in memory (unsaved), in the editor's order."""

    def __init__(self, link_model, where="", params=(), draft_rows=None, draft_page=None):
        self.link_model, self.where, self.params = link_model, where, list(params)
        self.draft_rows, self.draft_page = draft_rows, draft_page

    @classmethod
    def of(cls, page, relation):
        """The rows of the page's `relation` (e.g. "tool_links")."""
        rows = getattr(page, relation).all()
        if isinstance(rows, FakeQuerySet):
            return cls(rows.model, draft_rows=rows, draft_page=page)
        return cls(rows.model, "r.page_id = %s", [page.pk])

    @classmethod
    def of_pages(cls, link_model, page_ids):
        return cls(link_model, f"r.page_id IN ({placeholders(page_ids)})", page_ids or [None])

    @classmethod
    def below(cls, link_model, page):
        """The rows on live pages below `page` or any of its translations."""
        where = (
            f"lp.live = %s AND SUBSTR(lp.path, 1, {page.depth * Page.steplen}) IN"
            " (SELECT g.path FROM wagtailcore_page g WHERE g.translation_key = %s)"
        )
        return cls(link_model, where, [True, *keys_param([page.translation_key])])

    def sql(self, index):
        target = self.link_model._meta.get_field("target").related_model
        # A page's translation key is in Wagtail's table, which its type's table extends.
        target = "wagtailcore_page" if issubclass(target, Page) else target._meta.db_table
        sql = (
            f"SELECT {index} AS link_set, t.translation_key AS link_key, lp.path AS link_path,"
            f" r.sort_order AS link_order FROM {self.link_model._meta.db_table} r"
            f" INNER JOIN {target} t ON t.id = r.target_id"
            f" INNER JOIN wagtailcore_page lp ON lp.id = r.page_id WHERE {self.where}"
        )
        return sql, self.params

    def draft(self, index):
        """The draft's rows as a statement's: (index, target's translation key, page's
        tree path, row order)."""
        return [
            (index, row.target.translation_key, self.draft_page.path, order)
            for order, row in enumerate(self.draft_rows)
            if row.target_id
        ]


def link_rows(link_sets):
    """[(set index, target's translation key, page's tree path, row order)] of the
    Links, the saved ones in one statement."""
    saved = [links.sql(i) for i, links in enumerate(link_sets) if links.draft_rows is None]
    rows = []
    if saved:
        sql = " UNION ALL ".join(sql for sql, _params in saved)
        found = values(sql, list(chain(*(params for _sql, params in saved))))
        rows = [(index, key_from_db(key), path, order) for index, key, path, order in found]
    for index, links in enumerate(link_sets):
        if links.draft_rows is not None:
            rows += links.draft(index)
    return rows


def place(index, path, order):
    """Where a link row sorts: by its set, its page, then its order (rows saved without
    one, as a script may, last)."""
    return index, path, order is None, order or 0


def linked_in_language(model, *link_sets, limit=None):
    """The targets of the Links in the visitor's language: the targets of the first set
    in their order (by page, then row), then those of the next; the first `limit` of
    them when given. Without a limit or a draft, in one statement."""
    if limit is not None or any(links.draft_rows is not None for links in link_sets):
        return linked_by_keys(model, link_sets, limit)
    parts = [links.sql(index) for index, links in enumerate(link_sets)]
    join = (
        f" INNER JOIN ({' UNION ALL '.join(sql for sql, _params in parts)}) x"
        f" ON x.link_key = {key_column(model)}",
        list(chain(*(params for _sql, params in parts))),
    )
    extras = (
        ("link_set", "x.link_set"),
        ("link_path", "x.link_path"),
        ("link_order", "x.link_order"),
    )
    found = versions(model, "1 = 1", [], extras, join)
    first = {}  # a target named by several rows: the first row counts
    for obj in found:
        here = place(obj.link_set, obj.link_path, obj.link_order)
        first[obj.translation_key] = min(first.get(obj.translation_key, here), here)
    unique = {obj.pk: obj for obj in found}.values()
    chosen = pick_versions(unique)
    return sorted(chosen.values(), key=lambda obj: first[obj.translation_key])


def linked_by_keys(model, link_sets, limit):
    """linked_in_language in two steps: the rows first, then the targets by key."""
    first = {}
    for index, key, path, order in link_rows(link_sets):
        here = place(index, path, order)
        first[key] = min(first.get(key, here), here)
    ordered = sorted(first, key=first.__getitem__)
    if limit is None:
        return in_language(model, ordered)
    shown = []
    # A target may be hidden from the visitor: read more keys until `limit` are shown.
    for start in range(0, len(ordered), 2 * limit):
        shown += in_language(model, ordered[start : start + 2 * limit])
        if len(shown) >= limit:
            break
    return shown[:limit]


FILE_COLUMNS = ["id", "sort_order", "page_id", "document_id", "language"]
DOCUMENT_COLUMNS = ["id", "collection_id", "title", "file", "file_size"]


def file_readers():
    if "files" not in _readers:
        document = get_document_model()
        _readers["files"] = Reader(ToolFile, FILE_COLUMNS), Reader(document, DOCUMENT_COLUMNS)
    return _readers["files"]


def with_files(tools):
    """The tools, each with its files (`tool.files.all()`, as the ORM's prefetch leaves
    them) and the files' documents, read in one statement."""
    files, documents = file_readers()
    ids = [tool.pk for tool in tools]
    columns = [f"f.{name}" for name in FILE_COLUMNS] + [f"d.{name}" for name in DOCUMENT_COLUMNS]
    sql = (
        f"SELECT {', '.join(columns)} FROM programme_toolfile f"
        f" LEFT OUTER JOIN {get_document_model()._meta.db_table} d ON d.id = f.document_id"
        f" WHERE f.page_id IN ({placeholders(ids)}) ORDER BY f.page_id, f.sort_order"
    )
    by_tool = {pk: [] for pk in ids}
    for row in values(sql, ids or [None]):
        file = files.build(row[: len(FILE_COLUMNS)], {})
        if file.document_id is not None:
            file.document = documents.build(row[len(FILE_COLUMNS) :], {})
        else:
            file.document = None
        by_tool[file.page_id].append(file)
    for tool in tools:
        found = ToolFile.objects.all()
        found._result_cache, found._prefetch_done = by_tool[tool.pk], True
        tool._prefetched_objects_cache = {"files": found}
    return tools
