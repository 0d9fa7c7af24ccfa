"""An invited participant accepts with demo-ID instead of a password, on a 375 px phone,
in both languages, under the site's real Content-Security-Policy (the sign-in form's
redirect to the provider must be allowed by `form-action`); then logs out of Samling and
of the provider, back to the page they were on."""

import re

import pytest
from playwright.sync_api import expect

from cohorts.models import Cohort
from tests.identity.test_linking import invite

from .test_cohort_journeys import PHONE, log_in, shot

pytestmark = pytest.mark.django_db(transaction=True)
JOURNEYS = {
    "nb": {
        "cohort": "ABSOLUTT Innlandet 2026",
        "heading": "Ta imot invitasjonen",
        "button": "Logg inn med demo-ID",
        "username": "Brukernavn",
        "password": "Passord",
        "submit": "Logg inn",
        "landing": "/nb/absolutt/absolutt-innlandet-2026/",
        "team": "ditt lag",
        "account": "Min konto",
        "linked": "Koblet til",
        "log_out": "Logg ut",
    },
    "da": {
        "cohort": "Klynge Midtjylland",
        "heading": "Tag imod invitationen",
        "button": "Log ind med demo-ID",
        "username": "Brugernavn",
        "password": "Adgangskode",
        "submit": "Log ind",
        "landing": "/da/forpligtende-samarbejde/klynge-midtjylland/",
        "team": "dit team",
        "account": "Min konto",
        "linked": "Tilknyttet",
        "log_out": "Log ud",
    },
}


def open_my_pages(page, language):
    """On a phone: the menu, then "Mine sider" in it."""
    page.get_by_role("button", name={"nb": "Meny", "da": "Menu"}[language]).click()
    page.locator(".site-header .account-menu > summary").click()


@pytest.mark.parametrize("language", ["nb", "da"])
def test_an_invitation_accepted_with_demo_id_on_a_phone(
    live_server,
    page,
    browser,
    demo_id,
    assert_no_axe_violations,
    language,
):
    words = JOURNEYS[language]
    link = live_server.url + invite(Cohort.objects.get(title=words["cohort"]))
    page.set_viewport_size(PHONE)
    page.goto(link)
    expect(page.get_by_role("heading", name=words["heading"])).to_be_visible()
    assert_no_axe_violations(page)
    shot(page, f"invitation-with-provider-{language}-375")
    log_in(page, live_server.url, "deltaker-absolutt", language)  # the login page offers it
    page.goto(f"{live_server.url}/{language}/konto/")
    expect(page.locator(".linked-provider", has_text="demo-ID")).to_be_visible()
    assert_no_axe_violations(page)  # "My account", with its providers and password form
    shot(page, f"account-{language}-375")
    page.goto(f"{live_server.url}/{language}/_util/login/")  # signed in: the form all the same
    expect(page.get_by_role("button", name=words["button"])).to_be_visible()
    assert_no_axe_violations(page)

    # The journey itself under the Content-Security-Policy the site sends.
    context = browser.new_context(viewport=PHONE, bypass_csp=False)
    phone = context.new_page()
    phone.goto(link)
    phone.get_by_role("button", name=words["button"]).click()
    phone.wait_for_url(re.compile(re.escape(demo_id.issuer) + "/authorize"))
    phone.get_by_label(words["username"]).fill("ola.nordmann")
    phone.get_by_label(words["password"]).fill("samling-demo")
    phone.get_by_role("button", name=words["submit"]).click()
    phone.wait_for_url(live_server.url + words["landing"])
    expect(phone.locator(".cohort-teams").get_by_text(words["team"])).to_be_visible()

    open_my_pages(phone, language)
    phone.get_by_role("link", name=words["account"]).click()
    expect(phone.locator(".linked-provider", has_text="demo-ID")).to_contain_text(words["linked"])
    phone.goto(f"{live_server.url}/{language}/")
    open_my_pages(phone, language)
    phone.get_by_role("button", name=words["log_out"]).click()
    phone.wait_for_url(f"{live_server.url}/{language}/")
    assert len(demo_id.logouts) == 1 and demo_id.logouts[0]["id_token_hint"]
    phone.goto(f"{live_server.url}/{language}/konto/")  # "My account": logged out, so the login
    expect(phone.get_by_role("button", name=words["button"])).to_be_visible()
    assert "/_util/login/" in phone.url
    context.close()
