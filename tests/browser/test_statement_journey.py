"""A visitor finds the accessibility statement from any page's footer, in their
language, and it passes axe-core's checks itself."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    ("language", "statement"),
    [("nb", "Tilgjengelighetserklæring"), ("da", "Tilgængelighedserklæring")],
)
def test_statement_from_the_footer(
    demo, live_server, page, assert_no_axe_violations, language, statement
):
    page.goto(f"{live_server.url}/{language}/absolutt/")
    page.locator("footer").get_by_role("link", name=statement).click()
    expect(page.get_by_role("heading", level=1, name=statement)).to_be_visible()
    assert page.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(page)
