"""Each editorial role × action × locale, checked by what really happens after a request
through the admin (a page created, a revision saved, a translation made), against the
table below. Change the table only when the roles are meant to change."""

import pytest

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text
from wagtail_localize.models import TranslationSource

from programme.pages import CompetenceGoalPage, ModulePage, ProgrammePage, ToolPage
from programme.snippets import Theme

TABLE = """
action      locale redaktor-nb redaktor-da oversetter godkjenner deltaker-absolutt admin fasilitator-absolutt
view_draft  nb     yes         no          yes        yes        no                yes no
view_draft  da     no          yes         yes        yes        no                yes no
create      nb     yes         no          no         yes        no                yes no
create      da     no          yes         no         yes        no                yes no
edit        nb     yes         no          yes        yes        no                yes no
edit        da     no          yes         yes        yes        no                yes no
submit      nb     yes         no          yes        yes        no                yes no
submit      da     no          yes         yes        yes        no                yes no
publish     nb     no          no          no         yes        no                yes no
publish     da     no          no          no         yes        no                yes no
translate   nb     yes         no          yes        yes        no                yes no
translate   da     no          yes         yes        yes        no                yes no
sync        nb     yes         no          yes        yes        no                yes no
sync        da     no          yes         yes        yes        no                yes no
delete      nb     no          no          no         yes        no                yes no
delete      da     no          no          no         yes        no                yes no
move        nb     no          no          no         yes        no                yes no
move        da     no          no          no         yes        no                yes no
translate_tree nb  yes         no          yes        yes        no                yes no
translate_tree da  no          yes         yes        yes        no                yes no
sync_publish nb    no          no          no         yes        no                yes no
sync_publish da    no          no          no         yes        no                yes no
convert_alias nb   no          no          no         yes        no                yes no
convert_alias da   no          no          no         yes        no                yes no
submit_review nb   yes         no          yes        yes        no                yes no
submit_review da   no          yes         yes        yes        no                yes no
translate_term any no          no          no         yes        no                yes no
sync_term   any    no          no          no         yes        no                yes no
delete_document any no         no          no         yes        no                yes no
move_document any  no          no          no         yes        no                yes no
bulk_delete_document any no    no          no         yes        no                yes no
bulk_move_document any no      no          no         yes        no                yes no
"""

# Pages the actions work on, by locale: source-language pages, so the admin's own edit
# form (not the translation editor) answers.
GOAL = {"nb": "politisk-ansvar", "da": "praecise-maal"}
PROGRAMME = {"nb": "absolutt", "da": "forpligtende-samarbejde"}
MOVE_TO = {"nb": "led-skole", "da": "absolutt"}
# A page in the other language whose parent is already translated into the locale.
TRANSLATE_FROM = {
    "nb": (CompetenceGoalPage, "praecise-maal"),
    "da": (ModulePage, "hvordan-kommer-vi-dit"),
}
# A source page with translations in the locale.
# Translated into that locale only: syncing a source translated into Nynorsk too (the
# demo's ABSOLUTT modules) needs rights in the Nynorsk tree as well.
SYNC_FROM = {"nb": (ProgrammePage, "forpligtende-samarbejde"), "da": (ToolPage, "arshjul")}


def cells():
    header, *rows = [line.split() for line in TABLE.strip().splitlines()]
    for action, locale, *answers in rows:
        for user, answer in zip(header[2:], answers, strict=True):
            yield pytest.param(
                action, locale, user, answer == "yes", id=f"{action}-{locale}-{user}"
            )


def page(model, slug, locale):
    return model.objects.get(slug=slug, locale__language_code=locale)


def other(locale):
    return "da" if locale == "nb" else "nb"


def goal_form(goal, **changes):
    data = {
        "title": goal.title,
        "slug": goal.slug,
        "statement": goal.statement,
        "explanation": rich_text(goal.explanation),
    }
    return nested_form_data({**data, **changes})


def view_draft(client, locale):
    goal = page(CompetenceGoalPage, GOAL[locale], locale)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[goal.pk]))
    return response, response.status_code == 200


def create(client, locale):
    parent = page(ProgrammePage, PROGRAMME[locale], locale)
    url = reverse("wagtailadmin_pages:add", args=["programme", "competencegoalpage", parent.pk])
    data = nested_form_data(
        {
            "title": "Nytt mål",
            "slug": "nytt-maal",
            "statement": "Mer.",
            "explanation": rich_text(""),
        }
    )
    response = client.post(url, data)
    return response, parent.get_children().filter(slug="nytt-maal").exists()


def post_edit(client, locale, **action):
    goal = page(CompetenceGoalPage, GOAL[locale], locale)
    data = goal_form(goal, title="Endret tittel", **action)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[goal.pk]), data)
    goal.refresh_from_db()
    return response, goal


def edit(client, locale):
    response, goal = post_edit(client, locale)
    return response, goal.get_latest_revision().content["title"] == "Endret tittel"


def submit(client, locale):
    response, goal = post_edit(client, locale, **{"action-submit": "submit"})
    return response, goal.workflow_in_progress


def publish(client, locale):
    response, goal = post_edit(client, locale, **{"action-publish": "publish"})
    return response, goal.title == "Endret tittel" and goal.live


def delete(client, locale):
    goal = page(CompetenceGoalPage, GOAL[locale], locale)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[goal.pk]))
    return response, not Page.objects.filter(pk=goal.pk).exists()


def move(client, locale):
    goal = page(CompetenceGoalPage, GOAL[locale], locale)
    target = page(ProgrammePage, MOVE_TO[locale], locale)
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[goal.pk, target.pk]))
    return response, Page.objects.get(pk=goal.pk).get_parent().pk == target.pk


def translate(client, locale):
    model, slug = TRANSLATE_FROM[locale]
    source = page(model, slug, other(locale))
    target = Locale.objects.get(language_code=locale)
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    response = client.post(url, {"locales": [target.pk]})
    translation = source.get_translation_or_none(target)
    return response, translation is not None and translation.alias_of_id is None


def sync(client, locale):
    model, slug = SYNC_FROM[locale]
    source_page = page(model, slug, other(locale))
    source = TranslationSource.objects.get(object_id=source_page.translation_key)
    before = source.last_updated_at
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {})
    source.refresh_from_db()
    return response, source.last_updated_at != before


# A page with children, not yet translated into the locale, whose parent is.
TRANSLATE_TREE_FROM = {"nb": (ModulePage, "data-og-dialog"), "da": (ProgrammePage, "led-skole")}
# A translation (made with wagtail-localize) in the locale.
TRANSLATED = {
    "nb": (ProgrammePage, "forpliktende-samarbeid-om-lederutvikling"),
    "da": (ModulePage, "hvor-er-vi-vidensgrundlaget"),
}


def translate_tree(client, locale):
    model, slug = TRANSLATE_TREE_FROM[locale]
    source = page(model, slug, other(locale))
    target = Locale.objects.get(language_code=locale)
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    response = client.post(url, {"locales": [target.pk], "include_subtree": "on"})
    children = [child.get_translation_or_none(target) for child in source.get_children()]
    return response, bool(children) and all(child is not None for child in children)


def sync_publish(client, locale):
    model, slug = SYNC_FROM[locale]
    source_page = page(model, slug, other(locale))
    source = TranslationSource.objects.get(object_id=source_page.translation_key)
    target = Page.objects.get(
        translation_key=source_page.translation_key, locale__language_code=locale
    )
    publishes = PageLogEntry.objects.filter(page=target, action="wagtail.publish")
    before = publishes.count()
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"})
    return response, publishes.count() > before


def convert_alias(client, locale):
    translated = page(*TRANSLATED[locale], locale)
    url = reverse("wagtail_localize:convert_to_alias", args=[translated.pk])
    response = client.post(url)
    return response, Page.objects.get(pk=translated.pk).alias_of_id is not None


def submit_review(client, locale):
    translated = page(*TRANSLATED[locale], locale)
    response = client.post(reverse("submit_translation_for_review", args=[translated.pk]))
    return response, Page.objects.get(pk=translated.pk).workflow_in_progress


def translate_term(client, locale):
    term = Theme.objects.get(slug="laeringsprosesser")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["programme", "theme", term.pk]
    )
    response = client.post(url, {"locales": [Locale.objects.get(language_code="da").pk]})
    return response, Theme.objects.filter(translation_key=term.translation_key).count() == 2


def sync_term(client, locale):
    term = Theme.objects.get(slug="hvor-vil-vi", locale__language_code="nb")
    term.name = "Bilder av framtiden"
    term.save()
    source = TranslationSource.objects.get(object_id=term.translation_key)
    source.update_from_db()
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"})
    danish = Theme.objects.get(slug="hvor-vil-vi", locale__language_code="da")
    return response, danish.name == "Bilder av framtiden"


def private_document():
    return get_document_model().objects.get(title__startswith="Deltakerliste")


def throwaway_document():
    """A document of its own: a delete removes the file too, which no rollback restores."""
    return get_document_model().objects.create(
        title="Slettes",
        collection=private_document().collection,
        file=ContentFile(b"x", name="slettes.txt"),
    )


def delete_document(client, locale):
    document = throwaway_document()
    response = client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    return response, not get_document_model().objects.filter(pk=document.pk).exists()


def bulk_action_url(action, document):
    url = reverse("wagtail_bulk_action", args=["wagtaildocs", "document", action])
    return f"{url}?id={document.pk}"


def bulk_delete_document(client, locale):
    document = throwaway_document()
    response = client.post(bulk_action_url("delete", document))
    return response, not get_document_model().objects.filter(pk=document.pk).exists()


def bulk_move_document(client, locale):
    """ "Add to collection" from the document listing, out of the restricted collection."""
    root = Collection.get_first_root_node()
    response = client.post(
        bulk_action_url("add_to_collection", private_document()), {"collection": root.pk}
    )
    return response, private_document().collection.depth == 1


def move_document(client, locale):
    """Out of the participants' restricted collection, which would make it public."""
    document = private_document()
    data = {"title": document.title, "collection": Collection.get_first_root_node().pk}
    response = client.post(reverse("wagtaildocs:edit", args=[document.pk]), data)
    return response, private_document().collection.depth == 1


ACTIONS = {
    f.__name__: f
    for f in (
        view_draft, create, edit, submit, publish, translate, sync, delete, move,
        translate_tree, sync_publish, convert_alias, submit_review,
        translate_term, sync_term, delete_document, move_document,
        bulk_delete_document, bulk_move_document,
    )
}  # fmt: skip


def may_publish(username, locale):
    return any(
        action == "publish" and loc == locale and allowed
        for action, loc, user, allowed in (p.values for p in cells())
        if user == username
    )


def publishes_without_right(username, since):
    """Publish log entries written since log entry `since` in a tree where the table
    says `username` may not publish (whoever the entry names: wagtail-localize
    publishes a translation's revision without naming a user)."""
    entries = PageLogEntry.objects.filter(action="wagtail.publish", pk__gt=since)
    return [
        entry
        for entry in entries.select_related("page__locale")
        if not may_publish(username, entry.page.locale.language_code)
    ]


class CommittingClient:
    """The test client, with what a request leaves for the end of its transaction
    (wagtail-localize publishes translations then) run before the request returns, so
    each action is judged by everything it did."""

    def __init__(self, client):
        self.client = client

    def get(self, *args, **kwargs):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return self.client.get(*args, **kwargs)

    def post(self, *args, **kwargs):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return self.client.post(*args, **kwargs)


@pytest.mark.django_db
@pytest.mark.parametrize(("action", "locale", "username", "allowed"), list(cells()))
def test_role_may_do_exactly_what_the_table_says(client, action, locale, username, allowed):
    client.force_login(get_user_model().objects.get(username=username))
    since = PageLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    response, happened = ACTIONS[action](CommittingClient(client), locale)
    assert response.status_code < 500
    assert happened is allowed, f"{username} {action} in {locale}: {response.status_code}"
    assert publishes_without_right(username, since) == []
