"""In the browser, the Content-Security-Policy blocks nothing the site itself needs:
public pages in both languages, and the admin's page editor."""

import pytest

from programme.pages import ModulePage

pytestmark = pytest.mark.django_db(transaction=True)

PUBLIC = ["/nb/", "/da/", "/nb/absolutt/hvor-er-vi/", "/da/vaerktoejer/", "/nb/tilgjengelighet/"]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "bypass_csp": False}  # the policy as visitors get it


def watch_csp(page):
    """Collects the browser's reports of anything the policy blocked."""
    blocked = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and blocked.append(message.text),
    )
    return blocked


def test_public_pages_and_the_page_editor_run_under_the_policy(demo, live_server, page):
    blocked = watch_csp(page)
    for path in PUBLIC:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    assert blocked == []
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "samling-demo")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    module = ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")
    page.goto(f"{live_server.url}/admin/pages/{module.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#id_title").input_value() == module.title
    assert blocked == []
