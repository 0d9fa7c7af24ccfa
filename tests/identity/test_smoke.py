import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from demo.identity_provider import ACCOUNTS
from identity.models import IdentityLink

from .conftest import sign_in

pytestmark = pytest.mark.django_db


def test_smoke(demo_id):
    user = get_user_model().objects.get(username="deltaker-absolutt")
    IdentityLink.objects.create(user=user, provider="demo", subject=ACCOUNTS["kari.nordmann"]["sub"])
    client = Client()
    done = sign_in(client)
    print(done.status_code, done.get("Location"))
    assert done.status_code == 302
    assert client.get("/nb/").wsgi_request.user == user
