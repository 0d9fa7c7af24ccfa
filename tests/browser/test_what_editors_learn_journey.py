"""A leader finds a tool in the library by typing, downloads it and searches for something
the site does not have; an editor then reads both in the admin's report and downloads it
as CSV. The header keeps one row at 1280 px whatever a programme is called, and the
registration's robot trap is out of reach of keyboards and screen readers."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from programme.pages import ProgrammePage

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = "tmp/screens"


def test_a_leaders_download_and_empty_search_reach_the_editors_report(
    demo, live_server, page, admin_login, assert_no_axe_violations
):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/nb/verktoy/")
    page.locator("#library-q").press_sequentially("eierstr", delay=30)
    # The list follows the typing (library.js), and the address keeps the words.
    expect(page.locator("[data-library-results] h2")).to_have_text("1 verktøy")
    expect(page).to_have_url(re.compile(r"/nb/verktoy/\?q=eierstr$"))
    assert_no_axe_violations(page)
    page.screenshot(path=f"{SHOTS}/library-filtered-nb-375.png", full_page=True)
    with page.expect_download() as download:
        page.locator(".download").first.click()
    assert download.value.suggested_filename == "eierstrategi-nb.docx"

    page.goto(f"{live_server.url}/nb/sok/?q=verktoy")
    expect(page.get_by_text("Mente du")).to_be_visible()
    page.get_by_role("link", name="verktøy", exact=True).click()
    expect(page.locator(".search-results__title").first).to_contain_text("Verktøy")
    page.goto(f"{live_server.url}/nb/sok/?q=kompetanseheving")
    expect(page.locator(".search-count")).to_contain_text("0 treff")

    page.set_viewport_size({"width": 1280, "height": 900})
    admin_login(page, "redaktor-nb")
    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("button", name="Rapporter").click()
    page.get_by_role("link", name="Nedlastinger og søk").click()
    downloads = page.locator("table").first
    expect(
        downloads.get_by_role(
            "row", name=re.compile("Mal for eierstrategi 1 Norsk bokmål 1 DOCX 1")
        )
    ).to_be_visible()
    searches = page.locator("table").nth(1)
    expect(
        searches.get_by_role("row", name=re.compile("kompetanseheving Norsk bokmål 1"))
    ).to_be_visible()
    expect(searches).not_to_contain_text("verktøy")  # the suggestion found something
    page.screenshot(path=f"{SHOTS}/usage-report-nb-1280.png", full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Last ned som CSV").nth(1).click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][:3] == ["kompetanseheving", "Norsk bokmål", "1"]


def test_without_javascript_the_menu_stays_open_and_the_library_filters(demo, live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/da/vaerktoejer/")
    assert not page.locator("[data-menu-button]").is_visible()
    expect(page.locator(".main-nav").get_by_role("link", name="Værktøjer")).to_be_visible()
    expect(page.locator("#header-search-q")).to_be_visible()
    page.locator("#library-q").fill("skabelon")
    page.get_by_role("combobox", name="Sortér efter").select_option("downloads")
    page.get_by_role("button", name="Find", exact=True).click()
    expect(page).to_have_url(re.compile(r"q=skabelon"))
    expect(page.locator(".tool-card__title")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


@pytest.mark.parametrize("language", ["nb", "da"])
def test_the_desktop_header_is_one_row_whatever_the_programmes_are_called(
    demo, live_server, page, language
):
    for programme in ProgrammePage.objects.filter(locale__language_code=language):
        programme.title = "Et svært langt programnavn for ledelse af læring og trivsel i kommunen"
        programme.save_revision().publish()
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/{language}/")
    header = page.locator(".site-header").bounding_box()
    name = page.locator(".site-name").bounding_box()
    assert header["height"] <= name["height"] + 2 * 16 + 2, header  # one row and its padding
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.screenshot(path=f"{SHOTS}/header-long-names-{language}-1280.png")


def test_the_robot_trap_is_out_of_reach_of_keyboards_and_screen_readers(demo, live_server, page):
    page.goto(f"{live_server.url}/nb/pamelding/1/")
    trap = page.locator("#id_website")
    assert trap.count() == 1 and not trap.is_visible()
    snapshot = page.locator("form.stacked-form").aria_snapshot()
    assert "La dette feltet" not in snapshot and "empty" not in snapshot
    for _ in range(40):  # through every field of the form
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") != "id_website"


def test_printing_shows_the_content_and_writes_links_out(demo, live_server, page):
    page.emulate_media(media="print")
    page.goto(f"{live_server.url}/nb/absolutt/")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert not page.locator("main a.ds-button").first.is_visible()  # "Meld på kommunens lag"
    step = page.locator(".step__title a").first
    after = step.evaluate("a => getComputedStyle(a, '::after').content")
    assert f"{live_server.url}/nb/absolutt/" in after
    assert step.evaluate("a => getComputedStyle(a).color") == "rgb(0, 0, 0)"
