"""ABSOLUTT and the two statements in Nynorsk, made as editors make a translation here:
wagtail-localize translates the Bokmål pages, the translation chain fills them (memory,
term base, Apertium `nob-nno_e`), a person reads every text, and the Nynorsk approver
approves each page in "Fagleg godkjenning" from the side-by-side reading.

demo/nynorsk.po holds the texts as they were after the reading (`manage.py
nynorsk_reading` adds new ones as the chain fills them): an entry with a translator comment was changed by the
reader, and the comment keeps what Apertium wrote; the others were read and kept as the
machine wrote them, and are stored as machine translations, as the editor shows them."""

from pathlib import Path

import polib

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import InformationPage
from programme.pages import ProgrammePage

READING = Path(__file__).with_name("nynorsk.po")
TRANSLATOR = "oversetter"
READER = "godkjenner-nn"
PROGRAMME = "absolutt"
STATEMENTS = ("tilgjengelighet", "personvern")
NOT_TRANSLATED = ("cohortpage", "sharedresultpage")  # a cohort's and a team's own pages


def pages_to_translate():
    """The Bokmål pages the demo has in Nynorsk, parents before their children."""
    nb = Locale.objects.get(language_code="nb")
    programme = ProgrammePage.objects.get(slug=PROGRAMME, locale=nb)
    pages = [
        page.specific
        for page in programme.get_descendants(inclusive=True).select_related("content_type")
        if page.content_type.model not in NOT_TRANSLATED
    ]
    statements = InformationPage.objects.filter(slug__in=STATEMENTS, locale=nb, depth=3)
    return pages + list(statements)


def read_texts():
    """{Bokmål text: (Nynorsk text, changed by the reader?)}."""
    return {
        entry.msgid: (entry.msgstr, bool(entry.tcomment))
        for entry in polib.pofile(str(READING))
        if entry.msgstr
    }


def ensure_nynorsk():
    """Translate, read and approve the pages once; a later load finds them and stops."""
    nn = Locale.objects.get(language_code="nn")
    pages = pages_to_translate()
    if not pages or pages[0].has_translation(nn):
        return []
    users = get_user_model().objects
    translator, reader = users.get(username=TRANSLATOR), users.get(username=READER)
    texts = read_texts()
    translated = []
    for page in pages:  # as "Translate this page" would, with the texts filled first
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=nn)
        fill_from_reading(translation, texts, reader)
        translation.save_target(user=translator, publish=False)
        translated.append(approve(page.get_translation(nn).specific, translator, reader))
    return translated


def fill_from_reading(translation, texts, reader):
    """Each text as read: the reader's own where they changed it, else the machine's."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        text, changed = texts.get(segment.string.data, (segment.string.data, False))
        origin = (
            {"translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL}
            if changed
            else {
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                "tool_name": "Apertium",
            }
        )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text, "last_translated_by": reader, **origin},
        )


def approve(page, translator, reader):
    """Send the page to its review workflow and approve it as the reader, who read it
    side by side with the Bokmål ("Read and approve")."""
    workflow_state = page.get_workflow().start(page, translator)
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, reader, "approve", read=True)
    return Page.objects.get(pk=page.pk)


def update_reading():
    """Add the texts of the pages that demo/nynorsk.po lacks, as the chain translates
    them, for a person to read; the texts already read stay as they are."""
    from editorial.translation_chain import translate

    po = polib.pofile(str(READING), wrapwidth=0) if READING.exists() else polib.POFile()
    po.wrapwidth = 0
    known = {entry.msgid for entry in po}
    new = []
    for page in pages_to_translate():
        source, _created = TranslationSource.get_or_create_from_instance(page)
        for segment in source.stringsegment_set.select_related("string").order_by("order"):
            if segment.string.data not in known:
                known.add(segment.string.data)
                new.append(segment.string.data)
    for text, filled in zip(new, translate("nb", "nn", new), strict=True):
        po.append(polib.POEntry(msgid=text, msgstr=filled.text))
    po.save(str(READING))
    return len(new)
