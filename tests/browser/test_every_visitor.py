"""Every page type, in both languages, logged out and as a participant, on a 320 px phone,
a 375 px phone and a 1280 px desktop: no sideways scrolling (WCAG 1.4.10), a compact
phone header with a menu button, targets of at least 44 by 44 px, axe's WCAG 2.2 AA rules,
the login link in the header, and inflected search from the header field. Screenshots of
each go to docs/screenshots/."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PARTICIPANT = "deltaker-absolutt"

# (page type, Norwegian path, Danish path, logged in as)
PAGE_TYPES = [
    ("home", "/nb/", "/da/", None),
    ("information", "/nb/tilgjengelighet/", "/da/tilgaengelighedserklaering/", None),
    ("programme", "/nb/absolutt/", "/da/forpligtende-samarbejde/", None),
    ("module", "/nb/absolutt/hvor-er-vi/", "/da/absolutt/hvor-er-vi-vidensgrundlaget/", None),
    ("goal", "/nb/absolutt/politisk-ansvar/", "/da/absolutt/politisk-ansvar-og-kompetence/", None),
    (
        "task",
        "/nb/absolutt/hvor-er-vi/hent-fram-egne-data/",
        "/da/absolutt/hvor-er-vi-vidensgrundlaget/find-jeres-egne-data-frem/",
        None,
    ),
    ("library", "/nb/verktoy/", "/da/vaerktoejer/", None),
    ("tool", "/nb/verktoy/arshjul/", "/da/vaerktoejer/aarshjul-for-kvalitetsarbejdet/", None),
    ("shared-result", "/nb/absolutt/eie-overgangen-sammen/", None, None),
    ("search", "/nb/sok/?q=kommunene", "/da/sog/?q=klyngerne", None),
    ("search-empty", "/nb/sok/?q=verktoy", "/da/sog/?q=vaerktoej", None),
    ("register", "/nb/pamelding/1/", "/da/tilmelding/1/", None),
    ("not-found", "/nb/finnes-ikke/", "/da/findes-ikke/", None),
    ("login", "/nb/_util/login/", "/da/_util/login/", None),
    ("password-reset", "/nb/glemt-passord/", "/da/glemt-adgangskode/", None),
    (
        "cohort",
        "/nb/absolutt/absolutt-innlandet-2026/",
        "/da/absolutt/absolutt-innlandet-2026/",
        PARTICIPANT,
    ),
]
# A word in an inflected form the demo's text has in another form, per language.
INFLECTED = {"nb": ("kommunene", "ABSOLUTT"), "da": ("klyngerne", "Møde 1: Faglig ledelse")}
LOGIN = {"nb": "Logg inn", "da": "Log ind"}
LOGOUT = {"nb": "Logg ut", "da": "Log ud"}
# Where a visitor taps: navigation, filters, tasks, downloads (inline links in text are exempt).
TARGETS = (
    ".site-header a:visible, .site-header button:visible, .site-header input:visible,"
    " .breadcrumb a, .pager a, .pagination a, .footer-links a, .filter-panel summary:visible,"
    " .filters label:visible, .filters button:visible, .task-check label:visible,"
    " .download, .step__title a, .tool-card__title a, .search-results__title a, main button:visible"
)


def log_in(page, live_server, language, username):
    page.goto(f"{live_server.url}/{language}/_util/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("samling-demo")
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    page.wait_for_load_state()


def open_menu_if_folded(page):
    button = page.locator("[data-menu-button]")
    if button.is_visible() and button.get_attribute("aria-expanded") == "false":
        button.click()


def small_targets(page):
    return page.evaluate(
        """selector => [...document.querySelectorAll(selector)]
            .filter(el => el.getClientRects().length)
            .map(el => [el, el.getBoundingClientRect()])
            .filter(([el, box]) => box.width < 43.5 || box.height < 43.5)
            .map(([el, box]) => `${el.tagName} "${el.textContent.trim().slice(0, 40)}"`
                 + ` ${Math.round(box.width)}x${Math.round(box.height)}`)""",
        TARGETS.replace(":visible", ""),
    )


@pytest.mark.parametrize("language", ["nb", "da"])
def test_every_page_type_on_phones_and_desktops(
    demo, live_server, page, assert_no_axe_violations, language
):
    # One demo per language (loading it is most of the time); each page type in turn.
    for kind, nb, da, user in PAGE_TYPES:
        path = {"nb": nb, "da": da}[language]
        if path:
            check_page_type(page, live_server, assert_no_axe_violations, kind, language, path, user)


def check_page_type(page, live_server, assert_no_axe_violations, kind, language, path, user):
    if user:
        log_in(page, live_server, language, user)
    # A 320 px phone (WCAG 1.4.10's reflow width), 640 px tall.
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}{path}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, f"{path} scrolls sideways"
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 640 / 5, f"{path}: the phone header takes {header['height']} px"
    menu = page.get_by_role("button", name={"nb": "Meny", "da": "Menu"}[language])
    assert menu.get_attribute("aria-expanded") == "false"
    menu.focus()
    page.keyboard.press("Enter")  # the keyboard opens it
    assert menu.get_attribute("aria-expanded") == "true"
    header_links = page.locator(".site-header")
    if user:
        header_links.locator(".account-menu > summary").click()  # "My pages" unfolds
        expect(header_links.get_by_role("button", name=LOGOUT[language])).to_be_visible()
    else:
        expect(header_links.get_by_role("link", name=LOGIN[language], exact=True)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
    assert not small_targets(page), (path, small_targets(page))
    assert_no_axe_violations(page)

    for width in (375, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width, (path, width)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{kind}-{language}-{width}.png", full_page=True)
    assert not small_targets(page), (path, small_targets(page))
    assert_no_axe_violations(page)

    # Inflected search from this page's header field, which keeps the query.
    query, expected = INFLECTED[language]
    page.locator("#header-search-q").fill(query)
    page.locator("#header-search-q").press("Enter")
    page.wait_for_url(re.compile(r".*/(sok|sog)/\?q="))
    assert page.locator(".search-results__title").filter(has_text=expected).count() >= 1, path
    assert page.locator("#header-search-q").input_value() == query
