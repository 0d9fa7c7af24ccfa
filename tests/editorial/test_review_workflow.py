"""The "Faglig godkjenning" workflow ("Faglig godkendelse" in the Danish tree): editors
submit, approvers publish or send back with a comment, and each step notifies the people
concerned by email."""

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from wagtail.models import Page

from editorial.setup import WORKFLOWS
from programme.pages import CompetenceGoalPage
from tests.editorial.test_permission_matrix import goal_form

pytestmark = pytest.mark.django_db


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def goal():
    return CompetenceGoalPage.objects.get(slug="politisk-ansvar", locale__language_code="nb")


def submit(client, title):
    page = goal()
    data = goal_form(page, title=title, **{"action-submit": "submit"})
    assert client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data).status_code == 302
    return goal().current_workflow_task_state


def act(client, task_state, action, **data):
    url = reverse("wagtailadmin_pages:workflow_action", args=[goal().pk, action, task_state.pk])
    return client.post(url, data)


def test_every_page_of_both_trees_is_under_the_workflow():
    for page in Page.objects.filter(depth__gt=1, locale__language_code__in=["nb", "da"]):
        assert page.get_workflow().name == WORKFLOWS[page.locale.language_code][0], page


def test_submission_notifies_the_approvers(client):
    login(client, "redaktor-nb")
    task_state = submit(client, "Nytt mål")
    assert task_state.task.name == "Godkjenning"
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {"godkjenner@example.org"}
    assert goal().title != "Nytt mål"  # nothing is live before approval


def test_an_editor_cannot_approve_their_own_submission(client):
    login(client, "redaktor-nb")
    task_state = submit(client, "Nytt mål")
    response = act(client, task_state, "approve")
    assert response.status_code in (302, 403)  # Wagtail's admin refuses with a message
    assert goal().title != "Nytt mål"


def test_approver_sends_back_with_a_comment_then_approves(client):
    login(client, "redaktor-nb")
    task_state = submit(client, "Første utkast")
    mail.outbox.clear()

    login(client, "godkjenner")
    response = act(client, task_state, "reject", comment="Skriv målet som en ferdighet.")
    assert response.status_code < 400
    assert goal().title != "Første utkast"
    assert goal().current_workflow_state.status == "needs_changes"
    [notice] = [m for m in mail.outbox if "redaktor-nb@example.org" in m.to]
    assert "Skriv målet som en ferdighet." in notice.body

    login(client, "redaktor-nb")
    task_state = submit(client, "Andre utkast")
    login(client, "godkjenner")
    act(client, task_state, "approve", comment="")
    page = goal()
    assert page.title == "Andre utkast"
    assert page.live and not page.has_unpublished_changes
