"""Participants tick off reflection tasks; ticks are kept per user on the server."""

import pytest

from django.contrib.auth import get_user_model

from programme.cohort_page.checklist import TaskTick
from programme.pages import ReflectionTaskPage

pytestmark = pytest.mark.django_db

COHORT = "/nb/absolutt/absolutt-innlandet-2026/"


@pytest.fixture
def participant(client):
    client.force_login(get_user_model().objects.get(username="deltaker-absolutt"))
    return client


def task(slug):
    return ReflectionTaskPage.objects.get(slug=slug, locale__language_code="nb")


def progress(client):
    html = client.get(COHORT).content.decode()
    return html.split("<span data-done>")[1].split("</span>")[0]


def test_a_participants_tick_does_not_make_a_team_task_done(participant):
    """One meaning of done: a team task counts when the team has answered it (Hamar has
    answered one of the period's two), never because one member ticked it."""
    assert progress(participant) == "1"
    key = task("lag-arshjul").translation_key
    response = participant.post(f"/checklist/{key}/", {"done": "1", "next": COHORT})
    assert response.status_code == 302 and response["Location"] == COHORT
    assert progress(participant) == "1"
    page = participant.get(COHORT).content.decode()
    assert f'form class="task-check" method="post" action="/checklist/{key}/"' not in page


def test_script_ticks_with_json_and_a_tick_is_shared_by_the_translations(participant):
    key = task("hent-fram-egne-data").translation_key
    response = participant.post(f"/checklist/{key}/", {"done": "1"}, HTTP_ACCEPT="application/json")
    assert response.json() == {"task": str(key), "done": True}
    html = participant.get(
        "/da/absolutt/hvor-er-vi-vidensgrundlaget/find-jeres-egne-data-frem/"
    ).content.decode()
    assert 'name="done" value="1" checked' in html
    participant.post(f"/checklist/{key}/", {"done": "1"}, HTTP_ACCEPT="application/json")
    assert TaskTick.objects.filter(task_key=key).count() == 1


def test_anonymous_ticks_stay_in_the_browser(client):
    key = task("lag-arshjul").translation_key
    assert client.post(f"/checklist/{key}/", {"done": "1"}).status_code == 403
    html = client.get("/nb/absolutt/hvordan-kommer-vi-dit/").content.decode()
    assert 'data-server="0" hidden' in html  # shown by the script, stored in localStorage


@pytest.mark.parametrize("key", ["00000000-0000-0000-0000-000000000000"])
def test_unknown_task_and_bad_requests(participant, key):
    assert participant.post(f"/checklist/{key}/", {"done": "1"}).status_code == 400
    assert participant.get(f"/checklist/{task('lag-arshjul').translation_key}/").status_code == 405
    assert participant.post("/checklist/not-a-uuid/", follow=True).status_code == 404


def test_redirect_after_ticking_never_leaves_the_site(participant):
    key = task("lag-arshjul").translation_key
    response = participant.post(
        f"/checklist/{key}/", {"done": "1", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"
