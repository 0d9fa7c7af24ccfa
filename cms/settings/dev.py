"""Local development: the demo site on SQLite, served by runserver."""

import os

from .base import *  # noqa: F403

# The demo as visitors see it: the site's own 404 and 500 pages, collected static files.
# DJANGO_DEBUG=true turns on Django's debug pages for development (see the README).
DEBUG = os.environ.get("DJANGO_DEBUG", "false").lower() == "true"
SERVE_MEDIA_IMAGES = True  # runserver has no nginx in front to serve uploaded images
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# No RQ worker with `make run`: invitations are sent (printed) in the request.
RQ_QUEUES["mail"]["ASYNC"] = False  # noqa: F405
