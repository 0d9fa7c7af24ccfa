"""Translations go through "Faglig godkjenning": translating never publishes, saving a
translation of a live page leaves the live version as it was, and the translator's work
reaches the approvers, who publish it or send it back."""

import pytest

from django.urls import reverse

from wagtail.models import Locale, PageLogEntry, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from programme.pages import ModulePage, ProgrammePage
from tests.editorial.test_translation_workflow import login, put_string

pytestmark = pytest.mark.django_db

SOURCE_TITLE = "Hvor er vi? Kunnskapsgrunnlaget"


def danish():
    return Locale.objects.get(language_code="da")


def live_translation():
    """The Danish translation of the module "Hvor er vi?" (live, made with wagtail-localize)."""
    source_page = ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")
    source = TranslationSource.objects.get(object_id=source_page.translation_key)
    return Translation.objects.get(source=source, target_locale=danish())


def danish_module():
    return ModulePage.objects.get(slug="hvor-er-vi-vidensgrundlaget", locale__language_code="da")


def publishes_by(username):
    return PageLogEntry.objects.filter(action="wagtail.publish", user__username=username)


def test_translating_a_live_subtree_publishes_nothing(client, django_capture_on_commit_callbacks):
    login(client, "oversetter")
    programme = ProgrammePage.objects.get(slug="led-skole", locale__language_code="nb")
    url = reverse("wagtail_localize:submit_page_translation", args=[programme.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"locales": [danish().pk], "include_subtree": "on"})
    translated = [p.get_translation_or_none(danish()) for p in programme.get_descendants(True)]
    assert len(translated) >= 10 and all(p is not None for p in translated)
    assert not any(p.live for p in translated)
    assert not publishes_by("oversetter").exists()


def test_saving_a_draft_of_a_live_translation_keeps_it_as_published(client):
    """Every wagtail-localize path that saves a translation without publishing (the
    subtree job, "Submit for review") ends in save_target(publish=False)."""
    translation = live_translation()
    put_string(client_logged_in(client, "oversetter"), translation, SOURCE_TITLE, "Ny titel")
    before = danish_module()
    translation.save_target(user=before.owner, publish=False)
    after = danish_module()
    assert after.title == before.title != "Ny titel"
    assert after.body.get_prep_value() == before.body.get_prep_value()
    assert after.live and after.has_unpublished_changes
    assert after.get_latest_revision().content["title"] == "Ny titel"
    assert (
        not PageLogEntry.objects.filter(action="wagtail.publish", page=after)
        .exclude(timestamp__lt=after.last_published_at)
        .exclude(revision=after.live_revision)
        .exists()
    )


def client_logged_in(client, username):
    login(client, username)
    return client


def submit_for_review(client, page):
    url = reverse("submit_translation_for_review", args=[page.pk])
    return client.post(url)


def test_translator_submits_and_approver_publishes(client, mailoutbox):
    translation = live_translation()
    login(client, "oversetter")
    put_string(client, translation, SOURCE_TITLE, "Hvor står vi?")
    page = danish_module()
    assert client.get(reverse("submit_translation_for_review", args=[page.pk])).status_code == 200
    assert submit_for_review(client, page).status_code == 302
    page = danish_module()
    assert page.title != "Hvor står vi?"  # nothing public before approval
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert {a for m in mailoutbox for a in m.to} == {"godkjenner@example.org"}

    login(client, "godkjenner")
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert page.get_admin_display_title() in dashboard  # "Awaiting your review"
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code in (200, 302)
    page = danish_module()
    assert page.title == "Hvor står vi?" and page.live
    assert publishes_by("godkjenner").exists() and not publishes_by("oversetter").exists()


def test_approver_sends_back_and_translator_resubmits(client):
    translation = live_translation()
    login(client, "oversetter")
    put_string(client, translation, SOURCE_TITLE, "Hvor står vi?")
    submit_for_review(client, danish_module())
    login(client, "godkjenner")
    task_state = danish_module().current_workflow_task_state
    args = [danish_module().pk, "reject", task_state.pk]
    client.post(reverse("wagtailadmin_pages:workflow_action", args=args), {"comment": "Kortere."})
    assert danish_module().current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    login(client, "oversetter")
    put_string(client, translation, SOURCE_TITLE, "Hvor er vi nu?")
    assert submit_for_review(client, danish_module()).status_code == 302
    page = danish_module()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.get_latest_revision().content["title"] == "Hvor er vi nu?"
    assert page.title != "Hvor er vi nu?"


def test_translation_editor_offers_review_not_publish_to_translators(client):
    login(client, "oversetter")
    page = danish_module()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert reverse("submit_translation_for_review", args=[page.pk]) in html
    assert "&quot;canPublish&quot;: false" in html


def test_translating_an_untranslated_copy_keeps_its_public_text(
    client, django_capture_on_commit_callbacks
):
    """Locale sync shows a new Norwegian page in the Danish tree as a live alias; starting
    its translation makes it an ordinary page with the same text, and the translated
    text waits for review."""
    from wagtail_localize.synctree import create_aliases_for_new_page

    from programme.pages import CompetenceGoalPage

    programme = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    goal = CompetenceGoalPage(title="Nytt mål", slug="nytt-mal", statement="Mer læring.")
    with django_capture_on_commit_callbacks(execute=True):
        programme.add_child(instance=goal)
        goal.save_revision().publish()
        create_aliases_for_new_page(goal)  # as the admin's "after_create_page" hook does
    copy = CompetenceGoalPage.objects.filter(translation_key=goal.translation_key, locale=danish())
    assert copy.get().alias_of_id == goal.pk and copy.get().live
    login(client, "oversetter")
    url = reverse("wagtail_localize:submit_page_translation", args=[goal.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"locales": [danish().pk]}).status_code == 302
    page = copy.get()
    assert page.live and page.alias_of_id is None
    assert (page.title, page.statement) == ("Nytt mål", "Mer læring.")
    assert not publishes_by("oversetter").exists()


@pytest.mark.parametrize(("username", "offered"), [("oversetter", False), ("godkjenner", True)])
def test_term_translation_is_offered_only_to_those_who_may_change_terms(client, username, offered):
    login(client, username)
    html = client.get(reverse("wagtailsnippets_programme_theme:list")).content.decode()
    assert ("/localize/submit/snippet/programme/theme/" in html) is offered


def test_a_translated_programme_goes_to_review_in_one_action(client):
    login(client, "oversetter")
    programme = ProgrammePage.objects.get(slug="led-skole", locale__language_code="nb")
    url = reverse("wagtail_localize:submit_page_translation", args=[programme.pk])
    client.post(url, {"locales": [danish().pk], "include_subtree": "on"})
    translated = programme.get_translation(danish())
    below = list(translated.get_descendants())
    submit_url = reverse("submit_translation_for_review", args=[translated.pk])
    assert f"og de {len(below)} oversatte sidene under" in client.get(submit_url).content.decode()
    response = client.post(submit_url, {"below": "on"}, follow=True)
    assert f"{len(below)} sider under ble også sendt til godkjenning" in response.content.decode()
    for page in [translated, *below]:
        state = page.specific.current_workflow_state
        assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS, page
