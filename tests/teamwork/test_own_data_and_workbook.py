""" "What Samling holds about you" as a page in the person's language, the JSON beside it;
the workbook as a tagged PDF with the programme, team, date and page numbers, under a
file name in the screen's language."""

import io

import pikepdf
import pytest
from pypdf import PdfReader

from django.test import Client
from django.urls import reverse
from django.utils import translation

from ..cohorts.between import task
from .conftest import logged_in


@pytest.mark.django_db
def test_the_data_page_speaks_danish_with_titles_roles_and_dates(kl):
    client = logged_in("deltager-kl")
    response = client.get("/da/mine-data/")
    page = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert "<h1>Det, Samling har om dig</h1>" in page
    for heading in ("Din konto", "Dine hold", "Teamsvar, du har skrevet", "Påmindelser på e-mail"):
        assert f">{heading}</h2>" in page, heading
    member = kl.memberships.select_related("role").get(user__username="deltager-kl")
    with translation.override("da"):
        assert member.role.localized.name in page  # the role in Danish
    assert "T" not in page.split("<dt>Konto oprettet</dt><dd>")[1].split("</dd>")[0]  # a date
    assert "Klynge Midtjylland" in page and "Ja" in page
    assert 'href="/da/mine-data.json"' in page
    data = client.get("/da/mine-data.json")
    assert data["Content-Disposition"] == 'attachment; filename="samling-mine-data.json"'
    assert data.json()["account"]["username"] == "deltager-kl"
    assert Client().get("/da/mine-data/").status_code == 302  # login first


@pytest.mark.django_db
def test_task_titles_not_keys_and_nobody_elses_data(absolutt):
    page = logged_in("deltaker-absolutt").get("/nb/mine-data/").content.decode()
    assert task("styrker-og-svakheter").title in page  # the task Marte wrote on, by title
    assert "task_id" not in page and "Siri Lund" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "name", "footer"),
    [("nb", "arbeidsbok-hamar.pdf", "Side 1 av"), ("da", "arbejdsbog-hamar.pdf", "Side 1 af")],
)
def test_the_workbook_pdf_is_tagged_and_named_in_the_screens_language(
    absolutt, language, name, footer
):
    team = absolutt.teams.get(municipality="Hamar")
    with translation.override(language):
        url = reverse("teamwork:workbook", args=[absolutt.pk, team.pk, "pdf"])
    response = logged_in("deltaker-absolutt").get(url)
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert response["Cache-Control"] == "private, no-store"
    pdf = pikepdf.open(io.BytesIO(response.content))
    assert "/StructTreeRoot" in pdf.Root and pdf.Root.MarkInfo.Marked
    assert str(pdf.Root.Lang) == language
    kinds = {str(kid.get("/S")) for kid in structure(pdf.Root.StructTreeRoot)}
    assert {"/H1", "/H2", "/H3", "/P"} <= kinds
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert footer in text and "ABSOLUTT" in text and "Hamar" in text


def structure(node, depth=0):
    """Every structure element under `node` (the tree is shallow: a few levels)."""
    kids = node.get("/K")
    if kids is None or depth > 12:
        return []
    kids = kids if isinstance(kids, pikepdf.Array) else [kids]
    found = []
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found += [kid, *structure(kid, depth + 1)]
    return found


@pytest.mark.django_db
def test_the_docx_keeps_its_headings(absolutt):
    from docx import Document

    team = absolutt.teams.get(municipality="Hamar")
    with translation.override("nb"):
        url = reverse("teamwork:workbook", args=[absolutt.pk, team.pk, "docx"])
    response = logged_in("deltaker-absolutt").get(url)
    assert 'filename="arbeidsbok-hamar.docx"' in response["Content-Disposition"]
    styles = {p.style.name for p in Document(io.BytesIO(response.content)).paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3"} <= styles
