"""Screenshots for docs/editor-guide.md, taken from the real admin so the guide stays
current, and a check that the guide shows every one of them."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from wagtail.models import Page

from programme.pages import CompetenceGoalPage, ModulePage, ProgrammePage

pytestmark = pytest.mark.django_db(transaction=True)

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = DOCS / "editor-guide.md"


def shoot(page, name):
    page.wait_for_load_state("networkidle")
    page.screenshot(path=DOCS / "images" / f"{name}.png")


def test_guide_screenshots(demo, live_server, page, admin_login):
    page.set_viewport_size({"width": 1280, "height": 860})
    programme = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    module = ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")

    admin_login(page, "redaktor-nb")
    expect(page.get_by_role("heading", name="Neste samlinger")).to_be_visible()
    shoot(page, "dashbord")
    page.goto(f"{live_server.url}/admin/pages/{programme.pk}/")
    shoot(page, "sidetre")
    page.goto(f"{live_server.url}/admin/pages/{module.pk}/edit/")
    assert page.locator("#id_title").input_value() == module.title
    shoot(page, "rediger-modul")

    goal = CompetenceGoalPage.objects.get(slug="politisk-ansvar", locale__language_code="nb")
    editor = get_user_model().objects.get(username="redaktor-nb")
    goal.get_workflow().start(goal, editor)
    admin_login(page, "godkjenner")
    page.goto(f"{live_server.url}/admin/")
    expect(page.get_by_text(goal.title).first).to_be_visible()
    shoot(page, "til-godkjenning")

    admin_login(page, "oversetter")
    led_skole = Page.objects.get(slug="led-skole", locale__language_code="nb")
    page.goto(f"{live_server.url}/admin/localize/submit/page/{led_skole.pk}/")
    shoot(page, "oversett-program")
    page.goto(f"{live_server.url}/admin/translation-status/?locale=da")
    expect(page.get_by_role("heading", name="Oversettelsesstatus")).to_be_visible()
    shoot(page, "oversettelsesstatus")
    translated = module.get_translation(module.locale.__class__.objects.get(language_code="da"))
    page.goto(f"{live_server.url}/admin/pages/{translated.pk}/edit/")
    page.wait_for_selector(".editor-header, #app, main")
    shoot(page, "oversettelsesredigering")


def test_the_guide_shows_every_screenshot():
    text = GUIDE.read_text(encoding="utf-8")
    shown = set(re.findall(r"\]\(images/([a-z-]+)\.png\)", text))
    taken = {"dashbord", "sidetre", "rediger-modul", "til-godkjenning", "oversett-program"}
    taken |= {"oversettelsesstatus", "oversettelsesredigering"}
    assert shown == taken
