"""Shared results: a facilitator turns a team's consented answer into a draft page of the
programme, which goes through review and is then listed, searched, in the API and the
sitemap like any page."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from programme.shared_results import SharedResultPage
from teamwork.models import TeamAnswer

from .between import task, task_url
from .conftest import logged_in

TASK = "lag-arshjul"


def consented_answer(cohort):
    marte = logged_in("deltaker-absolutt")
    text = "Årshjulet vårt:\n\nJanuar: data."
    marte.post(
        task_url(cohort, TASK), {"text": text, "version": 0, "shared": "on", "consent": "on"}
    )
    return TeamAnswer.objects.get(task_key=task(TASK).translation_key)


def propose_url(cohort, answer):
    return reverse("teamwork:propose", args=[cohort.pk, answer.pk])


PROPOSAL = {
    "kind": "model",
    "title": "Et årshjul for oppvekst",
    "summary": "Hamars årshjul samler data, dialog og vedtak.",
    "text": "Januar: data.\n\nMars: resultatdialog.",
}


@pytest.mark.django_db
def test_without_the_teams_consent_there_is_nothing_to_propose(absolutt):
    marte = logged_in("deltaker-absolutt")
    marte.post(task_url(absolutt, TASK), {"text": "Bare for oss", "version": 0})
    answer = TeamAnswer.objects.get(task_key=task(TASK).translation_key)
    facilitator = logged_in("fasilitator-absolutt")
    assert facilitator.get(propose_url(absolutt, answer)).status_code == 404
    assert (
        "Laget har ikke samtykket til publisering."
        in facilitator.get(task_url(absolutt, TASK)).content.decode()
    )


@pytest.mark.django_db
def test_a_proposal_is_a_draft_in_review_and_published_by_an_approver(absolutt, client):
    answer = consented_answer(absolutt)
    facilitator = logged_in("fasilitator-absolutt")
    assert "Foreslå som delt resultat" in facilitator.get(task_url(absolutt, TASK)).content.decode()
    assert logged_in("deltaker-absolutt").get(propose_url(absolutt, answer)).status_code == 404
    response = facilitator.post(propose_url(absolutt, answer), PROPOSAL)
    assert response.status_code == 302
    result = SharedResultPage.objects.get(title=PROPOSAL["title"])
    programme = absolutt.page().get_parent()
    assert result.get_parent().pk == programme.pk and result.locale_id == programme.locale_id
    assert not result.live and result.origin == "Hamar, ABSOLUTT Innlandet 2026"
    assert result.body == "<p>Januar: data.</p><p>Mars: resultatdialog.</p>"
    state = result.current_workflow_state
    assert state is not None and state.status == state.STATUS_IN_PROGRESS
    assert client.get(result.url).status_code == 404  # not live
    assert facilitator.get(propose_url(absolutt, answer)).status_code == 404  # once

    approver = logged_in("godkjenner")
    assert "Et årshjul for oppvekst" in approver.get(reverse("wagtailadmin_home")).content.decode()
    state.current_task_state.approve(user=get_user_model().objects.get(username="godkjenner"))
    result.refresh_from_db()
    assert result.live
    assert "Et årshjul for oppvekst" in client.get(programme.url).content.decode()


@pytest.mark.django_db
def test_the_demos_shared_result_is_listed_searched_in_the_api_and_the_sitemap(client):
    result = SharedResultPage.objects.live().get(slug="eie-overgangen-sammen")
    programme_page = client.get(result.get_parent().url).content.decode()
    assert "Delte resultater fra kommunene" in programme_page and result.title in programme_page
    search = client.get("/nb/sok/", {"q": "overgangen barnehage", "type": "result"})
    assert result.title in search.content.decode()
    api = client.get(
        "/api/v2/pages/", {"type": "programme.SharedResultPage", "fields": "kind,summary"}
    )
    (item,) = api.json()["items"]
    assert (item["title"], item["kind"]) == (result.title, "insight")
    assert result.url in client.get("/sitemap.xml").content.decode()
    page = client.get(result.url).content.decode()
    assert "Delt resultat · Innsikt" in page and "Hamar kommune" in page
