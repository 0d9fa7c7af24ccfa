"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Without /usr/bin/chromium the tests skip with a hint; REQUIRE_BROWSER=1 (set by CI)
turns a missing browser into a failure so that CI never passes by skipping them.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by
# fixtures there are safe because the live server runs in its own thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    """Mark the browser tests `browser`. Without Chromium, skip them, unless CI requires
    them (then they fail)."""
    browser_tests = [item for item in items if "tests/browser" in str(item.fspath)]
    for item in browser_tests:
        item.add_marker(pytest.mark.browser)
    if CHROMIUM.exists() or os.environ.get("REQUIRE_BROWSER") == "1":
        return
    skip = pytest.mark.skip(
        reason="Chromium missing: `apt-get install -y chromium` to run browser tests"
    )
    for item in browser_tests:
        item.add_marker(skip)


@pytest.fixture(scope="session", autouse=True)
def _require_chromium():
    if not CHROMIUM.exists() and os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail("REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")


@pytest.fixture(autouse=True)
def demo_database(demo):
    """Every journey starts from the demo as `make run` loads it: the live server reads
    committed rows, so each test gets the run's copy back (tests/demo_snapshot.py)."""


@pytest.fixture(autouse=True)
def settled_live_server(request, demo_database):
    """After a journey (its browser page closed first), wait for the live server's
    requests still running: the database is emptied next, and a request holding a table
    then deadlocks the TRUNCATE on PostgreSQL."""
    yield
    if "live_server" in request.fixturenames:
        server = request.getfixturevalue("live_server").thread.httpd
        for thread in list(vars(server).get("_threads", ())):  # set by its first request
            thread.join(timeout=10)


@pytest.fixture
def admin_login(live_server):
    """log_in(page, username): a demo account logged in to the admin, at its dashboard."""

    def log_in(page, username):
        page.context.clear_cookies()
        page.goto(f"{live_server.url}/admin/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill("samling-demo")
        page.locator("button[type=submit]").click()
        page.wait_for_url(f"{live_server.url}/admin/")

    return log_in


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": True,
        "args": [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def assert_no_axe_violations():
    """Run axe-core on the page and fail with a readable list of WCAG 2.2 A/AA violations."""
    assert AXE_SCRIPT.exists(), "axe-core is missing: run `npm ci` (make test does)"

    def check(page):
        page.add_script_tag(path=str(AXE_SCRIPT))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        problems = [
            f"{v['id']} ({v['impact']}): {v['help']} -> "
            + ", ".join(str(node["target"]) for node in v["nodes"])
            for v in result["violations"]
        ]
        assert not problems, f"axe violations on {page.url}:\n" + "\n".join(problems)
        return result

    return check


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """axe-core is injected as an inline script, which the site's Content-Security-Policy
    blocks; the policy itself is tested in test_csp.py, which turns this off."""
    return {**browser_context_args, "bypass_csp": True}
