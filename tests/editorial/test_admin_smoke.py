"""Every demo account can open the admin screens of its daily work, in its own admin
language, without a server error (and sees a refusal, not a crash, where it may not go)."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Page

pytestmark = pytest.mark.django_db

ACCOUNTS = ["admin", "redaktor-nb", "redaktor-da", "oversetter", "godkjenner"]


def admin_urls():
    pages = Page.objects.filter(
        depth__gte=2,
        slug__in=[
            "nb",
            "da",
            "absolutt",
            "hvor-er-vi",
            "politisk-ansvar",
            "arshjul",
            "klynge-midtjylland",
            "verktoy",
        ],
    )
    urls = [
        reverse("wagtailadmin_home"),
        reverse("translation_status"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtaildocs:index"),
        reverse("wagtailimages:index"),
        reverse("wagtailsnippets_programme_audiencerole:list"),
        reverse("wagtailsnippets_programme_theme:list"),
        reverse("wagtailsearchpromotions:index"),
        reverse("wagtailadmin_pages:search") + "?q=samling",
        reverse("wagtail_localize:translations_report"),
    ]
    for page in pages:
        urls += [
            reverse("wagtailadmin_explore", args=[page.pk]),
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailadmin_pages:history", args=[page.pk]),
        ]
    return urls


@pytest.mark.parametrize("username", ACCOUNTS)
def test_admin_screens_answer_without_errors(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    failures = []
    for url in admin_urls():
        status = client.get(url).status_code
        if status >= 500:
            failures.append((url, status))
    assert failures == []
