"""Model instances read with a hand-written statement, for the reads every cold page
makes (issue 38).

On these small indexed reads, building and compiling an ORM query costs about ten times
what running it does (a page listing: 0.5-1.2 ms to build and compile, under 0.1 ms to
run), and Wagtail's pages have thirty columns each statement would name. A statement
here names only the columns a listing shows; its rows become ordinary instances of
the model with the other fields deferred, as the ORM's `.only()` makes them, so
templates, `pageurl` and `.specific` treat them as any other. Values pass through the
same converters as the ORM's (SQLite's UUIDs and booleans), so instances read here and
there compare equal.
"""

import uuid

from modelcluster.models import ClusterableModel

from django.db import connection, models
from django.db.models import DEFERRED, signals
from django.db.models.base import ModelState
from django.utils.functional import cached_property

from wagtail.models import Locale, Page
from wagtail.models.pages import AbstractPage, ShowInMenusMixin

# What lists, the header and the language switcher read of a page: its place in the
# tree, its language and translation group, its address and its title.
PAGE_COLUMNS = [
    "id", "path", "depth", "translation_key", "locale_id", "live", "title", "slug",
    "content_type_id", "url_path", "alias_of_id", "show_in_menus",
]  # fmt: skip


# Constructors that, for a row read from the database, only set its fields.
PLAIN_INITS = {
    object.__init__,
    models.Model.__init__,
    ClusterableModel.__init__,
    AbstractPage.__init__,
    ShowInMenusMixin.__init__,
}


class Reader:
    """Instances of `model` from rows whose first columns are `attnames` (in any order),
    optionally followed by the locale's language code and then extra values."""

    def __init__(self, model, attnames, with_locale=False, extras=()):
        self.model = model
        fields = {f.attname: f for f in model._meta.concrete_fields}
        self.position = {name: index for index, name in enumerate(attnames)}
        # A page type's own table joins Wagtail's by its key: the same value as `id`.
        if "id" in self.position:
            self.position.setdefault(model._meta.pk.attname, self.position["id"])
        self.order = [f.attname for f in model._meta.concrete_fields]
        self.fields = [fields[name] for name in attnames]
        self.with_locale = with_locale
        self.extras = extras
        self._converters = None

    def converters(self):
        """[(column index, [converter])] for columns whose raw value needs converting,
        on the database in use (read at first use: the connection may change in tests)."""
        if self._converters is None or self._converters[0] != connection.vendor:
            found = []
            for index, field in enumerate(self.fields):
                column = field.get_col(field.model._meta.db_table)
                funcs = connection.ops.get_db_converters(column) + field.get_db_converters(
                    connection
                )
                if funcs:
                    found.append((index, funcs))
            self._converters = (connection.vendor, found)
        return self._converters[1]

    @cached_property
    def plain(self):
        """True when constructing the model from a row only sets its fields: no receiver
        listens for its construction, and every __init__ on its way is one that acts
        only on new objects or keyword arguments (pages, via modelcluster)."""
        model = self.model
        inits = {cls.__dict__["__init__"] for cls in model.__mro__ if "__init__" in cls.__dict__}
        listened = signals.pre_init.has_listeners(model) or signals.post_init.has_listeners(model)
        return not listened and inits <= PLAIN_INITS

    def instance(self, values):
        """An instance with these field values, the others deferred, as `from_db` makes
        it. Page types construct slowly (modelcluster's and Wagtail's __init__ look for
        child relations and new pages, about 12 µs a page): where that is all they do,
        the fields are set as `Model.__init__` would."""
        if not self.plain:
            ordered = [values.get(name, DEFERRED) for name in self.order]
            return self.model.from_db(connection.alias, None, ordered)
        instance = self.model.__new__(self.model)
        instance._state = ModelState()
        instance._state.adding, instance._state.db = False, connection.alias
        instance.__dict__.update(values)
        return instance

    def build(self, row, locales):
        values = list(row[: len(self.fields)])
        for index, funcs in self.converters():
            for convert in funcs:
                values[index] = convert(values[index], None, connection)
        instance = self.instance({name: values[i] for name, i in self.position.items()})
        rest = row[len(self.fields) :]
        if self.with_locale:
            instance._state.fields_cache["locale"] = locale(locales, instance.locale_id, rest[0])
            rest = rest[1:]
        for name, value in zip(self.extras, rest, strict=True):
            setattr(instance, name, value)
        return instance

    def read(self, sql, params=()):
        """The instances of the statement's rows, in its order."""
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        locales = {}
        return [self.build(row, locales) for row in rows]


def values(sql, params=()):
    """The statement's rows as tuples of raw values."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def key_from_db(value):
    """A translation key as the ORM gives it (SQLite stores UUIDs as text)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def locale(locales, pk, language_code):
    """One Locale instance per locale for the rows of a statement."""
    if pk not in locales:
        locales[pk] = Locale.from_db(connection.alias, None, [pk, language_code])
    return locales[pk]


def placeholders(values):
    """ "%s, %s, …" for an IN list of `values` (at least one: `IN ()` is invalid SQL)."""
    return ", ".join(["%s"] * max(len(values), 1))


def keys_param(keys):
    """Translation keys (UUIDs) as the database stores them, for `placeholders(keys)`."""
    field = Page._meta.get_field("translation_key")
    return [field.get_db_prep_value(key, connection) for key in keys] or [None]


_whole = {}


def whole_pages(model, where, params=(), with_locale=False):
    """Pages of `model` with every field (as `.specific` reads them), meeting `where`
    (SQL on Wagtail's table `wagtailcore_page` and the page type's own, by their
    names), in tree order."""
    if (model, with_locale) not in _whole:
        fields = model._meta.concrete_fields
        tables = "wagtailcore_page"
        for parent in [model, *model._meta.get_parent_list()]:
            if parent is not Page:
                table = parent._meta.db_table
                tables += (
                    f" INNER JOIN {table} ON {table}.{parent._meta.pk.column} = wagtailcore_page.id"
                )
        columns = [f"{field.model._meta.db_table}.{field.column}" for field in fields]
        if with_locale:
            tables += (
                " INNER JOIN wagtailcore_locale"
                " ON wagtailcore_locale.id = wagtailcore_page.locale_id"
            )
            columns.append("wagtailcore_locale.language_code")
        reader = Reader(model, [field.attname for field in fields], with_locale=with_locale)
        _whole[model, with_locale] = (f"SELECT {', '.join(columns)} FROM {tables}", reader)
    select, reader = _whole[model, with_locale]
    return reader.read(f"{select} WHERE {where} ORDER BY wagtailcore_page.path", params)


def whole_page(model, pk):
    """The page of `model` with this id, with every field."""
    (found,) = whole_pages(model, "wagtailcore_page.id = %s", [pk])
    return found


def specific(page):
    """`page.specific` with every field read by whole_pages: as Wagtail's get_specific,
    the page's other attributes (its cached parent) are kept."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    found = whole_page(model, page.pk)
    for name, value in page.__dict__.items():
        found.__dict__.setdefault(name, value)
    return found


def specific_pages(pages):
    """The pages as their specific types with every field, in their order: one
    statement per page type (whole_pages), as the ORM's `.specific()` reads them."""
    ids = {}
    for page in pages:
        ids.setdefault(page.specific_class, []).append(page.pk)
    found = {}
    for model, pks in ids.items():
        if model is not None:
            where = f"wagtailcore_page.id IN ({placeholders(pks)})"
            found.update((page.pk, page) for page in whole_pages(model, where, pks))
    return [found.get(page.pk, page) for page in pages]
