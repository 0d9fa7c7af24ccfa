"""A module cannot be published or submitted without a body, though a draft can be saved;
taxonomy listings can be searched and filtered by language."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from programme.pages import ModulePage, ProgrammePage

pytestmark = pytest.mark.django_db


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def post_module(client, **action):
    programme = ProgrammePage.objects.get(slug="led-skole", locale__language_code="nb")
    data = nested_form_data(
        {
            "title": "Tom modul",
            "slug": "tom-modul",
            "duration": "",
            "introduction": "",
            "body": streamfield([]),
            "goal_links": inline_formset([]),
            "tool_links": inline_formset([]),
            **action,
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["programme", "modulepage", programme.pk])
    return client.post(url, data)


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_a_module_without_a_body_is_not_published_or_submitted(client, action):
    login(client, "godkjenner" if action == "action-publish" else "redaktor-nb")
    response = post_module(client, **{action: action})
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert not ModulePage.objects.filter(slug="tom-modul").exists()


def test_a_module_draft_may_be_saved_without_a_body(client):
    login(client, "redaktor-nb")
    assert post_module(client).status_code == 302
    draft = ModulePage.objects.get(slug="tom-modul", locale__language_code="nb")
    assert not draft.live


def test_taxonomy_listing_searches_and_filters_by_language(client):
    login(client, "redaktor-da")
    url = reverse("wagtailsnippets_programme_audiencerole:list")
    html = client.get(url, {"q": "rektor"}).content.decode()
    assert "Rektor" in html and "Politiker" not in html
    html = client.get(url, {"locale": "da"}).content.decode()
    assert "Skoleleder" in html and "Rektor</a>" not in html
    assert "gyldig valgmulighed" not in html  # the filter takes a language code
    html = client.get(url, {"locale": "nn"}).content.decode()
    assert "Barnehagestyrar" in html and "Barnehagestyrer" not in html
