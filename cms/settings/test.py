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
RQ_QUEUES = {
    name: {"URL": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")}
    for name in ("default", "mail")
}
RQ_QUEUES["mail"]["ASYNC"] = False  # invitations run in the test, as a worker would
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
TMP_DIR = BASE_DIR / "tmp"  # noqa: F405
TMP_DIR.mkdir(exist_ok=True)
MEDIA_ROOT = TMP_DIR / "test-media"
STATIC_ROOT = TMP_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file-backed test database so that `pytest --reuse-db` works locally.
    DATABASES["default"]["TEST"] = {"NAME": str(TMP_DIR / "test.sqlite3")}  # noqa: F405
