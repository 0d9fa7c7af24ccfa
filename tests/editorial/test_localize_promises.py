"""wagtail-localize's promises for `create_or_update_translation`, kept by the draft
path that saves translations of live pages as revisions (editorial.translation_drafts):
fallback, validation marked on the string, drafts that can always be published, sync,
aliases, and "copy parent pages" into a locale that has no tree yet."""

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import (
    MissingTranslationError,
    StringSegment,
    StringTranslation,
    TranslationSource,
)

from programme.pages import ModulePage
from tests.editorial.test_translation_review import (
    SOURCE_TITLE,
    client_logged_in,
    danish,
    danish_module,
    live_translation,
)
from tests.editorial.test_translation_workflow import put_string

pytestmark = pytest.mark.django_db


def title_translation(translation):
    return StringTranslation.objects.get(
        translation_of__data=SOURCE_TITLE,
        locale=translation.target_locale,
        context__object_id=translation.source.object_id,
        context__path="title",
    )


def test_fallback_false_raises_for_a_missing_string_and_stores_nothing():
    translation = live_translation()
    title_translation(translation).delete()
    revisions = danish_module().revisions.count()
    with pytest.raises(MissingTranslationError):
        translation.source.create_or_update_translation(danish(), publish=False, fallback=False)
    assert danish_module().revisions.count() == revisions
    page, created = translation.source.create_or_update_translation(
        danish(), publish=False, fallback=True
    )
    assert not created and page.get_latest_revision().content["title"] == SOURCE_TITLE


def test_an_invalid_translation_is_marked_on_its_string_and_not_stored(client):
    translation = live_translation()
    put_string(client_logged_in(client, "oversetter"), translation, SOURCE_TITLE, "x" * 300)
    latest = danish_module().latest_revision_id
    with pytest.raises(ValidationError):
        translation.save_target(publish=False)
    marked = title_translation(translation)
    assert marked.has_error and "255" in marked.get_error()
    assert danish_module().latest_revision_id == latest  # nothing unpublishable stored


def test_the_translator_sees_why_the_translation_was_not_sent(client):
    translation = live_translation()
    put_string(client_logged_in(client, "oversetter"), translation, SOURCE_TITLE, "x" * 300)
    page = danish_module()
    response = client.post(reverse("submit_translation_for_review", args=[page.pk]), follow=True)
    text = response.content.decode()
    assert "Oversettelsen ble ikke sendt" in text and "255" in text
    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 0
    assert title_translation(translation).has_error


def test_every_stored_draft_can_be_published_by_the_approver(client):
    translation = live_translation()
    put_string(client_logged_in(client, "oversetter"), translation, SOURCE_TITLE, "Ny titel")
    translation.save_target(publish=False)
    page = danish_module()
    assert page.title != "Ny titel"
    client.force_login(get_user_model().objects.get(username="godkjenner"))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
    )
    assert response.status_code == 302
    page.get_latest_revision().publish()
    assert ModulePage.objects.get(pk=page.pk).title == "Ny titel"


def test_sync_without_publishing_leaves_the_live_translation_as_it_is(client):
    translation = live_translation()
    put_string(client_logged_in(client, "oversetter"), translation, SOURCE_TITLE, "Synket titel")
    before = danish_module()
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert client.post(url, {}).status_code == 302
    after = danish_module()
    assert after.title == before.title and after.latest_revision_id == before.latest_revision_id


def test_a_live_alias_becomes_a_page_of_its_own_with_its_public_text_kept():
    source_page = ModulePage.objects.get(slug="lede-laeringsprosesser", locale__language_code="nb")
    parent = source_page.get_parent().get_translation_or_none(danish())
    if parent is None:
        parent = source_page.get_parent().copy_for_translation(danish(), copy_parents=True)
    alias = source_page.create_alias(
        parent=parent, update_locale=danish(), reset_translation_key=False
    )
    assert alias.live and alias.alias_of_id == source_page.pk
    source, _ = TranslationSource.get_or_create_from_instance(source_page)
    source.create_or_update_translation(danish(), publish=False, fallback=True)
    alias = Page.objects.get(pk=alias.pk)
    assert alias.alias_of_id is None and alias.live
    assert alias.title == source_page.title  # what the public sees is unchanged


@override_settings(
    WAGTAIL_CONTENT_LANGUAGES=[*settings.LANGUAGES, ("sv", "Svenska")],
    LANGUAGES=[*settings.LANGUAGES, ("sv", "Svenska")],
)
@pytest.mark.parametrize(("username", "allowed"), [("admin", True), ("oversetter", False)])
def test_translating_into_a_locale_without_a_tree_copies_its_parents(client, username, allowed):
    swedish = Locale.objects.create(language_code="sv")
    source_page = ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")
    client.force_login(get_user_model().objects.get(username=username))
    url = reverse("wagtail_localize:submit_page_translation", args=[source_page.pk])
    client.post(url, {"locales": [swedish.pk]})
    translated = source_page.get_translation_or_none(swedish)
    assert (translated is not None) is allowed
    if allowed:
        home = translated.get_ancestors().get(depth=2)
        assert home.locale == swedish and not translated.live
        assert StringSegment.objects.filter(source__object_id=source_page.translation_key).exists()


def test_a_title_longer_than_a_title_may_be_is_kept_and_not_a_server_error(client):
    """wagtail-localize copies the translated title into the page's draft title (255
    characters on PostgreSQL); the copy is cut, the translator's text is kept."""
    translation = live_translation()
    put_string(client_logged_in(client, "oversetter"), translation, SOURCE_TITLE, "y" * 300)
    assert title_translation(translation).data == "y" * 300
    assert danish_module().draft_title == "y" * 255  # on SQLite too: cut, not stored whole
