"""Translated pages get addresses in their own language, from their translated title."""

import pytest

from wagtail.models import Page
from wagtail_localize.models import StringSegment

from base.translated_slugs import ascii_slug, source_page

from .test_translation_workflow import (
    TITLE,
    login,
    publish_translated_programme,
    publish_translation,
    put_string,
    source_module,
    translate_programme,
    translation_of,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title", "language", "slug"),
    [
        ("Oppfølging av læringsmiljøet", "nb", "oppfolging-av-laeringsmiljoet"),
        ("Opfølgning af læringsmiljøet", "da", "opfoelgning-af-laeringsmiljoeet"),
        ("Årshjul for kvalitetsarbeid", "nb", "arshjul-for-kvalitetsarbeid"),
        ("Årshjul for kvalitetsarbejdet", "da", "aarshjul-for-kvalitetsarbejdet"),
        ("ÆRLIGE SVAR – Øvelse 2", "da", "aerlige-svar-oevelse-2"),
        ("Café og møte", "nb", "cafe-og-mote"),
    ],
)
def test_letters_are_written_out_never_dropped(title, language, slug):
    assert ascii_slug(title, language) == slug


def test_a_translation_takes_its_address_from_its_translated_title(client, committed):
    login(client, "oversetter")
    programme = translate_programme(client)
    translation = translation_of(source_module())
    slug_segments = StringSegment.objects.filter(source=translation.source, context__path="slug")
    assert not slug_segments.exists()  # translators translate the title, not the address
    put_string(client, translation, TITLE, "Opfølgning af elevernes læring")
    login(client, "godkjenner")
    publish_translated_programme(client, programme, committed)
    page = publish_translation(client, translation, committed)
    assert page.slug == "opfoelgning-af-elevernes-laering"
    assert client.get(page.url).status_code == 200
    assert page.url.endswith("/opfoelgning-af-elevernes-laering/")


def test_a_slug_the_editor_chose_is_kept():
    page = Page.objects.get(slug="politisk-ansvar-og-kompetence", locale__language_code="da")
    page.slug = "ansvar"
    page.save()
    page.refresh_from_db()
    assert page.slug == "ansvar"
    assert source_page(page).slug == "politisk-ansvar"  # the source keeps its own


def test_the_demos_danish_pages_have_danish_addresses():
    translated = [
        (page, source_page(page))
        for page in Page.objects.filter(locale__language_code="da", depth__gt=2).specific()
    ]
    translated = [(page, source) for page, source in translated if source is not None]
    assert len(translated) >= 15
    for page, source in translated:
        assert page.slug.isascii()
        if page.title != source.title:
            assert page.slug == ascii_slug(page.title, "da"), page.url_path
    urls = {page.url_path for page, _source in translated}
    assert "/da/vaerktoejer/aarshjul-for-kvalitetsarbejdet/" in urls
    assert "/da/absolutt/hvor-er-vi-vidensgrundlaget/find-jeres-egne-data-frem/" in urls
