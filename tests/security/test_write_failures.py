"""Faults on write: a full disk during an upload and a database locked past its timeout
during a publish give the editor a clear answer (503, in their language) and leave no
row, revision or file behind."""

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Revision

from programme.pages import CompetenceGoalPage
from tests.editorial.test_permission_matrix import GOAL, goal_form

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def document_files():
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return set(folder.iterdir()) if folder.exists() else set()


def full_disk(storage, name, content):
    """Writes part of the file, then fails as a full disk does."""
    path = Path(storage.path(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4 partial")
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.django_db
def test_upload_on_a_full_disk_says_so_and_leaves_nothing(admin_client, monkeypatch):
    monkeypatch.setattr(FileSystemStorage, "_save", full_disk)
    documents, files = get_document_model().objects.count(), document_files()
    upload = SimpleUploadedFile("arshjul-2027.pdf", PDF, content_type="application/pdf")
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Årshjul 2027", "file": upload, "collection": 1},
        HTTP_ACCEPT_LANGUAGE="nb",
    )
    assert response.status_code == 503
    assert "Filer kan ikke lagres akkurat nå" in response.content.decode()
    assert get_document_model().objects.count() == documents
    assert document_files() == files  # the partial file is gone too


class DatabaseLock:
    """Another connection holds the write lock while the editor publishes; this one
    gives up after a short timeout (instead of the production 20 s)."""

    def __enter__(self):
        options = connection.settings_dict["OPTIONS"]
        self.saved = dict(options)
        connection.close()
        if connection.vendor == "sqlite":
            options["timeout"] = 0.3
            self.holder = sqlite3.connect(connection.settings_dict["NAME"], timeout=1)
            self.holder.execute("BEGIN IMMEDIATE")
        else:
            import psycopg

            options["options"] = "-c lock_timeout=300"
            server = connection.settings_dict
            self.holder = psycopg.connect(
                host=server["HOST"], port=server["PORT"], user=server["USER"],
                dbname=server["NAME"],
            )  # fmt: skip
            self.holder.execute("LOCK TABLE wagtailcore_page IN EXCLUSIVE MODE")
        return self

    def __exit__(self, *exc):
        self.holder.rollback()
        self.holder.close()
        connection.close()
        connection.settings_dict["OPTIONS"].clear()
        connection.settings_dict["OPTIONS"].update(self.saved)


def test_publish_while_the_database_is_locked_says_so_and_writes_nothing(demo):
    goal = CompetenceGoalPage.objects.get(slug=GOAL["nb"], locale__language_code="nb")
    revisions, title = Revision.objects.count(), goal.title
    client = Client()
    client.post("/admin/login/", {"username": "admin", "password": "samling-demo"})
    data = goal_form(goal, title="Endret under lås", **{"action-publish": "publish"})
    with DatabaseLock():
        response = client.post(f"/admin/pages/{goal.pk}/edit/", data, HTTP_ACCEPT_LANGUAGE="nb")
    assert response.status_code == 503
    assert "Databasen er opptatt akkurat nå" in response.content.decode()
    assert response["Retry-After"]
    goal.refresh_from_db()
    assert goal.title == title
    assert Revision.objects.count() == revisions  # no half-written revision
    again = client.post(f"/admin/pages/{goal.pk}/edit/", data)  # and the retry works
    assert again.status_code == 302
    goal.refresh_from_db()
    assert goal.title == "Endret under lås"
