"""Editors' details: choosers open where the editor works, page types have their right
names, and the dashboard greets with the site's name."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Page

from programme.pages import ModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.get(username="redaktor-nb"))
    return client


def module():
    return ModulePage.objects.get(slug="hvor-er-vi", locale__language_code="nb")


def test_the_page_chooser_opens_at_the_programme_being_edited(editor):
    edit = reverse("wagtailadmin_pages:edit", args=[module().pk])
    chooser = reverse("wagtailadmin_choose_page")
    response = editor.get(chooser + "?page_type=wagtailcore.page", HTTP_REFERER=edit)
    programme = module().get_parent()
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_choose_page_child", args=[programme.pk]) + (
        "?page_type=wagtailcore.page"
    )
    html = editor.get(response.url).json()["html"]
    assert "Hvor er vi? Kunnskapsgrunnlaget" in html  # the programme's modules, at once


def test_adding_a_page_opens_the_chooser_at_its_programme_too(editor):
    programme = module().get_parent()
    add = reverse("wagtailadmin_pages:add", args=["programme", "modulepage", programme.pk])
    response = editor.get(reverse("wagtailadmin_choose_page"), HTTP_REFERER=add)
    assert response.url == reverse("wagtailadmin_choose_page_child", args=[programme.pk])


@pytest.mark.parametrize("referer", ["", "/admin/", "/admin/pages/2/edit/", "https://x.test/a"])
def test_elsewhere_the_chooser_opens_at_the_root_as_before(editor, referer):
    response = editor.get(reverse("wagtailadmin_choose_page"), HTTP_REFERER=referer)
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("nb", ["Informasjonsside", "Program"]),
        ("da", ["Informationsside", "Program"]),
    ],
)
def test_page_types_have_their_names(client, language, names):
    client.force_login(get_user_model().objects.get(username=f"redaktor-{language}"))
    home = Page.objects.get(depth=2, locale__language_code=language)
    html = client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk])).content.decode()
    for name in names:
        assert f">{name}<" in html or f"{name}\n" in html, name
    assert "Forside" not in html and "forside" not in html  # no new home page offered there


@pytest.mark.parametrize(
    ("language", "greeting"), [("nb", "Velkommen til Samling"), ("da", "Velkommen til Samling")]
)
def test_the_dashboard_greets_with_the_sites_name(client, language, greeting):
    client.force_login(get_user_model().objects.get(username=f"redaktor-{language}"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert greeting in html
    assert "<title>" in html and "- Samling</title>" in html
