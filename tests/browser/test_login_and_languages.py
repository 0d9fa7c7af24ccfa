"""A participant finds the login in the header, resets a forgotten password, lands on their
cohort, and moves between the languages on cohort pages and on pages in the other language."""

import re

import pytest
from playwright.sync_api import expect

from django.core import mail

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_danish_participant_resets_her_password_from_the_header_on_a_phone(
    demo, live_server, page, assert_no_axe_violations
):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{live_server.url}/da/")
    page.get_by_role("button", name="Menu").click()
    page.locator(".site-header").get_by_role("link", name="Log ind", exact=True).click()
    page.get_by_role("link", name="Glemt adgangskoden?").click()
    expect(page.get_by_role("heading", level=1, name="Glemt adgangskode")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("E-mailadresse").fill("deltager-kl@example.org")
    page.get_by_role("button", name="Send linket").click()
    expect(page.get_by_role("heading", level=1, name="Tjek din e-mail")).to_be_visible()
    assert len(mail.outbox) == 1 and mail.outbox[0].subject.endswith("Ny adgangskode til Samling")
    link = re.search(r"https?://\S+/da/glemt-adgangskode/\S+/", mail.outbox[0].body).group(0)
    page.goto(link)
    page.get_by_label("Ny adgangskode", exact=True).fill("en-ny-og-lang-kode-2026")
    page.get_by_label("Den nye adgangskode igen").fill("en-ny-og-lang-kode-2026")
    page.get_by_role("button", name="Gem adgangskoden").click()
    expect(page.get_by_role("heading", level=1, name="Adgangskoden er gemt")).to_be_visible()
    page.get_by_role("link", name="Log ind").last.click()
    page.get_by_label("Brugernavn").fill("deltager-kl")
    page.get_by_label("Adgangskode").fill("en-ny-og-lang-kode-2026")
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    # Straight to her cohort.
    page.wait_for_url("**/da/forpligtende-samarbejde/klynge-midtjylland/")
    expect(page.get_by_role("heading", level=1, name="Klynge Midtjylland")).to_be_visible()


def test_an_unknown_address_is_told_the_same_and_gets_no_mail(demo, client):
    response = client.post("/nb/glemt-passord/", {"email": "ingen@example.org"}, follow=True)
    assert "Sjekk e-posten din" in response.content.decode()
    assert mail.outbox == []


def test_the_switcher_on_cohort_pages_leads_to_the_translation_the_participant_may_see(
    demo, live_server, page
):
    page.goto(f"{live_server.url}/nb/absolutt/absolutt-innlandet-2026/")
    page.get_by_label("Brukernavn").fill("deltaker-absolutt")
    page.get_by_label("Passord").fill("samling-demo")
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    page.wait_for_url("**/nb/absolutt/absolutt-innlandet-2026/")
    page.locator(".language-switcher").get_by_role("link", name="Dansk").click()
    page.wait_for_url("**/da/absolutt/absolutt-innlandet-2026/")
    expect(page.get_by_role("heading", level=1, name="ABSOLUTT Innlandet 2026")).to_be_visible()
    # Bokmål and Danish have the cohort; the demo's Nynorsk cohort is another one.
    assert page.locator(".language-switcher__note:not([lang=nn])").count() == 0
    page.locator(".language-switcher").get_by_role("link", name="Norsk bokmål").click()
    page.wait_for_url("**/nb/absolutt/absolutt-innlandet-2026/")


def test_a_cohort_in_one_language_leads_to_its_programme_in_the_other(demo, live_server, page):
    page.goto(f"{live_server.url}/da/forpligtende-samarbejde/klynge-midtjylland/")
    page.get_by_label("Brugernavn").fill("deltager-kl")
    page.get_by_label("Adgangskode").fill("samling-demo")
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    page.wait_for_url("**/klynge-midtjylland/")
    switcher = page.locator(".language-switcher")
    expect(switcher.locator(".language-switcher__note[lang=nb]")).to_be_visible()
    switcher.get_by_role("link", name="Norsk bokmål").click()
    page.wait_for_url("**/nb/forpliktende-samarbeid-om-lederutvikling/")


def test_a_danish_reader_returns_from_a_norwegian_tool_to_the_danish_library(
    demo, live_server, page
):
    page.goto(f"{live_server.url}/da/vaerktoejer/")
    card = page.locator(".tool-card").filter(has_text="(på norsk)").first
    title = card.locator(".tool-card__title a")
    assert title.get_attribute("lang") == "nb"  # its text is marked as Norwegian
    title.click()
    page.wait_for_url("**/nb/verktoy/**")
    page.locator(".language-switcher").get_by_role("link", name="Dansk").click()
    page.wait_for_url(re.compile(r".*/da/vaerktoejer/$"))


def test_untranslated_terms_in_the_danish_library_are_marked(demo, client):
    html = client.get("/da/vaerktoejer/").content.decode()
    assert '<span lang="nb">Styring og administrasjon</span>' in html
    assert "(på norsk)" in html
