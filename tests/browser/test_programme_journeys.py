"""Leaders and participants using the programme pages in a real browser."""

import re
import zipfile

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_leader_filters_the_tool_library_opens_a_tool_and_downloads_it(
    demo, live_server, page, tmp_path
):
    page.goto(f"{live_server.url}/nb/verktoy/")
    page.get_by_role("group", name="Målgruppe").get_by_label("Rektor").check()
    page.get_by_role("group", name="Filformat").get_by_label("XLSX").check()
    page.get_by_role("button", name="Vis verktøy").click()
    page.wait_for_url("**/nb/verktoy/?*role=rektor*")
    expect(page.get_by_role("heading", name="2 verktøy")).to_be_visible()
    page.get_by_role("link", name="Årshjul for kvalitetsarbeidet", exact=True).click()
    page.wait_for_url("**/nb/verktoy/arshjul/")
    with page.expect_download() as info:
        # Each file by its name, format, size and language.
        page.get_by_role(
            "link", name=re.compile(r"^Last ned arshjul-nb.*\.xlsx XLSX · .* · Norsk bokmål$")
        ).click()
    download = info.value
    assert download.suggested_filename.startswith("arshjul-nb")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert zipfile.is_zipfile(target)  # an .xlsx is a zip of XML parts


def test_participant_moves_between_modules(demo, live_server, page):
    page.goto(f"{live_server.url}/nb/absolutt/")
    page.get_by_role("link", name="Hvor er vi? Kunnskapsgrunnlaget").click()
    expect(page.get_by_text("Samling 1 av 4")).to_be_visible()
    page.get_by_role("link", name="Neste modul").click()
    page.wait_for_url("**/nb/absolutt/hvor-vil-vi/")
    expect(page.get_by_text("Samling 2 av 4")).to_be_visible()
    page.get_by_role("link", name="Forrige modul").click()
    page.wait_for_url("**/nb/absolutt/hvor-er-vi/")


PAGES_OF_EACH_TYPE = [
    "/nb/absolutt/",
    "/nb/absolutt/hvor-er-vi/",
    "/nb/absolutt/politisk-ansvar/",
    "/nb/absolutt/hvor-er-vi/hent-fram-egne-data/",
    "/nb/verktoy/",
    "/nb/verktoy/?role=rektor&format=XLSX",
    "/nb/verktoy/arshjul/",
    "/da/absolutt/",
    "/da/absolutt/hvor-er-vi-vidensgrundlaget/",
    "/da/absolutt/politisk-ansvar-og-kompetence/",
    "/da/absolutt/hvor-er-vi-vidensgrundlaget/find-jeres-egne-data-frem/",
    "/da/vaerktoejer/",
    "/da/vaerktoejer/aarshjul-for-kvalitetsarbejdet/",
    "/da/forpligtende-samarbejde/data-og-dialog/",
    "/nb/_util/login/",
    "/da/_util/login/",
]


def test_every_page_type_has_no_accessibility_violations_in_both_languages(
    demo, live_server, page, assert_no_axe_violations
):
    for path in PAGES_OF_EACH_TYPE:
        page.goto(f"{live_server.url}{path}")
        assert_no_axe_violations(page)


def test_participant_logs_in_sees_the_next_session_and_adds_it_to_the_calendar(
    demo, live_server, page, assert_no_axe_violations, tmp_path
):
    import icalendar

    page.goto(f"{live_server.url}/da/forpligtende-samarbejde/klynge-midtjylland/")
    expect(page.get_by_role("heading", name="Log ind som deltager")).to_be_visible()
    page.get_by_label("Brugernavn").fill("deltager-kl")
    page.get_by_label("Adgangskode").fill("samling-demo")
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url("**/da/forpligtende-samarbejde/klynge-midtjylland/")
    expect(page.get_by_role("heading", name="Indtil næste møde")).to_be_visible()
    expect(page.get_by_text("Silkeborg Bibliotek").first).to_be_visible()
    assert_no_axe_violations(page)
    with page.expect_download() as info:
        page.locator(".next-session").get_by_role("link", name="Føj til kalenderen").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 1 and "Silkeborg" in str(events[0]["LOCATION"])
    with page.expect_download() as info:
        page.get_by_role("link", name="Hent alle værktøjer til mødet").click()
    bundle = tmp_path / info.value.suggested_filename
    info.value.save_as(bundle)
    with zipfile.ZipFile(bundle) as archive:
        assert archive.namelist() == [
            "01 Skabelon for datainformeret dialog.docx",
            "02 Styringskort for børne- og ungeområdet.xlsx",
        ]


def test_module_page_prints_its_tasks_each_on_a_new_page(demo, live_server, page, tmp_path):
    from pypdf import PdfReader

    page.goto(f"{live_server.url}/nb/absolutt/hvor-vil-vi/")
    target = tmp_path / "modul.pdf"
    page.pdf(path=str(target), format="A4")
    pages = [p.extract_text() for p in PdfReader(target).pages]
    text = "\n".join(pages)
    assert "Snakk med barn og foreldre" in text
    assert "Hva skal være annerledes for barna om fem år?" in text  # a task's question
    assert "Velg språk" not in text and "Neste modul" not in text  # no navigation
    first = next(i for i, t in enumerate(pages) if "Snakk med barn og foreldre" in t)
    second = next(i for i, t in enumerate(pages) if "Utkast til eierstrategi" in t)
    assert second > first  # the second task starts on a later page
    # Links print as full addresses, downloads by file name, format and size.
    flat = re.sub(r"\s+", "", text)
    assert f"({live_server.url}/nb/absolutt/" in flat
    assert re.search(r"\.docxDOCX·[\d,]+KB·Norskbokmål", flat)
    # No page ends with a heading whose text is on the next.
    for number, printed in enumerate(pages[:-1]):
        last_line = printed.strip().splitlines()[-1]
        assert last_line not in ("Kompetansemål", "Verktøy til denne samlingen"), number


def test_ticks_survive_a_reload_for_participants_and_anonymous_visitors(
    demo, live_server, page, browser, assert_no_axe_violations
):
    # Anonymous: kept in the browser.
    page.goto(f"{live_server.url}/nb/absolutt/hvordan-kommer-vi-dit/")
    box = page.get_by_role("checkbox", name="Lag et utkast til årshjul")
    box.check()
    page.reload()
    assert page.get_by_role("checkbox", name="Lag et utkast til årshjul").is_checked()
    # Logged in: stored on the server; the cohort page counts a team task by the team's
    # answer (one meaning of done), not by this tick.
    context = browser.new_context(bypass_csp=True)  # for axe-core, injected inline
    participant = context.new_page()
    participant.goto(f"{live_server.url}/nb/absolutt/absolutt-innlandet-2026/")
    participant.get_by_label("Brukernavn").fill("deltaker-absolutt")
    participant.get_by_label("Passord").fill("samling-demo")
    participant.get_by_role("button", name="Logg inn").click()
    participant.wait_for_url("**/absolutt-innlandet-2026/")
    assert participant.locator("[data-progress] [data-done]").text_content() == "1"
    participant.goto(f"{live_server.url}/nb/absolutt/hvordan-kommer-vi-dit/")
    with participant.expect_response("**/checklist/**"):
        participant.get_by_role("checkbox", name="Lag et utkast til årshjul").check()
    participant.reload()
    assert participant.get_by_role("checkbox", name="Lag et utkast til årshjul").is_checked()
    participant.goto(f"{live_server.url}/nb/absolutt/absolutt-innlandet-2026/")
    assert participant.locator("[data-progress] [data-done]").text_content() == "1"
    expect(participant.locator("li.task", has_text="Lag et utkast til årshjul")).to_contain_text(
        "Ikke gjort ennå"
    )
    assert_no_axe_violations(participant)
    context.close()
