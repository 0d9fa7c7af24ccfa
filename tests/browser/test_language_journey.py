import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_visitor_switches_language_and_back(live_server, page):
    page.goto(f"{live_server.url}/nb/")
    assert page.locator("html").get_attribute("lang") == "nb"
    page.get_by_role("navigation", name="Velg språk").get_by_role("link", name="Dansk").click()
    page.wait_for_url(f"{live_server.url}/da/")
    assert page.locator("html").get_attribute("lang") == "da"
    page.get_by_role("link", name="Norsk bokmål").click()
    page.wait_for_url(f"{live_server.url}/nb/")
    assert page.locator("html").get_attribute("lang") == "nb"


def test_root_sends_a_danish_browser_to_the_danish_site(live_server, browser):
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/da/"
    context.close()


def test_skip_link_moves_focus_to_the_content(live_server, page):
    page.goto(f"{live_server.url}/nb/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hopp til innholdet")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    page.wait_for_url("**/nb/#main")  # the fragment is set asynchronously
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("path", ["/nb/", "/da/", "/nb/finnes-ikke/", "/da/findes-ikke/"])
def test_pages_have_no_accessibility_violations(live_server, page, assert_no_axe_violations, path):
    page.goto(f"{live_server.url}{path}")
    assert_no_axe_violations(page)
