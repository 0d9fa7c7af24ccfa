"""Files a team attaches to its answers in the tests: real office files and images."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.cohorts.conftest import xlsx

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # the signature is what is checked


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def arshjul(name="Årshjul Hamar.xlsx"):
    return upload(name, xlsx([["Måned", "Hva"], ["Januar", "Budsjett"]]))


def docx_bytes():
    from docx import Document

    out = io.BytesIO()
    Document().save(out)
    return out.getvalue()
