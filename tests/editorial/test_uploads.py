"""Editors may upload office, PDF and text documents only; anything else is refused with
a message in their language, leaving neither a document row nor a file behind."""

from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from demo.documents import docx_bytes

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><script>alert(1)</script></html>"


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.get(username="redaktor-nb"))
    return client


def stored_files():
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return set(folder.rglob("*")) if folder.exists() else set()


def upload(client, name, content):
    data = {
        "title": name,
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content),
    }
    return client.post(reverse("wagtaildocs:add"), data)


REFUSED = [
    ("side.html", HTML, "Filer av typen «html» kan ikke lastes opp"),
    ("bilde.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "«svg»"),
    ("program.pdf.html", HTML, "«html»"),
    ("program.html.pdf", PDF, "Filnavnet skjuler en annen filtype"),
    ("skript.js", b"alert(1)", "«js»"),
    ("verktoy.exe", b"MZ\x90\x00", "«exe»"),
    ("falsk.pdf", HTML, "Innholdet i filen er ikke det filendelsen (.pdf) sier"),
    ("falsk.docx", PDF, "Innholdet i filen er ikke det filendelsen (.docx) sier"),
    ("notat.txt", HTML, "Filen er ikke ren tekst"),
    ("uten-endelse", PDF, "kan ikke lastes opp"),
]


@pytest.mark.parametrize(("name", "content", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_upload_says_why_and_leaves_nothing(editor, name, content, message):
    documents, files = get_document_model().objects.count(), stored_files()
    response = upload(editor, name, content)
    assert response.status_code == 200  # the form again, with the error
    assert message in response.content.decode()
    assert get_document_model().objects.count() == documents
    assert stored_files() == files


def test_too_large_a_file_is_refused(editor, settings):
    settings.SAMLING_DOCUMENT_MAX_SIZE = 1024
    response = upload(editor, "stor.pdf", PDF + b"0" * 2048)
    assert "grensen er 1,0\xa0KB" in response.content.decode()
    assert not get_document_model().objects.filter(title="stor.pdf").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [("plan.pdf", PDF), ("arshjul.docx", None), ("notat.txt", "Årshjul for 2027".encode())],
)
def test_allowed_formats_are_stored(editor, name, content):
    content = content or docx_bytes("Årshjul", "Året rundt.", [("Januar", "Budsjett")])
    assert upload(editor, name, content).status_code == 302
    assert get_document_model().objects.filter(title=name).exists()


def test_multiple_upload_refuses_too(editor):
    count = get_document_model().objects.count()
    response = editor.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("side.html", HTML)},
    )
    assert response.json()["success"] is False
    assert get_document_model().objects.count() == count


def test_svg_images_are_refused(editor):
    svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
    data = {
        "title": "Logo",
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile("logo.svg", svg, "image/svg+xml"),
    }
    count = get_image_model().objects.count()
    response = editor.post(reverse("wagtailimages:add"), data)
    assert response.status_code == 200
    assert get_image_model().objects.count() == count


def with_part(archive, name, size):
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, source.read(info.filename))
        copy.writestr(name, b"<x/>" * (size // 4), compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_an_office_file_that_unpacks_too_large_is_refused(editor, monkeypatch):
    import io
    import zipfile

    from editorial import uploads

    docx = docx_bytes("Årshjul", "Året rundt.", [("Januar", "Budsjett")])
    unpacked = sum(part.file_size for part in zipfile.ZipFile(io.BytesIO(docx)).infolist())
    monkeypatch.setattr(uploads, "MAX_UNPACKED", unpacked + 100_000)
    bomb = with_part(docx, "word/padding.xml", 400_000)
    assert len(bomb) < len(docx) + 10_000
    response = upload(editor, "bombe.docx", bomb)
    assert "Filen pakkes ut til mer enn" in response.content.decode()
    assert not get_document_model().objects.filter(title="bombe.docx").exists()
    assert upload(editor, "vanlig.docx", docx).status_code == 302
