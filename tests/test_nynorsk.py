"""Nynorsk, the third language: where it behaves differently from Bokmål and Danish.

The site at /nn/ and its head, what a Nynorsk reader reads where no Nynorsk exists
("(på bokmål)", Bokmål before Danish), a Nynorsk cohort's pages, calendar and emails, the
Nynorsk approver's rights, the demo's review record and the translator's Nynorsk. The
checks every language has (axe, reflow, search forms, admin screens) are parametrised
by language in their own modules.
"""

import io
import re

import pytest
from docx import Document

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringTranslation, TranslationSource

from cohorts.invitations import message_for
from cohorts.models import Cohort
from editorial.apertium import mode_for
from editorial.roles import APPROVER_NN
from editorial.translation_chain import translate
from programme.pages import ModulePage, ProgrammePage
from terms.models import Term
from tests.cohorts.conftest import logged_in

pytestmark = pytest.mark.django_db

COHORT = "/nn/absolutt/absolutt-sogn-2026/"


@pytest.fixture
def sogn():
    return Cohort.objects.get(title="ABSOLUTT Sogn 2026")


def test_the_nynorsk_home_speaks_nynorsk_and_names_its_versions(client):
    html = client.get("/nn/").content.decode()
    assert '<html lang="nn"' in html
    alternates = dict(re.findall(r'hreflang="(\w+)" href="[^"]*?(/\w\w/)"', html))
    assert alternates == {"nb": "/nb/", "nn": "/nn/", "da": "/da/"}
    assert '<meta property="og:locale" content="nn_NO">' in html
    assert "leiarutviklingsprogramma" in html  # the home page's own Nynorsk text


def test_a_nynorsk_reader_gets_bokmal_before_danish_and_is_told(client):
    """KL's programme is Danish with a Bokmål translation: the Nynorsk home lists the
    Bokmål one, marked; a Bokmål tool in the Nynorsk library is marked too."""
    home = client.get("/nn/").content.decode()
    assert "Forpliktende samarbeid om lederutvikling" in home
    assert "Forpligtende samarbejde om ledelsesudvikling" not in home
    assert '<span class="lang-badge" lang="nb">(på bokmål)</span>' in home
    library = client.get("/nn/verktoy/").content.decode()
    assert "(på bokmål)" in library and "(på norsk)" not in library


def test_the_nynorsk_cohort_page_speaks_nynorsk_to_its_members():
    html = logged_in("deltakar-sogn").get(COHORT).content.decode()
    assert "Kull · Sogn" in html and "Laget ditt: Sogndal" in html
    assert "Alle samlingar" in html
    # Its sessions' modules are the Nynorsk ones; its tools are Bokmål, marked.
    assert "Kvar vil vi? Framtidsbilete" in html
    assert '<span class="lang-badge" lang="nb">(på bokmål)</span>' in html
    assert "dagar igjen" in html
    for bokmal in ("Alle samlinger", "Hvor vil vi?", "dager igjen"):
        assert bokmal not in html


def test_the_nynorsk_cohort_calendar_is_in_nynorsk_time():
    client = logged_in("deltakar-sogn")
    calendar = client.get(COHORT + "kalender/").content.decode()
    assert "X-WR-CALNAME:ABSOLUTT Sogn 2026" in calendar
    assert "TZID=Europe/Oslo" in calendar and "Kvar vil vi? Framtidsbilete" in calendar


def test_the_invitation_to_a_nynorsk_cohort_is_in_nynorsk(sogn):
    membership = sogn.memberships.select_related("user", "team").first()
    page = Page.objects.get(translation_key=sogn.page_key).specific
    message = message_for(membership, page, page.url)
    assert "ABSOLUTT Sogn 2026" in message.subject
    assert re.search(r"\b(ikkje|kullet|laget|Hei)\b", message.body)
    assert not re.search(r"\b(ikke|hvordan|deltakerne)\b", message.body), message.body
    assert not mail.outbox  # built, not sent


def test_the_nynorsk_approver_publishes_nynorsk_only():
    approver = get_user_model().objects.get(username="godkjenner-nn")
    assert approver.groups.filter(name=APPROVER_NN).exists()
    module = {
        code: ModulePage.objects.filter(locale__language_code=code).order_by("path").first()
        for code in ("nb", "nn")
    }
    assert module["nn"].permissions_for_user(approver).can_publish()
    assert not module["nb"].permissions_for_user(approver).can_edit()
    task = module["nn"].get_workflow().tasks.get().specific
    assert task.groups.filter(name=APPROVER_NN).exists()


def test_the_demos_nynorsk_was_read_and_approved_by_the_nynorsk_approver():
    """Every page: approved in "Fagleg godkjenning" by godkjenner-nn; its texts are the
    machine's, except the ones the reader changed (demo/nynorsk.po)."""
    nn = Locale.objects.get(language_code="nn")
    programme = ProgrammePage.objects.get(slug="absolutt", locale=nn)
    states = WorkflowState.objects.filter(
        base_content_type__model="page",
        object_id__in=[
            str(pk)
            for pk in programme.get_descendants(inclusive=True)
            .live()
            .exclude(content_type__model="cohortpage")
            .values_list("pk", flat=True)
        ],
    )
    assert states.count() == 17  # the programme, 4 goals, 4 modules, 8 tasks
    assert {state.status for state in states} == {WorkflowState.STATUS_APPROVED}
    assert {state.workflow.name for state in states} == {"Fagleg godkjenning"}
    finished_by = {t.finished_by.username for s in states for t in s.task_states.all()}
    assert finished_by == {"godkjenner-nn"}
    texts = StringTranslation.objects.filter(locale=nn)
    changed = texts.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL)
    machine = texts.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
    assert changed.filter(data="Politisk ansvar og mynde").exists()
    assert 10 <= changed.count() < machine.count()


@pytest.mark.skipif(mode_for("nb", "nn") is None, reason="Apertium's nob-nno_e is not installed")
def test_the_translator_writes_nynorsk_as_municipalities_do_with_the_term_base():
    Term.objects.filter(nb="kull").delete()
    plain = translate("nb", "nn", ["Vi ønsker å høre hva dere mener om kullet."])[0].text
    assert plain.startswith("Vi ønskjer å høyre kva de meiner")  # e-infinitive, "vi"
    Term.objects.create(nb="kullet", nn="kullet", da="holdet")
    with_terms = translate("nb", "nn", ["Meldinger til kullet."])[0].text
    assert with_terms == "Meldingar til kullet."


@pytest.mark.parametrize(("username", "allowed"), [("redaktor-da", False), ("oversetter", True)])
def test_syncing_a_source_translated_into_nynorsk_takes_rights_in_the_nynorsk_tree(
    username, allowed
):
    """wagtail-localize's sync writes every translation of a source: a Danish editor may
    not sync ABSOLUTT's module, which has a Nynorsk translation; a translator may."""
    module = ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")
    source = TranslationSource.objects.get(object_id=module.translation_key)
    before = source.last_updated_at
    with TestCase.captureOnCommitCallbacks(execute=True):
        logged_in(username).post(reverse("wagtail_localize:update_translations", args=[source.pk]))
    source.refresh_from_db()
    assert (source.last_updated_at != before) is allowed


def test_the_nynorsk_teams_workbook_is_in_nynorsk_with_its_nynorsk_tasks(sogn):
    """Its heading, its address words and the tasks' Nynorsk questions."""
    sogndal = sogn.teams.get(municipality="Sogndal")
    client = logged_in("deltakar-sogn")
    with translation.override("nn"):
        url = reverse("teamwork:workbook", args=[sogn.pk, sogndal.pk, "docx"])
    assert url.startswith("/nn/kull/") and "/arbeidsbok/" in url
    response = client.get(url)
    text = [p.text for p in Document(io.BytesIO(response.content)).paragraphs]
    assert text[0] == "Arbeidsbok – Sogndal – ABSOLUTT Sogn 2026"
    assert "Kva manglar vi kunnskap om?" in text
    assert "Hva mangler vi kunnskap om?" not in text


def test_the_translation_status_report_offers_nynorsk_and_lists_what_it_lacks():
    html = logged_in("oversetter").get(reverse("translation_status"), {"locale": "nn"}).text
    assert 'value="nn"' in html and "Led skole" in html  # not translated into Nynorsk
    assert ">ABSOLUTT</a>" not in html  # translated, read and approved
