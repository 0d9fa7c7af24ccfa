import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision

from home.models import HomePage
from programme.cohort_page.page import CohortPage

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        get_user_model().objects.count(),
    )


def test_demo_command_is_idempotent():
    first = snapshot()  # after the run's first load (tests/conftest.py)
    call_command("load_demo", verbosity=0)
    assert snapshot() == first


def test_demo_command_writes_each_home_page_in_its_own_language():
    assert "kommuner" in HomePage.objects.get(locale__language_code="nb").intro
    assert "kommunernes" in HomePage.objects.get(locale__language_code="da").intro


def test_the_danish_cohort_page_has_its_participant_list_after_the_first_load():
    """The participant list is added after wagtail-localize has published the cohort
    page's translation, which would otherwise put the translation's first revision back."""
    pages = CohortPage.objects.filter(slug="absolutt-innlandet-2026")
    assert {page.locale.language_code: bool(page.materials) for page in pages} == {
        "nb": True,
        "da": True,
    }
    assert not any(page.has_unpublished_changes for page in pages)
