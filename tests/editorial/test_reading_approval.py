"""An approver reads a machine translation before approving it: the dashboard offers no
one-click approval for it, the approval dialog shows the translation beside its source
with the unread texts and term misses marked, and approving takes one more
confirmation that says how many. The count clears as texts are edited and on publish."""

import shutil

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Task, WorkflowState
from wagtail_localize.models import StringTranslation

from editorial.models import ReadingApprovalTask, checks_for
from editorial.setup import WORKFLOWS
from terms.models import Term
from tests.editorial.test_translation_review import (
    SOURCE_TITLE,
    danish_module,
    live_translation,
    submit_for_review,
)
from tests.editorial.test_translation_workflow import login, put_string

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed"),
]


def machine_translate_title(client, username):
    """The live Danish module's title, translated again by the machine as `username`."""
    translation = live_translation()
    StringTranslation.objects.filter(
        locale=translation.target_locale,
        context__object_id=translation.source.object_id,
        context__path="title",
    ).delete()
    login(client, username)
    fill = reverse("machine_translate_translation", args=[translation.pk])
    client.post(fill, {"next": "/admin/"})
    return translation


def machine_translated_in_review(client):
    """The Danish module with its title machine translated, sent for review."""
    machine_translate_title(client, "oversetter")
    assert submit_for_review(client, danish_module()).status_code == 302
    login(client, "godkjenner")
    return danish_module()


def approve_url(page, name="workflow_action"):
    state = page.current_workflow_task_state
    return reverse(f"wagtailadmin_pages:{name}", args=[page.pk, "approve", state.pk])


def test_the_review_workflows_read_before_they_approve():
    ours = Task.objects.filter(
        workflow_tasks__workflow__name__in=[w for w, _t in WORKFLOWS.values()]
    )
    assert ours.count() == len(WORKFLOWS) == 3  # Bokmål, Nynorsk, Danish
    assert {type(task.specific) for task in ours} == {ReadingApprovalTask}


def test_the_dashboard_offers_no_one_click_approval_of_unread_machine_translation(client):
    page = machine_translated_in_review(client)
    task = page.current_workflow_task_state.task.specific
    approver = get_user_model().objects.get(username="godkjenner")
    actions = [(name, str(label), modal) for name, label, modal in task.get_actions(page, approver)]
    assert ("approve", "Les og godkjenn", True) in actions
    assert all(modal for _name, _label, modal in actions)  # every action opens the dialog


def test_the_dialog_shows_the_comparison_and_asks_how_many_were_read(client):
    page = machine_translated_in_review(client)
    # A term added since: Apertium wrote "Videngrundlaget"
    Term.objects.create(nb="kunnskapsgrunnlaget", da="vidensgrundlaget")
    dialog = client.get(approve_url(page)).json()["html"]
    assert SOURCE_TITLE in dialog and "Maskinoversatt, ikke redigert" in dialog
    assert "Term: «kunnskapsgrunnlaget» er «vidensgrundlaget»" in dialog
    checks = checks_for(page)
    assert checks.unread == 1 and checks.misses == 1  # in the same text: 2 to confirm
    assert f"Jeg har lest de {checks.to_confirm} markerte tekstene" in dialog

    state = page.current_workflow_task_state
    unticked = {"comment": "", "reading_of": state.pk}
    refused = client.post(approve_url(page), unticked, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert "Bekreft at du har lest de markerte tekstene" in refused.json()["html"]
    assert danish_module().current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    data = {**unticked, "read": "on"}
    client.post(approve_url(page), data, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    page = danish_module()
    assert page.live and not page.has_unpublished_changes
    assert page.title != SOURCE_TITLE


def test_a_crafted_approval_without_the_confirmation_is_refused(client):
    page = machine_translated_in_review(client)
    state = page.current_workflow_task_state
    other = {"comment": "", "read": "", "reading_of": 0}  # points the form at nothing
    refused = client.post(approve_url(page), other)
    assert refused.status_code == 302 and refused.url == "/admin/"  # Wagtail's "permission denied"
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        edit, {"action-workflow-action": "true", "workflow-action-name": "approve"}
    )
    assert response.status_code in (302, 403, 200)
    assert danish_module().current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.pk == danish_module().current_workflow_task_state.pk


def test_editing_the_marked_texts_clears_the_count_and_one_click_returns(client):
    Term.objects.all().delete()  # no term-base misses: the unread texts alone
    page = machine_translated_in_review(client)
    translation = live_translation()
    machine = StringTranslation.objects.filter(
        locale=translation.target_locale,
        context__object_id=translation.source.object_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    for string in machine:
        put_string(client, translation, string.translation_of.data, string.data + " ")
    task = page.current_workflow_task_state.task.specific
    approver = get_user_model().objects.get(username="godkjenner")
    assert ("approve", "Godkjenn", False) in [
        (name, str(label), modal) for name, label, modal in task.get_actions(page, approver)
    ]


def test_the_side_by_side_page_is_for_editors_and_approvers(client):
    page = machine_translated_in_review(client)
    url = reverse("compare_translation", args=[page.pk])
    text = client.get(url).content.decode()
    assert "Les side om side" in text and SOURCE_TITLE in text and "Godkjenn" in text
    login(client, "redaktor-nb")
    refused = client.get(url)
    assert refused.status_code == 302 and SOURCE_TITLE not in refused.content.decode()


def test_publishing_from_the_editor_goes_through_the_reading_first(client, committed):
    """An approver's "Publish" in the translation editor (outside review) is the same
    approval: it leads to the side-by-side reading and its confirmation."""
    machine_translate_title(client, "godkjenner")
    page = danish_module()
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(edit, {"action": "publish"})
    compare = reverse("compare_translation", args=[page.pk])
    assert response.status_code == 302 and response.url == compare
    assert danish_module().title == page.title  # nothing published
    assert "Jeg har lest den 1 markerte teksten" in client.get(compare).content.decode()
    client.post(compare, {})
    assert danish_module().title == page.title  # not without the confirmation
    with committed():
        client.post(compare, {"read": "on"})
    assert danish_module().title != page.title and not danish_module().has_unpublished_changes
