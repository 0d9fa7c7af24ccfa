"""A facilitator runs a cohort from a phone (and a desktop), in Bokmål and Danish:
imports a list with bad rows, takes a suggestion, enrols the valid rows, records that
everyone came, writes to a team, moves a session, reads the results and downloads the
certificates; every screen axe-clean and without sideways scrolling."""

import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from playwright.sync_api import expect

from django.core import mail

from .test_cohort_journeys import DESKTOP, PHONE, log_in, shot

pytestmark = pytest.mark.django_db(transaction=True)

# What each language's facilitator sees and types: their cohort, a team, a misspelled
# team and the screens' words.
WORDS = {
    "nb": {
        "user": "fasilitator-absolutt",
        "team": "Hamar",
        "typo": "Hamr",
        "use": "Bruk Hamar",
        "enrol": "Meld inn de 4 gyldige radene",
        "enrolled": "4 deltakere er meldt inn",
        "record": "Før oppmøte",
        "all": "Alle var til stede",
        "saved": "Oppmøtet er lagret.",
        "write": "Skriv en melding",
        "to": "Laget Hamar",
        "sending": "Meldingen sendes til",
        "move": "Flytt",
        "moved_button": "Flytt og gi beskjed til deltakerne",
        "moved": "Samlingen er flyttet",
        "results": "Evalueringsresultater",
        "certificates": "Last ned alle deltakerbevis (.zip)",
        "check": "Sjekk lista",
        "file": "Deltakerliste",
        "import": "Importer fra regneark",
        "problems": "Last ned raden med feil (.xlsx)",
    },
    "da": {
        "user": "facilitator-kl",
        "team": "Silkeborg",
        "typo": "Silkebrog",
        "use": "Brug Silkeborg",
        "enrol": "Tilmeld de 4 gyldige rækker",
        "enrolled": "4 deltagere er tilmeldt",
        "record": "Registrér fremmøde",
        "all": "Alle var til stede",
        "saved": "Fremmødet er gemt.",
        "write": "Skriv en besked",
        "to": "Teamet Silkeborg",
        "sending": "Beskeden sendes til",
        "move": "Flyt",
        "moved_button": "Flyt og giv deltagerne besked",
        "moved": "Mødet er flyttet",
        "results": "Evalueringsresultater",
        "certificates": "Hent alle deltagerbeviser (.zip)",
        "check": "Tjek listen",
        "file": "Deltagerliste",
        "import": "Importér fra regneark",
        "problems": "Hent rækken med fejl (.xlsx)",
    },
}


def participant_list(tmp_path, words):
    """Five rows: three good, one with a misspelled team, one with a broken address."""
    book = Workbook()
    team = words["team"]
    for row in [
        ["name", "email", "municipality", "role"],
        ["Ny En", "ny.en@example.org", team, "rektor"],
        ["Ny To", "ny.to@example.org", team, "rektor"],
        ["Ny Tre", "ny.tre@example.org", words["typo"], "rektor"],
        ["Ny Fire", "ny.fire@example.org", team, "rektor"],
        ["Ny Fem", "ikke-en-adresse", team, "rektor"],
    ]:
        book.active.append(row)
    path = tmp_path / "liste.xlsx"
    book.save(path)
    return path


def fits(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width


COHORT_WORD = {"nb": "kull", "da": "hold"}  # the facilitator's screens' addresses


def check(page, axe, width, name):
    axe(page)
    fits(page, width)
    shot(page, name)


@pytest.mark.parametrize("language", ["nb", "da"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_facilitators_day(
    live_server, page, assert_no_axe_violations, tmp_path, viewport, language
):
    words, width = WORDS[language], viewport["width"]
    name = f"facilitator-{language}-{width}"
    page.set_viewport_size(viewport)
    log_in(page, live_server.url, words["user"], language=language)
    page.wait_for_url(re.compile(rf"/{language}/{COHORT_WORD[language]}/\d+/$"))
    overview = page.url
    check(page, assert_no_axe_violations, width, f"{name}-overview")
    nav = page.locator("nav.page-nav")
    if width < 400:
        page.set_viewport_size({"width": 320, "height": 640})
        fits(page, 320)
        page.mouse.wheel(0, 2500)
        expect(nav).to_be_in_viewport()  # the in-page menu stays at hand
        page.set_viewport_size(viewport)

    # 1. Import with bad rows, take a suggestion, enrol the valid rows (4 steps)
    page.get_by_role("link", name=words["import"]).click()
    page.get_by_label(words["file"]).set_input_files(participant_list(tmp_path, words))
    page.get_by_role("button", name=words["check"]).click()
    page.get_by_role("button", name=re.compile("^" + re.escape(words["use"]))).click()
    check(page, assert_no_axe_violations, width, f"{name}-import")
    page.get_by_role("button", name=re.compile("^" + re.escape(words["enrol"]))).click()
    expect(page.get_by_text(words["enrolled"])).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name=words["problems"]).click()
    assert download.value.suggested_filename.endswith(".xlsx")

    # 2. Everyone came to the first session (2 steps)
    page.goto(overview)
    page.get_by_role("link", name=re.compile("^" + words["record"])).first.click()
    page.get_by_role("button", name=words["all"]).click()
    expect(page.get_by_text(words["saved"])).to_be_visible()

    # 3. A message to one team (4 steps)
    page.get_by_role("link", name=words["write"]).first.click()
    page.locator("#id_to").select_option(label=words["to"])
    page.locator("#id_subject").fill("Rom 204")
    page.locator("#id_body").fill("Vi møtes i rom 204.")
    check(page, assert_no_axe_violations, width, f"{name}-message")
    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.get_by_text(words["sending"])).to_be_visible()
    assert any(m.subject.endswith("Rom 204") for m in mail.outbox)

    # 4. Move the last session to another room (3 steps)
    page.get_by_role("link", name=re.compile("^" + words["move"] + " ")).last.click()
    page.locator("#id_venue").fill("Rådhuset")
    check(page, assert_no_axe_violations, width, f"{name}-move")
    page.get_by_role("button", name=words["moved_button"]).click()
    expect(page.get_by_text(words["moved"])).to_be_visible()
    assert any("Rådhuset" in m.body for m in mail.outbox)

    # 5. Read the results (1 step) and download every certificate (1 step)
    page.get_by_role("link", name=words["results"]).click()
    check(page, assert_no_axe_violations, width, f"{name}-results")
    page.goto(overview)
    with page.expect_download() as download:
        page.get_by_role("link", name=words["certificates"]).click()
    archive = zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert len(archive.namelist()) >= 4  # everyone who came to the first session
