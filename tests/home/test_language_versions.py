"""The switcher for a page that exists in one language only, and for locale-sync aliases."""

import pytest

from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Page

from home.languages import is_untranslated_alias, language_versions

pytestmark = pytest.mark.django_db


@pytest.fixture
def nb_only_page(home_nb):
    page = home_nb.add_child(instance=Page(title="Bare på norsk", slug="bare-norsk"))
    return page


def versions_by_code(page):
    request = RequestFactory().get("/nb/")
    with translation.override("nb"):
        return {v.code: v for v in language_versions(request, page)}


def test_page_without_translation_offers_the_nearest_page_the_other_language_has(nb_only_page):
    versions = versions_by_code(nb_only_page)
    assert versions["nb"].is_current and not versions["nb"].missing
    assert versions["nb"].url == "/nb/bare-norsk/"
    assert versions["da"].missing
    assert versions["da"].url == "/da/"


def test_locale_sync_alias_is_not_treated_as_a_translation(nb_only_page, locale_da):
    alias = nb_only_page.copy_for_translation(locale_da, alias=True)
    assert is_untranslated_alias(alias)
    versions = versions_by_code(nb_only_page)
    assert versions["da"].url == "/da/"
    assert versions["da"].missing


def test_real_translation_is_offered(nb_only_page, locale_da):
    translated = nb_only_page.copy_for_translation(locale_da)
    translated.title = "Kun på dansk"
    translated.save_revision().publish()
    versions = versions_by_code(nb_only_page)
    assert not versions["da"].missing
    assert versions["da"].url == f"/da/{translated.slug}/"


def test_unpublished_translation_is_not_offered(nb_only_page, locale_da):
    nb_only_page.copy_for_translation(locale_da)  # a draft, never published
    assert versions_by_code(nb_only_page)["da"].missing


def test_views_without_a_page_link_each_languages_home_page_without_a_note(home_nb):
    versions = versions_by_code(None)
    assert versions["da"].url == "/da/"
    assert not versions["da"].missing


def test_switcher_says_when_the_page_is_missing_in_the_other_language(nb_only_page):
    from django.template.loader import render_to_string

    with translation.override("nb"):
        html = render_to_string(
            "includes/language_switcher.html",
            {"versions": list(versions_by_code(nb_only_page).values())},
        )
    assert 'href="/da/"' in html
    assert "Siden findes ikke på dansk" in html


def test_a_page_missing_in_a_language_leads_to_its_nearest_section_in_it(home_nb, locale_da):
    """A Danish reader who followed a "(på norsk)" link gets back to the Danish section,
    not to the Danish front page."""
    section = home_nb.add_child(instance=Page(title="Seksjon", slug="seksjon"))
    danish_section = section.copy_for_translation(locale_da)
    danish_section.save_revision().publish()
    tool = section.add_child(instance=Page(title="Bare på norsk", slug="bare-norsk"))
    deeper = tool.add_child(instance=Page(title="Enda dypere", slug="dypere"))
    for page in (tool, deeper):
        versions = versions_by_code(page)
        assert versions["da"].missing
        assert versions["da"].url == f"/da/{danish_section.slug}/"
