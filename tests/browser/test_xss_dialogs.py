"""In the browser, hostile text planted in every editor field never runs: no dialog
opens on the public pages or in the admin's editors, and the planted link goes nowhere."""

import pytest

from tests.xss_payloads import plant

pytestmark = pytest.mark.django_db(transaction=True)


def test_planted_script_never_runs(demo, live_server, page):
    planted = plant()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for url in planted["public"]:
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
    page.goto(live_server.url + planted["public"][0])
    links = page.locator("main a", has_text="Les mer")
    assert links.count() >= 1
    assert all(
        not (links.nth(i).get_attribute("href") or "").startswith("javascript")
        for i in range(links.count())
    )
    links.first.click()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "samling-demo")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    for url in planted["admin"]:
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
    assert dialogs == []
