import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def run_with_production_settings(**env):
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", "PAGE_CACHE_REDIS_URL", "PAGE_CACHE"}
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_with_production_settings(ALLOWED_HOSTS="samling.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_with_production_settings(SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_starts_with_its_environment():
    result = run_with_production_settings(
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="samling.example.org",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert result.returncode == 0, result.stderr


def test_production_refuses_a_page_cache_that_other_processes_cannot_purge():
    """Without Redis each worker would keep its own pages, which a publish in another
    worker (or cron's publish_scheduled) could not purge."""
    site = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "samling.example.org"}
    result = run_with_production_settings(**site)
    assert result.returncode != 0
    assert "The page cache needs Redis in production" in result.stderr
    assert run_with_production_settings(**site, PAGE_CACHE="off").returncode == 0
    page_cache_only = run_with_production_settings(
        **site, PAGE_CACHE_REDIS_URL="redis://127.0.0.1:6379/4"
    )
    assert page_cache_only.returncode == 0, page_cache_only.stderr


def test_every_key_of_a_deployment_carries_its_prefix(settings):
    """Named after the database unless CACHE_PREFIX says otherwise."""
    from pagecache.generation import key

    assert settings.CACHE_PREFIX.startswith("samling-")
    assert key("purges").startswith(f"{settings.CACHE_PREFIX}:")


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_immediate_transactions(settings):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite-only settings")
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"


@pytest.mark.parametrize(("switch", "debug"), [(None, "False"), ("true", "True")])
def test_make_run_serves_the_site_as_visitors_see_it_unless_debug_is_switched_on(switch, debug):
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_DEBUG"}
    environment.update(DJANGO_SETTINGS_MODULE="cms.settings.dev")
    if switch:
        environment["DJANGO_DEBUG"] = switch
    script = (
        "import django; django.setup(); from django.conf import settings;"
        "from django.urls import resolve; resolve('/media/images/a.jpg'); print(settings.DEBUG)"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Uploaded images are served either way (resolve raised no 404).
    assert result.stdout.split()[-1] == debug
