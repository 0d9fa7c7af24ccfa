"""A cohort's people in the browser, at phone and desktop widths, in both languages:
a facilitator enrols from a spreadsheet, an invited participant sets a password and
lands on the cohort, a municipality registers and is approved, attendance is recorded
and exported."""

import io
import re
import time
from pathlib import Path

import pytest
import time_machine
from openpyxl import Workbook, load_workbook
from playwright.sync_api import expect

from django.core import mail

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = Path(__file__).resolve().parents[2] / "tmp" / "screens"
PHONE, DESKTOP = {"width": 375, "height": 740}, {"width": 1280, "height": 900}


def log_in(page, base, username, language="nb", password="samling-demo"):  # noqa: S107
    page.context.clear_cookies()
    cohorts = {"nb": "kull", "da": "hold"}[language]
    page.goto(f"{base}/{language}/_util/login/?next=/{language}/{cohorts}/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form.login-form button[type=submit]").click()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def spreadsheet(tmp_path):
    book = Workbook()
    for row in [
        ["Navn", "E-post", "Kommune", "Rolle"],
        ["Astrid Solberg", "astrid.solberg@example.org", "Kongsvinger", "Folkevalgt"],
        ["Trond Eriksen", "trond.eriksen@example.org", "Elverum", "Rektor"],
    ]:
        book.active.append(row)
    path = tmp_path / "deltakere.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_facilitator_enrols_from_a_spreadsheet_and_the_participant_lands_on_the_cohort(
    demo, live_server, page, assert_no_axe_violations, tmp_path, viewport
):
    page.set_viewport_size(viewport)
    log_in(page, live_server.url, "fasilitator-absolutt")
    page.wait_for_url(re.compile(r"/nb/kull/\d+/$"))
    expect(page.get_by_text("1 av 3 lag bryter reglene")).to_be_visible()
    expect(page.get_by_text("Ingen folkevalgt.").first).to_be_visible()
    assert_no_axe_violations(page)
    shot(page, f"facilitator-overview-{viewport['width']}")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]

    page.get_by_role("link", name="Importer fra regneark").click()
    page.get_by_label("Deltakerliste").set_input_files(spreadsheet(tmp_path))
    page.get_by_role("button", name="Sjekk lista").click()
    expect(page.get_by_text("2 deltakere er klare til å meldes inn")).to_be_visible()
    assert_no_axe_violations(page)
    shot(page, f"import-preview-{viewport['width']}")
    page.get_by_role("button", name="Meld inn og send invitasjoner").click()
    expect(page.get_by_text("2 deltakere er meldt inn")).to_be_visible()
    assert page.get_by_text("0 av 3 lag").count() == 0  # Kongsvinger now has a politician
    expect(page.get_by_text("Alle lagene følger reglene.")).to_be_visible()

    invitation = next(m for m in mail.outbox if m.to == ["astrid.solberg@example.org"])
    link = re.search(r"http://[^/]+(/\S+)", invitation.body).group(1)
    page.context.clear_cookies()
    page.goto(live_server.url + link)
    page.locator("#id_new_password1").fill("Et-godt-passord-42")
    page.locator("#id_new_password2").fill("Et-godt-passord-42")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Sett passord og logg inn").click()
    page.wait_for_url(f"{live_server.url}/nb/absolutt/absolutt-innlandet-2026/")
    expect(page.locator(".cohort-teams").get_by_text("ditt lag")).to_be_visible()
    assert page.get_by_text("Siri Lund").count() == 0  # names are for facilitators only
    assert_no_axe_violations(page)
    shot(page, f"participant-cohort-{viewport['width']}")


def test_a_municipality_registers_in_danish_and_the_facilitator_approves(
    demo, live_server, page, assert_no_axe_violations
):
    page.goto(f"{live_server.url}/da/absolutt/")
    page.get_by_role("link", name="Tilmeld kommunens team").click()
    page.get_by_label(re.compile("^Kommune")).fill("Løten")
    page.get_by_label(re.compile("^Dit navn")).fill("Guro Løkken")
    page.get_by_label(re.compile("^Din e-mail")).fill("guro.lokken@example.org")
    page.get_by_label(re.compile("^Din rolle")).select_option(label="Kommunaldirektør")
    member = page.locator("fieldset.member-row").first
    member.get_by_label(re.compile("^Navn")).fill("Hans Rud")
    member.get_by_label(re.compile("^E-mail")).fill("hans.rud@")  # a typo first
    member.get_by_label(re.compile("^Rolle")).select_option(label="Kommunalpolitiker")
    assert_no_axe_violations(page)
    # People take longer than bots to fill a form: the clock of the process (and so of
    # the live server) moves on four seconds rather than the test waiting for them.
    with time_machine.travel(time.time() + 4):
        page.get_by_role("button", name="Send tilmelding").click()
        expect(page.get_by_text("Tilmeldingen er ikke sendt endnu")).to_be_visible()
        assert page.get_by_label(re.compile("^Dit navn")).input_value() == "Guro Løkken"
        member.get_by_label(re.compile("^E-mail")).fill("hans.rud@example.org")
        page.get_by_role("button", name="Send tilmelding").click()
        expect(page.get_by_role("heading", name="Tilmeldingen er modtaget")).to_be_visible()

    log_in(page, live_server.url, "fasilitator-absolutt")
    page.get_by_role("button", name="Godkjenn og inviter Løten").click()
    expect(page.get_by_text("Løten er godkjent")).to_be_visible()
    assert page.locator("#teams-heading ~ article h3", has_text="Løten").count() == 1
    assert sorted(m.to[0] for m in mail.outbox)[-2:] == [
        "guro.lokken@example.org",
        "hans.rud@example.org",
    ]
    invitation = next(m for m in mail.outbox if m.to == ["hans.rud@example.org"])
    assert "Kontoen din" in invitation.subject  # the cohort's language, not the form's


def test_attendance_recorded_and_exported_in_danish(demo, live_server, page):
    page.set_viewport_size(PHONE)
    log_in(page, live_server.url, "facilitator-kl", language="da")
    page.wait_for_url(re.compile(r"/da/hold/\d+/$"))
    page.get_by_role("link", name=re.compile("^Registrér fremmøde")).first.click()
    for person, state in [("Lone Madsen", "til stede"), ("Pia Larsen", "til stede")]:
        choice = page.locator("fieldset.attendance-choice", has_text=person)
        choice.get_by_label(state, exact=True).check()
    page.locator("fieldset.attendance-choice", has_text="Mads Nielsen").get_by_label(
        "lovligt fravær"
    ).check()
    page.get_by_role("button", name="Gem fremmøde").click()
    expect(page.get_by_text("Fremmødet er gemt.")).to_be_visible()
    shot(page, "attendance-375")
    with page.expect_download() as download:
        page.get_by_role("link", name="Hent fremmøde (.xlsx)").click()
    sheet = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    marked = [row[1] for row in sheet.iter_rows(values_only=True) if "til stede" in row]
    assert sorted(marked) == ["Lone Madsen", "Pia Larsen"]
    assert any("lovligt fravær" in row for row in sheet.iter_rows(values_only=True))
    assert download.value.suggested_filename.startswith("fremmoede-")
