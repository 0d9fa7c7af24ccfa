"""The session bundle: one zip of a module's tool files in the visitor's language."""

import io
import zipfile

import pytest

pytestmark = pytest.mark.django_db


def bundle(client, url):
    response = client.get(url + ("vaerktoejspakke/" if url.startswith("/da/") else "verktoypakke/"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment")
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_bundle_has_one_readable_file_per_tool_in_norwegian(client):
    archive = bundle(client, "/nb/absolutt/hvor-er-vi/")
    assert archive.namelist() == [
        "01 Styringskort for oppvekst.xlsx",
        "02 Mal for kvalitetsrapport.docx",
    ]
    assert archive.testzip() is None


def test_danish_bundle_takes_danish_files_and_falls_back_to_norwegian(client):
    archive = bundle(client, "/da/absolutt/hvor-er-vi-vidensgrundlaget/")
    names = archive.namelist()
    assert names == [
        "01 Styringskort for børne- og ungeområdet.xlsx",
        "02 Mal for kvalitetsrapport.docx",  # only in Norwegian
    ]
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(archive.read(names[0]))).active
    assert sheet["A1"].value == "Styringskort for børne- og ungeområdet"


def test_module_page_shows_the_bundle_size(client):
    html = client.get("/nb/absolutt/hvor-er-vi/").content.decode()
    archive = bundle(client, "/nb/absolutt/hvor-er-vi/")
    total = sum(info.file_size for info in archive.infolist())
    assert 'href="/nb/absolutt/hvor-er-vi/verktoypakke/"' in html
    assert f"ZIP, {total / 1024:.1f}".replace(".", ",") in html


def test_module_without_tools_has_no_bundle(client, home_nb):
    from tests.factories import ModulePageFactory, ProgrammePageFactory

    module = ModulePageFactory(parent=ProgrammePageFactory(parent=home_nb))
    assert "verktoypakke" not in client.get(module.url).content.decode()
    assert client.get(module.url + "verktoypakke/").status_code == 404


def test_a_file_gone_from_storage_leaves_the_others_in_the_bundle(client, caplog):
    from wagtail.documents import get_document_model

    documents = get_document_model().objects.filter(file__endswith="styringskort-nb.xlsx")
    documents.update(file="documents/gone.xlsx")  # e.g. lost in a move between storages
    document = documents.model.objects.get(file="documents/gone.xlsx")
    archive = bundle(client, "/nb/absolutt/hvor-er-vi/")
    assert archive.namelist() == ["02 Mal for kvalitetsrapport.docx"]
    assert document.file.name in caplog.text
    assert client.get(document.url).status_code == 404  # its own download, too
