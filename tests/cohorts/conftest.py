import io

import pytest
from openpyxl import Workbook

from django.contrib.auth import get_user_model
from django.test import Client


def logged_in(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def facilitator(db):
    return logged_in("fasilitator-absolutt")


def xlsx(rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
