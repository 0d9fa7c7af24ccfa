"""Editors preview every kind of page as its draft stands. The admin's preview builds
the page from the edit form without saving it, so the page's own rows (link rows,
tool files, sessions) are in memory, not in the database; the preview shows them."""

import pytest
from modelcluster.models import get_all_child_relations

from wagtail.models import Page

pytestmark = pytest.mark.django_db


def page_kinds():
    """One page of each kind in the demo content, per language."""
    first = {}
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        first.setdefault((type(page).__name__, page.locale.language_code), page)
    return first


def as_in_the_edit_form(page):
    """The page as the form's save(commit=False) leaves it: each child relation's rows
    assigned in memory (modelcluster then answers from them, not from the database)."""
    for relation in get_all_child_relations(page):
        name = relation.get_accessor_name()
        setattr(page, name, list(getattr(page, name).all()))
    return page


def test_every_kind_of_page_previews_as_the_editor_sees_it():
    kinds = page_kinds()
    assert len(kinds) >= 16  # 8 page types in two languages
    for (kind, language), page in kinds.items():
        draft = as_in_the_edit_form(page.get_latest_revision_as_object())
        response = draft.make_preview_request()
        assert response.status_code == 200, f"{kind} ({language}): {response.status_code}"
        assert draft.title in response.rendered_content
