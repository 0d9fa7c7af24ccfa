"""SQL queries per benchmark page, rendered in-process: uncached, then from the cache.

Usage: python bench/page_queries.py '<urls JSON from seed.py>' (with the app servers'
environment). Prints JSON {page: {"uncached": n, "cached": n}}.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from pagecache.generation import purge  # noqa: E402


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, f"{path}: {response.status_code}"
    return len(captured)


def main(urls):
    client = Client(HTTP_HOST="127.0.0.1", HTTP_COOKIE="")
    participant = Client(HTTP_HOST="127.0.0.1", HTTP_COOKIE=urls["session_cookie"])
    purge()
    result = {}
    for name, path in urls["pages"].items():
        visitor = participant if name in urls["logged_in"] else client
        visitor.get(path)  # warm the process (templates, site root paths)
        purge()
        result[name] = {"uncached": queries(visitor, path), "cached": queries(visitor, path)}
    print(json.dumps(result))


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
