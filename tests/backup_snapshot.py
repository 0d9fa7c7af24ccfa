"""Run in a scratch install by test_backup_restore: what a restore must bring back, as JSON."""

import hashlib
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.documents import get_document_model  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction  # noqa: E402
from wagtail_localize.models import Translation  # noqa: E402


def checksums():
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "images" not in path.relative_to(root).parts[:1]
    }


def private_documents():
    """{title: status} of each restricted document for an anonymous visitor."""
    client = Client(HTTP_HOST="127.0.0.1")
    documents = (
        get_document_model()
        .objects.filter(collection__view_restrictions__isnull=False)
        .order_by("title")
    )
    return {d.title: client.get(d.url).status_code for d in documents}


print(
    json.dumps(
        {
            "counts": {
                "pages": Page.objects.count(),
                "live pages": Page.objects.live().count(),
                "documents": get_document_model().objects.count(),
                "images": get_image_model().objects.count(),
                "translations": Translation.objects.count(),
                "users": get_user_model().objects.count(),
                "page restrictions": PageViewRestriction.objects.count(),
                "collection restrictions": CollectionViewRestriction.objects.count(),
            },
            "files": checksums(),
            "private documents": private_documents(),
        }
    )
)
