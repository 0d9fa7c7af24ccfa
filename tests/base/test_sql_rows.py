"""Pages read with hand-written statements (base.sql_rows) are the ORM's pages: the same
values in the same types, on SQLite and PostgreSQL, for every page of the demo."""

import pytest

from django.test import RequestFactory

from wagtail.models import Page, Site

from base.sql_rows import PAGE_COLUMNS, Reader, whole_pages
from pagecache.generation_cache import read_site

pytestmark = pytest.mark.django_db


def field_values(page, attnames):
    return {name: getattr(page, name) for name in attnames}


def test_listed_columns_are_the_orms_values():
    reader = Reader(Page, PAGE_COLUMNS, with_locale=True)
    sql = (
        f"SELECT {', '.join('p.' + c for c in PAGE_COLUMNS)}, l.language_code"
        " FROM wagtailcore_page p INNER JOIN wagtailcore_locale l ON l.id = p.locale_id"
        " ORDER BY p.path"
    )
    read = reader.read(sql)
    orm = list(Page.objects.select_related("locale").order_by("path"))
    assert len(read) == len(orm) > 100
    for ours, theirs in zip(read, orm, strict=True):
        assert field_values(ours, PAGE_COLUMNS) == field_values(theirs, PAGE_COLUMNS)
        assert type(ours.translation_key) is type(theirs.translation_key)
        assert ours.locale.language_code == theirs.locale.language_code
        assert ours == theirs and ours.get_deferred_fields() == theirs.get_deferred_fields() | {
            f.attname for f in Page._meta.concrete_fields if f.attname not in PAGE_COLUMNS
        }


def test_whole_pages_are_the_specific_pages():
    for page in Page.objects.exclude(depth=1).order_by("path"):
        specific = page.specific
        model = type(specific)
        (ours,) = whole_pages(model, "wagtailcore_page.id = %s", [page.pk], with_locale=True)
        attnames = [f.attname for f in model._meta.concrete_fields]
        assert type(ours) is model and not ours.get_deferred_fields()
        assert field_values(ours, attnames) == field_values(specific, attnames), page.url_path
        assert ours.locale.language_code == specific.locale.language_code


@pytest.mark.parametrize(
    "host,port",
    [
        ("localhost", "80"),
        ("samling.example", "80"),
        ("samling.example", "8080"),
        ("samling.example", "443"),
        ("andre.example", "80"),
        ("andre.example", "8000"),
        ("ukjent.example", "80"),
    ],
)
def test_the_site_is_the_one_wagtail_finds(host, port):
    """Wagtail's order of preference, with a default site, a hostname on two ports and
    a hostname that is not the default's."""
    default = Site.objects.get(is_default_site=True)
    root = default.root_page
    Site.objects.create(hostname="samling.example", port=80, root_page=root)
    Site.objects.create(hostname="samling.example", port=8080, root_page=root)
    Site.objects.create(hostname="andre.example", port=8000, root_page=root)
    request = RequestFactory().get("/", HTTP_HOST=f"{host}:{port}", SERVER_PORT=port)
    ours, theirs = read_site(request), Site._find_for_request(request)
    assert (ours and ours.pk) == (theirs and theirs.pk)
    assert ours.root_page == theirs.root_page.specific
    assert type(ours.root_page) is type(theirs.root_page.specific)


def test_no_default_site_and_an_unknown_host_finds_none():
    Site.objects.update(is_default_site=False)
    request = RequestFactory().get("/", HTTP_HOST="ukjent.example")
    assert read_site(request) is None and Site._find_for_request(request) is None
