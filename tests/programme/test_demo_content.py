import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision

from home.models import HomePage

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        get_user_model().objects.count(),
    )


def test_demo_command_is_idempotent():
    call_command("load_demo", verbosity=0)  # the second load (the run's first is done)
    first = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == first


def test_demo_command_writes_each_home_page_in_its_own_language():
    assert "kommuner" in HomePage.objects.get(locale__language_code="nb").intro
    assert "kommunernes" in HomePage.objects.get(locale__language_code="da").intro
