"""A leader searches from the header in each language and reads an accessible results page."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    ("language", "query", "button", "expected"),
    [
        ("nb", "eierstrategi", "Søk", "Mal for eierstrategi"),
        ("da", "datadialog", "Søg", "Forbered en datadialog"),
    ],
)
def test_leader_searches_from_the_header(
    demo, live_server, page, assert_no_axe_violations, language, query, button, expected
):
    page.goto(f"{live_server.url}/{language}/")
    field = page.locator("#header-search-q")
    field.fill(query[:4])
    # suggestions arrive as the visitor types (progressive enhancement)
    page.wait_for_function("document.querySelectorAll('#search-suggestions option').length > 0")
    field.fill(query)
    page.locator(".header-search").get_by_role("button", name=button).click()
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("link", name=expected).first).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name=expected).first.click()
    expect(page.get_by_role("heading", level=1, name=expected)).to_be_visible()
