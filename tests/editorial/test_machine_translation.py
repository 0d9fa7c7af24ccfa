"""Machine translation on our own server with Apertium: one click in the translation
editor fills the untranslated text, a whole programme fills in a background job, the
result is marked and goes to review, and without Apertium there is no button."""

import json
import os
import re
import shutil

import pytest

from django.test import override_settings
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation

from editorial import apertium, machine_translation
from editorial.apertium import MachineTranslationFailed, translate_html
from editorial.translation_review import translation_of as target_translation

from .test_translation_workflow import (
    danish,
    login,
    put_string,
    source_module,
    translate_programme,
    translation_of,
)

pytestmark = pytest.mark.django_db

if shutil.which("apertium") is None:
    if os.environ.get("REQUIRE_LANGUAGE_TOOLS") == "1":
        pytest.fail("REQUIRE_LANGUAGE_TOOLS=1 but Apertium is missing (see the README)")
    pytestmark = [pytestmark, pytest.mark.skip("Apertium is not installed (see the README)")]

LINKED = (
    'Les <a href="https://example.org/verktoy">verktøyene</a> før samlingen, og <b>ta med</b> '
    "årshjulet."
)


def editor_props(client, page):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    return html, json.loads(re.search(r'data-props="([^"]*)"', html)[1].replace("&quot;", '"'))


def fill_url(html):
    """The address of the review bar's one machine-translation button, or None."""
    found = re.search(r'<form method="post" action="([^"]*/fill/)"', html)
    return found[1] if found else None


def machine_translations(translation):
    return StringTranslation.objects.filter(
        locale=translation.target_locale,
        context__object_id=translation.source.object_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )


def with_linked_paragraph():
    page = source_module()
    page.body = [("text", RichText(f"<p>{LINKED}</p>"))]
    page.save_revision().publish()


def test_markup_links_entities_and_punctuation_are_kept():
    fragments = [
        'Hei <a id="a1">lenke til oppfølging</a> &amp; deg.',
        "<b>Verktøy</b> for læring",
        'Kommunene og "barnehagene".',
        "Hva gjør vi nå? Vi følger opp!",
        "  ",
    ]
    assert translate_html("nob-dan", fragments) == [
        'Hej <a id="a1">link til opfølgning</a> &amp; dig.',
        "<b>Værktøj</b> for læring",
        'Kommunerne og "børnehaverne".',
        "Hvad gør vi nu? Vi følger op!",
        "  ",
    ]
    assert translate_html("dan-nob", ["Vi mødes igen <i>efter</i> sommerferien."]) == [
        "Vi møtes igjen <i>etter</i> sommerferien."
    ]


def test_one_click_fills_every_untranslated_segment_and_marks_it(client):
    with_linked_paragraph()
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    target = translation.get_target_instance()
    put_string(client, translation, "Å lede elevenes læringsprosesser", "Elevernes læring")
    html, props = editor_props(client, target)
    assert props["machineTranslator"] is None  # one button: the review bar's, not the cloud's
    assert html.count("Oversett på denne serveren") == 1

    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    response = client.post(fill_url(html), {"next": edit_url})
    assert response.status_code == 302 and response.url == edit_url

    total, done = translation.get_progress()
    assert total == done  # every segment has its translation now
    machine = machine_translations(translation)
    assert machine.count() == total - 1  # the one typed by hand is kept as it was
    texts = {t.data for t in machine}
    assert any('<a id="a1">værktøjerne</a>' in text and "<b>tag med</b>" in text for text in texts)
    assert (
        StringTranslation.objects.get(
            context__object_id=translation.source.object_id, data="Elevernes læring"
        ).translation_type
        == StringTranslation.TRANSLATION_TYPE_MANUAL
    )
    html, _props = editor_props(client, target)
    assert f"{total - 1} tekstbiter er maskinoversatt og ikke redigert" in html  # for reviewers


def test_machine_translation_goes_to_review_like_any_translation(client):
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    target = translation.get_target_instance()
    html, _props = editor_props(client, target)
    client.post(fill_url(html), {"next": "/admin/"})
    client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    target.refresh_from_db()
    assert not target.live  # the translator may not publish it
    client.post(reverse("submit_translation_for_review", args=[target.pk]))
    target.refresh_from_db()
    assert target.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert target.get_latest_revision_as_object().title == "At lede elevernes læringsprocesser"


def test_a_whole_programme_is_translated_in_one_job(client):
    login(client, "oversetter")
    programme = translate_programme(client).get_translation(danish())
    pages = list(programme.get_descendants(inclusive=True).specific())
    live_before = {page.pk: page.live_revision_id for page in pages}
    url = reverse("machine_translate_programme", args=[programme.pk])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[programme.pk])).content.decode()
    assert 'name="below"' in editor  # the one button, with "and the pages below it"
    assert f"{len(pages)} sider du kan endre" in client.get(url).content.decode()

    assert client.post(fill_url(editor), {"below": "on"}).status_code == 302
    for page in pages:
        total, done = target_translation(page).get_progress()
        assert total == done, page.title
        page.refresh_from_db()
        assert page.live_revision_id == live_before[page.pk]  # nothing published
    module = source_module().get_translation(danish())
    assert module.get_latest_revision_as_object().title == "At lede elevernes læringsprocesser"


def test_without_apertium_there_is_no_button(client, monkeypatch):
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    target = translation.get_target_instance()
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None):
        html, props = editor_props(client, target)
        assert props["machineTranslator"] is None
        assert "machine-translate" not in html and fill_url(html) is None
    monkeypatch.setattr(apertium, "installed_modes", frozenset)
    html, props = editor_props(client, target)
    assert props["machineTranslator"] is None and fill_url(html) is None
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url, follow=True).status_code == 404


def translated_module(client):
    """The translator's Danish translation of the source module, made as they would."""
    login(client, "oversetter")
    translate_programme(client)
    return translation_of(source_module())


def click_translate(client, translation):
    """The translation editor's "Translate on this server", back on the editor."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    url = reverse("machine_translate_translation", args=[translation.pk])
    response = client.post(url, {"next": edit_url}, follow=True)
    assert response.redirect_chain[0] == (edit_url, 302)
    return response


def test_wagtail_localizes_own_address_runs_the_same_chain(client):
    translation = translated_module(client)
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    response = client.post(url, {"next": edit_url}, follow=True)
    ours = reverse("machine_translate_translation", args=[translation.pk])
    assert response.redirect_chain == [(ours, 307), (edit_url, 302)]
    assert machine_translations(translation).exists()


def test_a_failing_apertium_changes_nothing_and_says_so(client, monkeypatch):
    def broken(mode, text):
        raise MachineTranslationFailed(mode)

    monkeypatch.setattr(apertium, "run_apertium", broken)
    translation = translated_module(client)
    response = click_translate(client, translation)
    assert "Maskinoversettelsen mislyktes, så ingenting er endret" in response.content.decode()
    assert not machine_translations(translation).exists()


def counting_apertium(monkeypatch):
    calls = []
    real = apertium.run_apertium

    def counted(mode, text):
        calls.append(len(text))
        return real(mode, text)

    monkeypatch.setattr(apertium, "run_apertium", counted)
    return calls


def test_text_with_marker_words_still_goes_in_one_process(monkeypatch):
    """A text may not split the batch: once 60 strings carrying the old fixed marker
    word sent each string to its own Apertium process (55 s)."""
    calls = counting_apertium(monkeypatch)
    texts = [f"Møte {n} zzsamlingzz{n} zzsamlingzz0 og mer" for n in range(60)]
    translated = translate_html("nob-dan", texts)
    assert len(calls) == 1 and len(translated) == 60
    assert translated[5].startswith("Møde 5 zzsamlingzz5")


def test_a_huge_text_is_left_for_the_translator(monkeypatch):
    from wagtail.models import Locale
    from wagtail_localize.strings import StringValue

    calls = counting_apertium(monkeypatch)
    huge = StringValue("Hei og velkommen. " * 12_000)  # 216,000 characters
    small = StringValue("Hei og velkommen.")
    translator = machine_translation.ApertiumTranslator({})
    nb, da = Locale.objects.get(language_code="nb"), Locale.objects.get(language_code="da")
    result = translator.translate(nb, da, [huge, small])
    assert list(result) == [small] and result[small].data == "Hej og velkommen."
    assert calls and max(calls) < 1000


def test_a_long_page_is_translated_in_the_background(client, monkeypatch):
    monkeypatch.setattr(machine_translation, "MAX_IN_REQUEST", 50)
    queued = []
    from editorial import translation_guard

    real_enqueue = translation_guard.background.enqueue

    def enqueue(func, args, kwargs):
        queued.append(func.__name__)
        real_enqueue(func, args, kwargs)  # the test backend runs it at once, as a worker

    monkeypatch.setattr(translation_guard.background, "enqueue", enqueue)
    translation = translated_module(client)
    queued.clear()
    response = click_translate(client, translation)
    assert queued == ["machine_translate_page"]
    assert "oversettes i bakgrunnen" in response.content.decode()
    total, done = translation.get_progress()
    assert total == done and machine_translations(translation).exists()
