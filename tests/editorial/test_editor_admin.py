"""The editor's admin: translation status report, "next sessions" panel, explorer order."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from programme.pages import ModulePage, ProgrammePage
from tests.factories import ModulePageFactory
from tests.programme.test_query_counts import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(client):
    client.force_login(get_user_model().objects.get(username="oversetter"))
    return client


def status_page(client, **params):
    return client.get(reverse("translation_status"), params)


def test_report_lists_missing_translations_with_a_translate_link(translator):
    html = status_page(translator, locale="da", status="missing").content.decode()
    led_skole = ProgrammePage.objects.get(slug="led-skole", locale__language_code="nb")
    assert "Led skole" in html
    url = reverse("wagtail_localize:submit_page_translation", args=[led_skole.pk])
    assert f"{url}?select_locale=da" in html
    assert "Ikke oversatt" in html
    # ABSOLUTT is translated and up to date: not listed as missing
    assert "ABSOLUTT</a>" not in html


def test_report_shows_a_source_changed_after_the_last_sync(translator):
    module = ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")
    module.save_revision().publish()
    html = status_page(translator, locale="da", status="outdated").content.decode()
    source = TranslationSource.objects.get(object_id=module.translation_key)
    assert module.title in html
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html


def test_report_lists_danish_pages_missing_in_norwegian(translator):
    html = status_page(translator, locale="nb").content.decode()
    module = ModulePage.objects.get(slug="data-og-dialog", locale__language_code="da")
    assert module.title in html


def test_report_ignores_bad_parameters(translator):
    response = status_page(translator, locale="xx", status="<script>", p="abc")
    assert response.status_code == 200


def test_report_needs_translation_rights(client):
    client.force_login(get_user_model().objects.get(username="deltaker-absolutt"))
    assert status_page(client).status_code in (302, 403)


def test_report_queries_do_not_grow_with_pages(translator):
    url = f"{reverse('translation_status')}?locale=da"
    before = count_queries(translator, url)
    programme = ProgrammePage.objects.get(slug="led-skole", locale__language_code="nb")
    for _ in range(10):
        ModulePageFactory(parent=programme)
    assert count_queries(translator, url) == before


def test_dashboard_shows_the_next_sessions(client):
    client.force_login(get_user_model().objects.get(username="redaktor-da"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Næste møder" in html
    assert "Klynge Midtjylland" in html


def test_explorer_lists_modules_in_sequence(client):
    client.force_login(get_user_model().objects.get(username="redaktor-nb"))
    programme = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    html = client.get(reverse("wagtailadmin_explore", args=[programme.pk])).content.decode()
    titles = [page.title for page in ModulePage.objects.child_of(programme).order_by("path")]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert Page.objects.get(pk=programme.pk).specific.admin_default_ordering == "ord"
