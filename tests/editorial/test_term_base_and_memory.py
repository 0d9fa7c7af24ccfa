"""The term base and the translation memory in the machine-translation chain: terms
put in place and checked, person-made translations remembered when published and used
before Apertium, the `import_terms` and `machine_translate` commands, and close matches
offered in the translation editor."""

import io
import shutil
from unittest import mock

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from wagtail_localize.models import StringSegment

from editorial.models import checks_for
from terms import matching
from terms.models import Term
from translation_memory.models import RememberedTranslation

from .test_machine_translation import fill_url, machine_translations
from .test_translation_workflow import (
    TITLE,
    TITLE_DA,
    login,
    publish_translation,
    put_string,
    source_module,
    translate_programme,
    translation_of,
)

pytestmark = pytest.mark.django_db
needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None, reason="Apertium is not installed (see the README)"
)


def translate(text, source="nb", target="da"):
    out = io.StringIO()
    with mock.patch("sys.stdin", io.StringIO(text)):
        call_command(
            "machine_translate",
            "--source",
            source,
            "--target",
            target,
            "--origin",
            stdout=out,
        )
    return [line.split("\t", 1) for line in out.getvalue().splitlines()]


def write_csv(tmp_path, text):
    path = tmp_path / "terms.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_terms_adds_updates_and_reports_bad_rows(tmp_path):
    Term.objects.all().delete()
    Term.objects.create(nb="rådmann", da="kommunaldirektør")
    path = write_csv(
        tmp_path,
        "nb,da,note\n"
        "kommunestyre,kommunalbestyrelse,Det folkevalgte organet\n"
        "rådmann,kommunaldirektør,Også «kommunedirektør»\n"
        "bare norsk,,\n"
        '"to\nlinjer",to linjer,\n',
    )
    out, err = io.StringIO(), io.StringIO()
    call_command("import_terms", path, stdout=out, stderr=err)
    assert "Termer lagt til: 1, oppdatert: 1, rader hoppet over: 2." in out.getvalue()
    assert "Rad 4 hoppet over" in err.getvalue() and "Rad 5 hoppet over" in err.getvalue()
    assert Term.objects.get(nb="rådmann").note == "Også «kommunedirektør»"
    assert Term.objects.count() == 2


def test_import_terms_refuses_a_file_without_language_columns(tmp_path):
    with pytest.raises(CommandError, match="nb, da, nn"):
        call_command("import_terms", write_csv(tmp_path, "norsk;dansk\nen;en\n"))
    with pytest.raises(CommandError, match="Kan ikke lese"):
        call_command("import_terms", str(tmp_path / "missing.csv"))


def test_the_term_base_exports_a_file_import_terms_reads(admin_client, tmp_path):
    Term.objects.all().delete()
    Term.objects.create(nb="barnehage", da="dagtilbud", note="Om tilbudet")
    response = admin_client.get(reverse("wagtailsnippets_terms_term:list") + "?export=csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert text.splitlines()[0] == "nb,da,nn,note"
    assert "barnehage,dagtilbud,,Om tilbudet" in text
    Term.objects.all().delete()
    call_command("import_terms", write_csv(tmp_path, text), stdout=io.StringIO())
    assert Term.objects.get(nb="barnehage").da == "dagtilbud"


def test_a_term_needs_two_languages_and_is_not_there_twice(admin_client):
    url = reverse("wagtailsnippets_terms_term:add")
    response = admin_client.post(url, {"nb": "barnehage", "da": "", "nn": "", "note": ""})
    assert "Skriv termen på minst to språk" in response.content.decode()
    Term.objects.all().delete()  # the demo's
    Term.objects.create(nb="skoleeier", da="skoleejer")
    response = admin_client.post(url, {"nb": "Skoleeier", "da": "skoleejer", "nn": "", "note": ""})
    assert "er allerede i termbasen" in response.content.decode()
    Term.objects.create(nb="barnehage", da="dagtilbud")
    Term.objects.create(nb="barnehager", da="dagtilbud")  # one Danish word for both forms
    assert [(p.source, p.target) for p in matching.pairs("da", "nb")] == [
        ("skoleejer", "skoleeier"),
        ("dagtilbud", "barnehage"),
    ]


def test_misses_are_found_in_any_form_and_case():
    pair = matching.Pair("kommunestyre", "kommunalbestyrelse")
    assert matching.misses("<p>Kommunestyret vedtar</p>", "Kommunestyret vedtager", [pair])
    assert not matching.misses("Kommunestyret vedtar", "Kommunalbestyrelsen vedtager", [pair])
    assert not matching.misses("Styret vedtar", "Bestyrelsen vedtager", [pair])


@needs_apertium
def test_the_chain_puts_terms_in_place_and_keeps_the_sentence():
    Term.objects.create(nb="kommunestyre", da="kommunalbestyrelse")
    Term.objects.create(nb="barnehage", da="dagtilbud")
    [(origin, text)] = translate("Barnehage og skole er tema for kommunestyre i dag.")
    assert origin == "machine"
    assert text.startswith("Dagtilbud og skole") and "kommunalbestyrelse i dag." in text


@needs_apertium
def test_a_published_translation_is_remembered_and_used_first(client, committed):
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    put_string(client, translation, TITLE, "Ledelse af elevernes læreprocesser")
    login(client, "godkjenner")
    publish_translation(client, translation, committed)
    remembered = RememberedTranslation.objects.get(source_text=TITLE)
    assert remembered.target_text == "Ledelse af elevernes læreprocesser"
    assert not RememberedTranslation.objects.filter(target_text=TITLE_DA).exists()
    assert translate(f"{TITLE}\nEt nytt avsnitt.") == [
        ["memory", "Ledelse af elevernes læreprocesser"],
        ["machine", "Et nyt afsnit."],
    ]


@needs_apertium
def test_the_editor_offers_close_matches_and_marks_texts_from_memory(client):
    login(client, "oversetter")
    translate_programme(client)
    translation = translation_of(source_module())
    other = (
        StringSegment.objects.filter(source=translation.source)
        .exclude(string__data=TITLE)
        .order_by("order")
        .first()
        .string.data
    )
    remember(TITLE[:-2], "Ledelse af elevernes læreproces")  # close to the title
    remember(other, "Fra hukommelsen")  # the same text, word for word
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    html = client.get(edit_url).content.decode()
    assert "1 nært treff i oversettelsesminnet" in html
    assert TITLE[:-2] in html and "Ledelse af elevernes læreproces" in html
    use = reverse("use_close_match", args=[translation.pk])
    assert f'action="{use}"' in html
    title = StringSegment.objects.get(source=translation.source, string__data=TITLE)
    close = RememberedTranslation.objects.get(source_text=TITLE[:-2])
    client.post(use, {"segment": title.pk, "memory": close.pk})
    taken = machine_translations(translation).get(translation_of__data=TITLE)
    assert taken.data == "Ledelse af elevernes læreproces" and taken.tool_name == "memory-close"
    assert "Fra et nært treff i oversettelsesminnet" in taken.get_comment()
    page = translation.get_target_instance()
    assert checks_for(page).unread == 1  # a close match is read before it is approved
    html = client.get(edit_url).content.decode()
    response = client.post(fill_url(html), {"next": edit_url}, follow=True)
    assert "1 tekster fra oversettelsesminnet" in response.content.decode()
    from_memory = machine_translations(translation).get(translation_of__data=other)
    assert from_memory.data == "Fra hukommelsen" and from_memory.tool_name == "memory"
    assert "Fra oversettelsesminnet" in from_memory.get_comment()


def remember(source, target):
    RememberedTranslation.objects.create(
        source_language="nb", target_language="da", source_text=source, target_text=target
    )


def test_machine_translate_says_when_it_cannot_translate():
    with pytest.raises(CommandError, match="xx"):
        translate("Hei", source="xx")
