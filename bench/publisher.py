"""An editor who publishes a module every second (or every INTERVAL seconds), for the
load tests under writes and the replay.

Usage: python bench/publisher.py SLUG SECONDS [INTERVAL] (with the app servers' environment).
Prints JSON: how many publishes succeeded and the errors met.
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

import django  # noqa: E402

django.setup()

from django.db import close_old_connections  # noqa: E402

from programme.pages import ModulePage  # noqa: E402


def publish_once(slug, number):
    module = ModulePage.objects.get(slug=slug, url_path__contains="/bench-1/")
    module.introduction = f"Oppdatert for {number}. gang."
    module.save_revision().publish()


def main(slug, seconds, interval=1.0):
    published, errors = 0, []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            publish_once(slug, published + 1)
            published += 1
        except Exception as error:  # noqa: BLE001 - every failure is reported, none hidden
            errors.append(f"{type(error).__name__}: {error}")
        close_old_connections()
        time.sleep(max(0.0, interval - (time.monotonic() - started)))
    print(json.dumps({"published": published, "errors": errors}))


if __name__ == "__main__":
    main(sys.argv[1], *map(float, sys.argv[2:4]))
