"""Every page type, in each language, logged out and as a participant, on a 320 px phone,
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
# The participant who opens the cohort page, per language (Nynorsk has its own cohort).
PARTICIPANTS = {"nb": "deltaker-absolutt", "nn": "deltakar-sogn", "da": "deltaker-absolutt"}

# (page type, {language: path}, logged in?); a language without the page type is left out.
PAGE_TYPES = [
    ("home", {"nb": "/nb/", "nn": "/nn/", "da": "/da/"}, False),
    (
        "information",
        {
            "nb": "/nb/tilgjengelighet/",
            "nn": "/nn/tilgjengelegheitserklaering/",
            "da": "/da/tilgaengelighedserklaering/",
        },
        False,
    ),
    (
        "programme",
        {"nb": "/nb/absolutt/", "nn": "/nn/absolutt/", "da": "/da/forpligtende-samarbejde/"},
        False,
    ),
    (
        "module",
        {
            "nb": "/nb/absolutt/hvor-er-vi/",
            "nn": "/nn/absolutt/kvar-er-vi-kunnskapsgrunnlaget/",
            "da": "/da/absolutt/hvor-er-vi-vidensgrundlaget/",
        },
        False,
    ),
    (
        "goal",
        {
            "nb": "/nb/absolutt/politisk-ansvar/",
            "nn": "/nn/absolutt/politisk-ansvar-og-mynde/",
            "da": "/da/absolutt/politisk-ansvar-og-kompetence/",
        },
        False,
    ),
    (
        "task",
        {
            "nb": "/nb/absolutt/hvor-er-vi/hent-fram-egne-data/",
            "nn": "/nn/absolutt/kvar-er-vi-kunnskapsgrunnlaget/hent-fram-eigne-data/",
            "da": "/da/absolutt/hvor-er-vi-vidensgrundlaget/find-jeres-egne-data-frem/",
        },
        False,
    ),
    ("library", {"nb": "/nb/verktoy/", "nn": "/nn/verktoy/", "da": "/da/vaerktoejer/"}, False),
    (
        "tool",  # Nynorsk readers open the Bokmål tool from their library
        {"nb": "/nb/verktoy/arshjul/", "da": "/da/vaerktoejer/aarshjul-for-kvalitetsarbejdet/"},
        False,
    ),
    ("shared-result", {"nb": "/nb/absolutt/eie-overgangen-sammen/"}, False),
    (
        "search",
        {"nb": "/nb/sok/?q=kommunene", "nn": "/nn/sok/?q=kommunar", "da": "/da/sog/?q=klyngerne"},
        False,
    ),
    (
        "search-empty",
        {"nb": "/nb/sok/?q=verktoy", "nn": "/nn/sok/?q=verktoy", "da": "/da/sog/?q=vaerktoej"},
        False,
    ),
    (
        "register",
        {"nb": "/nb/pamelding/1/", "nn": "/nn/pamelding/1/", "da": "/da/tilmelding/1/"},
        False,
    ),
    (
        "not-found",
        {"nb": "/nb/finnes-ikke/", "nn": "/nn/finst-ikkje/", "da": "/da/findes-ikke/"},
        False,
    ),
    (
        "login",
        {"nb": "/nb/_util/login/", "nn": "/nn/_util/login/", "da": "/da/_util/login/"},
        False,
    ),
    (
        "password-reset",
        {"nb": "/nb/glemt-passord/", "nn": "/nn/glemt-passord/", "da": "/da/glemt-adgangskode/"},
        False,
    ),
    (
        "cohort",
        {
            "nb": "/nb/absolutt/absolutt-innlandet-2026/",
            "nn": "/nn/absolutt/absolutt-sogn-2026/",
            "da": "/da/absolutt/absolutt-innlandet-2026/",
        },
        True,
    ),
]
# A word in an inflected form the demo's text has in another form, per language.
INFLECTED = {
    "nb": ("kommunene", "ABSOLUTT"),
    "nn": ("kommunar", "ABSOLUTT"),
    "da": ("klyngerne", "Møde 1: Faglig ledelse"),
}
LOGIN = {"nb": "Logg inn", "nn": "Logg inn", "da": "Log ind"}
LOGOUT = {"nb": "Logg ut", "nn": "Logg ut", "da": "Log ud"}
MENU = {"nb": "Meny", "nn": "Meny", "da": "Menu"}
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


@pytest.mark.parametrize("language", ["nb", "nn", "da"])
def test_every_page_type_on_phones_and_desktops(
    demo, live_server, page, assert_no_axe_violations, language
):
    # One demo per language (loading it is most of the time); each page type in turn.
    for kind, paths, logged_in in PAGE_TYPES:
        if language in paths:
            user = PARTICIPANTS[language] if logged_in else None
            path = paths[language]
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
    menu = page.get_by_role("button", name=MENU[language])
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
