import pytest

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(user)
    return user


@pytest.mark.parametrize(
    ("language", "dashboard_word"), [("nb", "Sider"), ("da", "Sider"), ("en", "Pages")]
)
def test_admin_follows_the_users_preferred_language(client, editor, language, dashboard_word):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    html = client.get("/admin/").content.decode()
    assert f'<html lang="{language}"' in html
    assert dashboard_word in html


def test_account_preferences_offer_norwegian_and_danish(client, editor):
    html = client.get("/admin/account/").content.decode()
    assert 'value="nb"' in html
    assert 'value="da"' in html


def test_demo_editor_can_log_in_to_the_admin(client):
    response = client.post("/admin/login/", {"username": "admin", "password": "samling-demo"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
