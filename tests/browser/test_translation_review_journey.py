"""A translation through review in the browser: the translator edits a string in
wagtail-localize's editor and sends it to "Faglig godkjenning"; the approver finds it
under "Awaiting your review", sends it back with a comment, then approves it; only then
does the public page change."""

import re

import pytest
from playwright.sync_api import expect

from wagtail.models import WorkflowState

from programme.pages import ModulePage

pytestmark = pytest.mark.django_db(transaction=True)

NEW_TITLE = "Hvor står vi? Vidensgrundlaget"


def danish_module():
    return ModulePage.objects.get(slug="hvor-er-vi-vidensgrundlaget", locale__language_code="da")


def translate_title(page, text):
    """Edit the title's segment in the translation editor, as a translator does."""
    segment = page.locator("li", has_text="Hvor er vi? Kunnskapsgrunnlaget").first
    segment.get_by_role("button", name="Rediger").click()
    segment.locator("textarea").fill(text)
    with page.expect_response(lambda response: "/strings/" in response.url):
        segment.get_by_role("button", name="Lagre").click()


def review_action(page, live_server, label, comment=None):
    """On the dashboard, under "Awaiting your review": the action (and its comment)."""
    page.goto(f"{live_server.url}/admin/")
    row = page.locator("tr", has_text="Vidensgrundlaget").first
    row.get_by_role("button", name=re.compile("Actions|Handlinger")).click()
    action = row.get_by_role("button", name=re.compile(label)).first
    if comment is not None:
        action.click()
        page.locator("textarea[name=comment]").fill(comment)
        action = page.locator(".modal form [type=submit]")
    # Wait for the action's own request: "network idle" can come before it starts.
    with page.expect_response(is_workflow_action):
        action.click()
    page.wait_for_load_state("networkidle")


def is_workflow_action(response):
    return response.request.method == "POST" and "/workflow/action/" in response.url


def test_translation_goes_through_review(
    demo, live_server, page, admin_login, assert_no_axe_violations
):
    page.set_viewport_size({"width": 1280, "height": 900})
    public_title = danish_module().title
    edit_url = f"{live_server.url}/admin/pages/{danish_module().pk}/edit/"

    admin_login(page, "oversetter")
    page.goto(edit_url)
    translate_title(page, NEW_TITLE)
    assert page.get_by_text("Convert to alias page").count() == 0  # for approvers only
    page.get_by_role("button", name="Send oversettelsen til godkjenning").first.click()
    page.wait_for_url(edit_url)
    expect(page.get_by_text("ble sendt til godkjenning")).to_be_visible()
    assert danish_module().title == public_title  # nothing public before approval

    admin_login(page, "godkjenner")
    review_action(page, live_server, "^(Request changes|Be om endringer)$", "Kortere tittel.")
    assert danish_module().current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    admin_login(page, "oversetter")
    page.goto(edit_url)
    page.get_by_role("button", name="Send oversettelsen til godkjenning").first.click()
    page.wait_for_url(edit_url)

    admin_login(page, "godkjenner")
    review_action(page, live_server, "^Godkjenn$")
    assert danish_module().title == NEW_TITLE and danish_module().live
    page.goto(f"{live_server.url}{danish_module().url}")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Hvor står vi?")
    assert_no_axe_violations(page)
