"""wagtail-localize's translate and sync screens refuse, with a message in the editor's
language, locales the user may not edit and publishing they may not do."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from programme.pages import ModulePage

pytestmark = pytest.mark.django_db


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def module(slug="hvor-er-vi"):
    return ModulePage.objects.get(slug=slug, locale__language_code="nb")


def test_norwegian_editor_is_told_they_cannot_translate_into_danish(client):
    login(client, "redaktor-nb")
    url = reverse("wagtail_localize:submit_page_translation", args=[module("hvem-gjor-hva").pk])
    da = Locale.objects.get(language_code="da")
    response = client.post(url, {"locales": [da.pk]}, follow=True)
    assert response.status_code == 200
    assert "Du kan ikke oversette til eller oppdatere sider på: Dansk" in response.content.decode()
    assert module("hvem-gjor-hva").get_translation_or_none(da) is None


def test_translator_cannot_publish_through_sync(client):
    login(client, "oversetter")
    source = TranslationSource.objects.get(object_id=module().translation_key)
    before = source.last_updated_at
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"}, follow=True)
    with translation.override("nb"):
        assert "publisere" in response.content.decode()
    source.refresh_from_db()
    assert source.last_updated_at == before


def test_approver_may_sync_and_publish(client):
    login(client, "godkjenner")
    source = TranslationSource.objects.get(object_id=module().translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.post(url, {"publish_translations": "on"}).status_code == 302
