"""Scheduled publishing, expiry, revision comparison and revert work for every page type."""

from datetime import timedelta

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from home.models import HomePage
from programme.cohort_page.page import CohortPage
from programme.pages import (
    CompetenceGoalPage,
    ModulePage,
    ProgrammePage,
    ReflectionTaskPage,
    ToolIndexPage,
    ToolPage,
)
from tests.editorial.test_permission_matrix import goal_form

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    HomePage,
    ProgrammePage,
    ModulePage,
    CompetenceGoalPage,
    ReflectionTaskPage,
    ToolIndexPage,
    ToolPage,
    CohortPage,
]


def a_page(model):
    return model.objects.filter(locale__language_code="nb").order_by("path").first()


def approver():
    return get_user_model().objects.get(username="godkjenner")


def run_scheduler(at):
    with time_machine.travel(at, tick=False):
        call_command("publish_scheduled", verbosity=0)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_a_change_goes_live_at_the_scheduled_time(model):
    page = a_page(model)
    old_title, go_live = page.title, timezone.now() + timedelta(days=2)
    page.title, page.go_live_at = f"{old_title} (ny)", go_live
    page.save_revision(user=approver()).publish(user=approver())

    run_scheduler(go_live - timedelta(hours=1))
    assert model.objects.get(pk=page.pk).title == old_title  # still the old version
    run_scheduler(go_live + timedelta(minutes=1))
    assert model.objects.get(pk=page.pk).title == f"{old_title} (ny)"


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_a_page_expires_at_the_set_time(model):
    page = a_page(model)
    page.expire_at = timezone.now() + timedelta(days=2)
    page.save_revision(user=approver()).publish(user=approver())

    run_scheduler(page.expire_at + timedelta(minutes=1))
    page = model.objects.get(pk=page.pk)
    assert not page.live and page.expired


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_revisions_can_be_compared_and_reverted(client, model):
    client.force_login(approver())
    page = a_page(model)
    old_title = page.title
    first = page.save_revision(user=approver())
    page.title = f"{old_title} (endret)"
    second = page.save_revision(user=approver())

    url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    html = client.get(url).content.decode()
    assert old_title in html and f"{old_title} (endret)" in html

    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert f'value="{old_title}"' in response.content.decode()


def test_an_editor_schedules_through_the_admin_form_and_reverts(client):
    client.force_login(approver())
    goal = CompetenceGoalPage.objects.get(slug="politisk-ansvar", locale__language_code="nb")
    original = goal.title
    go_live = (timezone.localtime() + timedelta(days=3)).replace(second=0, microsecond=0)
    data = goal_form(goal, title="Planlagt tittel", **{"action-publish": "publish"})
    data["go_live_at"] = go_live.strftime("%Y-%m-%d %H:%M")
    assert client.post(reverse("wagtailadmin_pages:edit", args=[goal.pk]), data).status_code == 302
    goal.refresh_from_db()
    assert goal.title == original and goal.scheduled_revision

    run_scheduler(go_live + timedelta(minutes=1))
    goal.refresh_from_db()
    assert goal.title == "Planlagt tittel"

    # Revert: the old revision's content, published again through the form.
    old = goal.revisions.order_by("created_at").first()
    assert client.get(reverse("wagtailadmin_pages:revisions_revert", args=[goal.pk, old.pk]))
    data = goal_form(goal, title=original, **{"action-publish": "publish"})
    client.post(reverse("wagtailadmin_pages:edit", args=[goal.pk]), data)
    goal.refresh_from_db()
    assert goal.title == original
