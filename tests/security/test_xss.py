"""Hostile text from an editor stays inert: every field an editor controls holds
`"><img src=x onerror=alert(1)>` and rich text holds a `javascript:` link; public pages,
the feed, the API and the admin's listings and editors show it as text."""

import pytest

from tests.xss_payloads import JS_URL, PAYLOAD, plant

pytestmark = pytest.mark.django_db

LIVE_TAG = "<img src=x onerror=alert(1)>"
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


def assert_inert(html, where):
    assert LIVE_TAG not in html, where
    assert f'href="{JS_URL}' not in html, where
    assert "javascript:" not in html.lower().replace(PAYLOAD.lower(), ""), where


def test_public_pages_show_hostile_text_as_text(client):
    planted = plant()
    for url in planted["public"]:
        html = client.get(url).content.decode()
        assert_inert(html, url)
        assert ESCAPED in html, f"{url} does not show the planted text"


def test_api_and_search_keep_it_inert(client):
    planted = plant()
    response = client.get("/api/v2/pages/", {"type": "programme.ModulePage", "fields": "*"})
    assert response.status_code == 200
    # JSON keeps the text as it was typed; browsers never render it as a page.
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    titles = [item["title"] for item in response.json()["items"]]
    assert f"Hvor er vi {PAYLOAD}" in titles
    html = client.get("/nb/sok/", {"q": PAYLOAD}).content.decode()
    assert_inert(html, "search")
    assert planted["fields"] >= 20


def test_admin_listings_and_editors_show_it_as_text(admin_client):
    planted = plant()
    for url in planted["admin"]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert LIVE_TAG not in response.content.decode(), url


def test_a_hostile_slug_is_refused_by_the_editor_form(admin_client):
    from programme.pages import CompetenceGoalPage
    from tests.editorial.test_permission_matrix import GOAL, goal_form

    goal = CompetenceGoalPage.objects.get(slug=GOAL["nb"], locale__language_code="nb")
    response = admin_client.post(f"/admin/pages/{goal.pk}/edit/", goal_form(goal, slug=PAYLOAD))
    assert response.status_code == 200  # the form again, with the error
    assert LIVE_TAG not in response.content.decode()
    goal.refresh_from_db()
    assert goal.slug == GOAL["nb"]
