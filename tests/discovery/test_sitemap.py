"""sitemap.xml validates against the sitemaps.org schema, covers both languages with
hreflang alternates, leaves out private pages, drafts and untranslated copies; robots.txt
points to it."""

from pathlib import Path

import pytest
from lxml import etree

from wagtail.models import Locale, Page, Site

from programme.pages import ModulePage, ProgrammePage
from tests.factories import ModulePageFactory
from tests.programme.test_query_counts import count_queries

pytestmark = pytest.mark.django_db

SCHEMA = etree.XMLSchema(
    etree.parse(str(Path(__file__).parent / "schemas/sitemap-with-alternates.xsd"))
)
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def root():
    return Site.objects.get(is_default_site=True).root_url


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return etree.fromstring(response.content)


def locations(tree):
    return {loc.text for loc in tree.findall("s:url/s:loc", NS)}


def test_sitemap_is_valid(client):
    tree = sitemap(client)
    SCHEMA.assertValid(tree)
    # and the schema does check the alternates: a link without href is refused
    etree.SubElement(tree.find("s:url", NS), f"{{{NS['x']}}}link", rel="alternate", hreflang="da")
    assert not SCHEMA.validate(tree)


def test_sitemap_covers_every_language_with_alternates(client):
    tree = sitemap(client)
    found = locations(tree)
    assert f"{root()}/nb/absolutt/" in found
    assert f"{root()}/nn/absolutt/kvar-er-vi-kunnskapsgrunnlaget/" in found
    assert f"{root()}/da/forpligtende-samarbejde/data-og-dialog/" in found
    [entry] = [
        u
        for u in tree.findall("s:url", NS)
        if u.findtext("s:loc", namespaces=NS) == f"{root()}/nb/absolutt/"
    ]
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", NS)}
    assert alternates == {
        "nb": f"{root()}/nb/absolutt/",
        "nn": f"{root()}/nn/absolutt/",
        "da": f"{root()}/da/absolutt/",
        "x-default": f"{root()}/nb/absolutt/",
    }


def test_private_draft_and_alias_pages_are_left_out(client):
    page = ModulePage.objects.get(slug="hvem-gjor-hva", locale__language_code="nb")
    da = Locale.objects.get(language_code="da")
    page.create_alias(
        parent=ProgrammePage.objects.get(slug="absolutt", locale=da), update_locale=da
    )
    draft = ModulePageFactory(parent=page.get_parent(), slug="utkast", live=False)
    found = locations(sitemap(client))
    assert not any("absolutt-innlandet-2026" in url for url in found)  # the private cohort
    assert f"{root()}{draft.get_parent().url}utkast/" not in found
    assert f"{root()}/da/absolutt/hvem-gjor-hva/" not in found


def test_sitemap_queries_do_not_grow_with_pages(client):
    before = count_queries(client, "/sitemap.xml")
    programme = Page.objects.get(slug="led-skole", locale__language_code="nb")
    for _ in range(10):
        ModulePageFactory(parent=programme)
    assert count_queries(client, "/sitemap.xml") == before


def test_robots_txt_points_to_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text and "Disallow: /da/sog/" in text
