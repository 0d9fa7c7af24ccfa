import os
import shutil

import pytest

from django.conf import settings
from django.core.management import call_command
from django.db import connection

from wagtail.models import Locale

from cohorts.models import Cohort
from demo.identity_provider import CLIENT_ID, CLIENT_SECRET, serve
from home.models import HomePage
from identity.environment import provider as provider_settings

from . import demo_snapshot


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once into the test database, and keep a copy of it
    (tests.demo_snapshot). Each test rolls back its changes; a test that commits gets
    the copy back through the `demo` fixture."""
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)  # no files left from earlier runs
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
        call_command("update_index", verbosity=0)  # as a site's deployment runs it
        demo_snapshot.take()
    yield
    with django_db_blocker.unblock():
        demo_snapshot.drop()


@pytest.fixture(autouse=True)
def _no_usage_counts_from_earlier_tests():
    """Each test starts with an empty tally of downloads and searches (usage.counter)."""
    from usage import counter

    counter.take()


@pytest.fixture
def demo(transactional_db):
    """The demo content, as `make run` loads it, for a test whose writes are committed
    (its live server reads them): the copy taken after the one load of the run."""
    demo_snapshot.restore()


@pytest.fixture
def absolutt(db):
    """The demo's Norwegian cohort (ABSOLUTT), for the people tests."""
    return Cohort.objects.get(title="ABSOLUTT Innlandet 2026")


@pytest.fixture
def kl(db):
    """The demo's Danish cohort (KL's Klynge Midtjylland)."""
    return Cohort.objects.get(title="Klynge Midtjylland")


@pytest.fixture
def home_nb(db):
    return HomePage.objects.get(locale__language_code="nb")


@pytest.fixture
def home_da(db):
    return HomePage.objects.get(locale__language_code="da")


@pytest.fixture
def locale_da(db):
    return Locale.objects.get(language_code="da")


@pytest.fixture
def scratch_databases(tmp_path):
    """Two database URLs of the suite's engine: the original site and the empty install.
    On PostgreSQL, databases named for this process, dropped afterwards."""
    if connection.vendor == "sqlite":
        yield [f"sqlite:///{tmp_path / name}.sqlite3" for name in ("site", "restored")]
        return
    names = [f"samling_scratch_{os.getpid()}_{name}" for name in ("site", "restored")]
    drops = [f"DROP DATABASE IF EXISTS {name} WITH (FORCE)" for name in names]
    demo_snapshot.admin_sql(*drops, *(f"CREATE DATABASE {name}" for name in names))
    yield [f"{demo_snapshot.server_url()}/{name}" for name in names]
    demo_snapshot.admin_sql(*drops)


@pytest.fixture
def demo_site(django_db_setup, scratch_databases, tmp_path):
    """(database URL, media folder) of a scratch install that holds the demo, copied
    from the run's one load: for the tests that run the site in a subprocess."""
    media = tmp_path / "site-media"
    shutil.copytree(settings.MEDIA_ROOT, media)
    demo_snapshot.scratch_database(scratch_databases[0])
    return scratch_databases[0], media


@pytest.fixture
def demo_id(settings):
    """demo-ID (demo/identity_provider.py) on a free loopback port, Samling's one sign-in
    provider for the test; the test may set its `fault` or `delay`."""
    provider, server = serve(("http://testserver/", "http://127.0.0.1:", "http://localhost:"))
    settings.IDENTITY_PROVIDERS = [
        provider_settings(
            "demo",
            issuer=provider.issuer,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            name="demo-ID",
        )
    ]
    settings.IDENTITY_PROVIDER_TIMEOUT = 2
    yield provider
    server.shutdown()
    server.server_close()
