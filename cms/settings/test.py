"""Fast, isolated settings for pytest. DATABASE_URL switches the suite to PostgreSQL."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Most tests change content behind Wagtail's back; the page cache tests switch it on.
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"  # these caches are per process
# Translation jobs run in the request unless a test sends them to this queue on purpose.
WAGTAILLOCALIZE_JOBS = {"BACKEND": "wagtail_localize.tasks.ImmediateBackend"}
# Parallel test workers (pytest-xdist sets PYTEST_XDIST_WORKER to gw0, gw1, ...) each
# get their own temporary folder and media, Redis database and cache prefix (the page
# cache's purge channel is per prefix); pytest-django gives each its own test database.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
WORKER_NUMBER = int(WORKER.removeprefix("gw") or 0)
if WORKER:
    CACHE_PREFIX = f"{CACHE_PREFIX}-{WORKER}"  # noqa: F405
RQ_QUEUES = {
    name: {"URL": os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{15 - WORKER_NUMBER}")}
    for name in ("warm", "default", "mail")
}
RQ_QUEUES["mail"]["ASYNC"] = False  # invitations run in the test, as a worker would
RQ_QUEUES["warm"]["ASYNC"] = False  # so do pages warmed after a purge (with Redis only)
PAGE_CACHE_WARM = 0  # a page warmed behind a test's back is no miss: test_warming turns it on
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
TMP_DIR = BASE_DIR / "tmp" / WORKER if WORKER else BASE_DIR / "tmp"  # noqa: F405
TMP_DIR.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = TMP_DIR / "test-media"
STATIC_ROOT = TMP_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file-backed test database so that `pytest --reuse-db` works locally.
    DATABASES["default"]["TEST"] = {"NAME": str(TMP_DIR / "test.sqlite3")}  # noqa: F405

# Usage counts are written only when a test (or the report) asks: never in the middle of
# a test that counts its queries.
SAMLING_USAGE_WRITE_SECONDS = 10**9
SAMLING_USAGE_WRITE_COUNTS = 10**9
