"""A programme's round trip through wagtail-localize, each step as an editor does it in
the admin: translate the subtree, edit a string, sync source changes, remove a block,
export and import PO, publish, and read the result on the public page."""

import polib
import pytest

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from programme.pages import ModulePage, ProgrammePage
from terms.models import Term

pytestmark = pytest.mark.django_db


MODULE = "lede-laeringsprosesser"  # a module of Led skole, written in Norwegian only


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def danish():
    return Locale.objects.get(language_code="da")


def source_module():
    return ModulePage.objects.get(slug=MODULE, locale__language_code="nb")


def translation_of(page):
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return Translation.objects.get(source=source, target_locale=danish())


def translate_programme(client):
    programme = ProgrammePage.objects.get(slug="led-skole", locale__language_code="nb")
    url = reverse("wagtail_localize:submit_page_translation", args=[programme.pk])
    response = client.post(url, {"locales": [danish().pk], "include_subtree": "on"})
    assert response.status_code == 302
    return programme


TITLE = "Å lede elevenes læringsprosesser"
TITLE_DA = "At lede elevernes læringsprocesser"


def put_string(client, translation, text, value):
    segment = StringSegment.objects.get(
        source=translation.source,
        string__data=text,
        context__object_id=translation.source.object_id,
    )
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    body = encode_multipart(BOUNDARY, {"value": value})
    response = client.put(url, body, content_type=MULTIPART_CONTENT)
    assert response.status_code in (200, 201), response.content


def publish_translation(client, translation, committed):
    page = translation.get_target_instance()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    with committed():
        assert client.post(url, {"action": "publish"}).status_code == 302
    return type(page).objects.get(pk=page.pk)


def publish_translated_programme(client, programme, committed):
    """The translated module is reachable once its translated programme is live too."""
    publish_translation(client, translation_of(programme), committed)


def publish_source(body_texts):
    page = source_module()
    page.body = [("text", RichText(f"<p>{text}</p>")) for text in body_texts]
    page.save_revision().publish()
    return page


def sync(client, page):
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert response.status_code == 302
    return response


def progress(translation):
    total, done = translation.get_progress()
    return total, done


def test_translate_a_whole_programme_in_one_action(client):
    login(client, "oversetter")
    programme = translate_programme(client)
    source_pages = programme.get_descendants(inclusive=True)
    translated = [page.get_translation_or_none(danish()) for page in source_pages]
    assert all(page is not None and page.alias_of_id is None for page in translated)
    assert len(translated) == source_pages.count() >= 10


def test_edit_the_translation_and_publish(client, committed):
    login(client, "oversetter")
    programme = translate_programme(client)
    translation = translation_of(source_module())
    put_string(client, translation, TITLE, TITLE_DA)
    target = translation.get_target_instance()
    with committed():
        url = reverse("wagtailadmin_pages:edit", args=[target.pk])
        client.post(url, {"action": "publish"})
    assert not ModulePage.objects.get(pk=target.pk).live  # the translator may not publish
    login(client, "godkjenner")
    publish_translated_programme(client, programme, committed)
    page = publish_translation(client, translation, committed)
    assert page.title == TITLE_DA and page.live
    assert TITLE_DA in client.get(page.url).content.decode()


def test_sync_brings_new_text_untranslated_and_keeps_existing_translations(client, committed):
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    put_string(client, translation, TITLE, TITLE_DA)
    total_before, done_before = progress(translation)

    page = source_module()
    page.body.append(("text", RichText("<p>Et nytt avsnitt om veiledning.</p>")))
    page.save_revision().publish()
    sync(client, page)

    total_after, done_after = progress(translation)
    assert total_after == total_before + 1
    assert done_after == done_before  # the new paragraph waits for a translator
    assert StringSegment.objects.filter(
        source=translation.source, string__data="Et nytt avsnitt om veiledning."
    ).exists()
    login(client, "godkjenner")
    assert publish_translation(client, translation, committed).title == TITLE_DA


def test_removing_a_block_from_the_source_syncs_without_error(client, committed):
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    sync(client, publish_source(["Første avsnitt.", "Andre avsnitt."]))
    page = publish_source(["Andre avsnitt."])  # the first block removed
    response = sync(client, page)
    assert client.get(response.url).status_code == 200
    login(client, "godkjenner")
    assert publish_translation(client, translation, committed).live
    assert not StringSegment.objects.filter(
        source=translation.source, string__data="Første avsnitt."
    ).exists()


def test_po_export_fill_import_and_publish(client, committed):
    Term.objects.all().delete()  # the file's texts are stand-ins, not Danish: no term check
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    url = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    response = client.get(url)
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert len(po) >= 3
    for entry in po:
        entry.msgstr = f"DA {entry.msgid}"
    upload = SimpleUploadedFile("modul.po", str(po).encode(), "text/x-gettext-translation")
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    assert client.post(url, {"file": upload}).status_code == 302
    assert progress(translation)[0] == progress(translation)[1]

    login(client, "godkjenner")
    programme = ProgrammePage.objects.get(pk=source_module().get_parent().pk)
    publish_translated_programme(client, programme, committed)
    page = publish_translation(client, translation, committed)
    html = client.get(page.url).content.decode()
    assert f"DA {TITLE}" in html
    assert "DA Vi ser på observasjon, veiledning og samtaler om elevenes arbeid." in html


def test_subtree_translation_runs_in_a_background_worker(client, monkeypatch, committed):
    """With Redis configured, the subtree is translated by an RQ worker, not the request."""
    import django_rq
    from rq import SimpleWorker

    from wagtail_localize.tasks import DjangoRQJobBackend
    from wagtail_localize.views import submit_translations

    backend = DjangoRQJobBackend({"QUEUE": "default"})
    backend.queue.empty()
    monkeypatch.setattr(submit_translations, "background", backend)
    login(client, "oversetter")
    with committed():  # django-rq enqueues once the request's data is committed
        programme = translate_programme(client)
    assert programme.get_translation_or_none(danish()) is not None  # the root at once
    assert source_module().get_translation_or_none(danish()) is None  # the rest queued
    assert backend.queue.count == 1

    worker = SimpleWorker([backend.queue], connection=django_rq.get_connection("default"))
    assert worker.work(burst=True)
    assert source_module().get_translation_or_none(danish()) is not None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'msgid ""\nmsgstr ""\n', "ikke en PO-fil eksportert fra en oversettelse"),
        (b"\xff\xfe not a po file at all", "ikke en PO-fil eksportert fra en oversettelse"),
        (None, "Velg en PO-fil på høyst 5 MB"),
    ],
)
def test_a_malformed_po_file_is_refused_with_a_message(client, content, message):
    """A PO file with only an empty header once gave a 500 inside wagtail-localize."""
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    data = {"next": edit_url}
    if content is not None:
        data["file"] = SimpleUploadedFile("modul.po", content, "text/x-gettext-translation")
    response = client.post(url, data, follow=True)
    assert response.redirect_chain[0] == (edit_url, 302)
    assert message in response.content.decode()
    assert progress(translation)[1] == 0
