"""An approver meets the comparison before approving a machine-translated page: the
translator fills the title with the one "on this server" button and sends it for
review; on the dashboard the approver's "Read and approve" opens the translation beside
its source with the unread text marked, and approving asks them to confirm it. In the
approver's own admin language, Bokmål and Danish, and axe clean."""

import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from tests.browser.test_translation_review_journey import danish_module, is_workflow_action

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "nb": {
        "read_and_approve": "Les og godkjenn",
        "unread": "Maskinoversatt, ikke redigert",
        "confirm": "Bekreft at du har lest de markerte tekstene",
        "ticked": "Jeg har lest den 1 markerte teksten",
    },
    "da": {
        "read_and_approve": "Læs og godkend",
        "unread": "Maskinoversat, ikke redigeret",
        "confirm": "Bekræft, at du har læst de markerede tekster",
        "ticked": "Jeg har læst den 1 markerede tekst",
    },
}


def in_language(username, language):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize("language", ["nb", "da"])
def test_the_approver_reads_the_machine_translation_before_approving(
    demo, live_server, page, admin_login, assert_no_axe_violations, language
):
    page.set_viewport_size({"width": 1280, "height": 900})
    module = danish_module()
    StringTranslation.objects.filter(
        locale=module.locale, context__object_id=module.translation_key, context__path="title"
    ).delete()
    edit_url = f"{live_server.url}/admin/pages/{module.pk}/edit/"

    admin_login(page, "oversetter")
    page.goto(edit_url)
    page.get_by_role("button", name="Oversett på denne serveren").click()
    expect(page.get_by_text("Fylt ut på denne serveren")).to_be_visible()
    page.get_by_role("button", name="Send oversettelsen til godkjenning").first.click()
    expect(page.get_by_text("ble sendt til godkjenning")).to_be_visible()

    in_language("godkjenner", language)
    words = WORDS[language]
    admin_login(page, "godkjenner")
    row = page.locator("tr", has_text="Hvor er vi?").first  # its draft title, machine made
    row.get_by_role("button", name=re.compile("Actions|Handlinger")).click()
    row.get_by_role("button", name=words["read_and_approve"]).click()
    dialog = page.locator(".modal")
    expect(dialog.get_by_text(words["unread"])).to_be_visible()
    expect(dialog.get_by_text("Hvor er vi? Kunnskapsgrunnlaget")).to_be_visible()
    assert_no_axe_violations(page)
    page.screenshot(path=f"docs/screenshots/reading-approval-{language}.png", full_page=False)

    submit = dialog.locator("form [type=submit]")
    submit.click()
    expect(dialog.get_by_text(words["confirm"])).to_be_visible()
    assert danish_module().has_unpublished_changes  # not approved without the confirmation

    page.locator(".modal").get_by_label(words["ticked"]).check()
    with page.expect_response(is_workflow_action):
        page.locator(".modal form [type=submit]").click()
    page.wait_for_load_state("networkidle")
    approved = danish_module()
    assert approved.live and not approved.has_unpublished_changes


def test_the_side_by_side_reading_fits_a_phone(
    demo, live_server, page, admin_login, assert_no_axe_violations
):
    page.set_viewport_size({"width": 375, "height": 800})
    admin_login(page, "godkjenner")
    page.goto(f"{live_server.url}/admin/translations/{danish_module().pk}/compare/")
    expect(page.get_by_text("Hvor er vi? Kunnskapsgrunnlaget")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_no_axe_violations(page)
