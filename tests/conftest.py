import shutil

import pytest

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Locale

from home.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once into the test database; each test rolls back its changes."""
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)  # no files left from earlier runs
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture
def home_nb(db):
    return HomePage.objects.get(locale__language_code="nb")


@pytest.fixture
def home_da(db):
    return HomePage.objects.get(locale__language_code="da")


@pytest.fixture
def locale_da(db):
    return Locale.objects.get(language_code="da")
