import pytest

from wagtail.models import Locale

from home.models import HomePage


@pytest.fixture
def home_nb(db):
    return HomePage.objects.get(locale__language_code="nb")


@pytest.fixture
def home_da(db):
    return HomePage.objects.get(locale__language_code="da")


@pytest.fixture
def locale_da(db):
    return Locale.objects.get(language_code="da")
