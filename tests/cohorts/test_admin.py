"""Administrators name facilitators in the Wagtail admin; a published cohort page gets
its cohort, private to its people; in development invitations print to the console."""

import re
import subprocess
import sys
from datetime import timedelta

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from wagtail.models import Locale, Page, PageViewRestriction

from cohorts.models import Cohort
from programme.cohort_page.page import CohortPage
from programme.pages import ProgrammePage

from .conftest import logged_in

pytestmark = pytest.mark.django_db


def test_an_administrator_names_a_facilitator_who_then_manages_the_cohort(kl):
    admin = logged_in("admin")
    listing = admin.get("/admin/cohort_admin/")
    assert listing.status_code == 200 and "Klynge Midtjylland" in listing.text
    assert "/admin/cohort_admin/new/" not in listing.text  # cohorts come with their pages
    assert admin.get("/admin/cohort_admin/new/").status_code in (302, 403)
    new_one = get_user_model().objects.get(username="redaktor-da")
    facilitators = [*kl.facilitators.values_list("pk", flat=True), new_one.pk]
    response = admin.post(f"/admin/cohort_admin/edit/{kl.pk}/", {"facilitators": facilitators})
    assert response.status_code == 302
    assert logged_in("redaktor-da").get(f"/da/hold/{kl.pk}/").status_code == 200
    assert new_one.groups.filter(pk=kl.group_id).exists()  # and sees the cohort page


def test_editors_cannot_name_facilitators(kl):
    assert logged_in("godkjenner").get(f"/admin/cohort_admin/edit/{kl.pk}/").status_code in (
        302,
        403,
    )


def test_a_published_cohort_page_gets_its_cohort_and_is_private_to_it(
    django_capture_on_commit_callbacks,
):
    programme = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    start = timezone.now() + timedelta(days=30)
    page = CohortPage(title="ABSOLUTT Agder 2027", slug="absolutt-agder-2027")
    programme.add_child(instance=page)
    page.sessions.create(start=start, end=start + timedelta(hours=6), venue="Kristiansand")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    cohort = Cohort.objects.get(page_key=page.translation_key)
    restriction = PageViewRestriction.objects.get(page=Page.objects.get(pk=page.pk))
    assert list(restriction.groups.all()) == [cohort.group]


def test_a_new_translation_of_a_cohort_page_is_private_from_its_first_publish(
    kl, django_capture_on_commit_callbacks
):
    norwegian = kl.page().copy_for_translation(Locale.objects.get(language_code="nb"))
    assert not norwegian.live
    with django_capture_on_commit_callbacks(execute=True):
        norwegian.save_revision().publish()
    restriction = PageViewRestriction.objects.get(page=Page.objects.get(pk=norwegian.pk))
    assert list(restriction.groups.all()) == [kl.group]
    assert Client().get(norwegian.url).status_code == 302  # to the login


def test_development_prints_invitations_without_a_worker():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.EMAIL_BACKEND, settings.RQ_QUEUES['mail'].get('ASYNC'))"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.dev", "PATH": "/usr/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.split() == ["django.core.mail.backends.console.EmailBackend", "False"]


def test_two_cohorts_of_the_same_title_never_share_their_group(django_capture_on_commit_callbacks):
    """The group is what admits people to a cohort's page: one per cohort."""
    groups = set()
    for slug in ("led-skole", "absolutt"):
        programme = ProgrammePage.objects.get(slug=slug, locale__language_code="nb")
        page = CohortPage(title="Kull 2027", slug="kull-2027")
        programme.add_child(instance=page)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        groups.add(Cohort.objects.get(page_key=page.translation_key).group_id)
    assert len(groups) == 2


def test_a_renamed_cohort_page_renames_its_cohort(kl, django_capture_on_commit_callbacks):
    page = kl.page()
    page.title = "Klynge Midtjylland 2027"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    kl.refresh_from_db()
    assert kl.title == "Klynge Midtjylland 2027"


def test_the_admin_names_each_cohort_with_its_programmes_word():
    """KL's cohorts are "klynger"; ABSOLUTT's "kull" in Norwegian and "hold" in Danish."""
    from wagtail.users.models import UserProfile

    admin = get_user_model().objects.get(username="admin")
    client = Client()
    client.force_login(admin)
    rows = {}
    for language in ("nb", "da"):
        profile = UserProfile.get_for_user(admin)
        profile.preferred_language = language
        profile.save()
        html = client.get("/admin/cohort_admin/").content.decode()
        for row in re.findall(r"<tr>(.*?)</tr>", html, re.S)[1:]:
            cells = [re.sub(r"<[^>]+>|\s+", " ", cell).strip() for cell in cells_of(row)]
            rows[language, cells[0].split("  ")[0].strip()] = cells[1]
    assert rows["nb", "ABSOLUTT Innlandet 2026"] == "Kull"
    assert rows["nb", "Klynge Midtjylland"] == rows["da", "Klynge Midtjylland"] == "Klynge"
    assert rows["da", "ABSOLUTT Innlandet 2026"] == "Hold"


def cells_of(row):
    return re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)


def test_the_cohort_page_labels_cohort_and_team_with_the_programmes_words(kl, absolutt):
    kl_page = logged_in("deltager-kl").get(kl.page_in("da").url).content.decode()
    assert '<p class="eyebrow">Klynge' in kl_page and "Kommunegruppe: Silkeborg" in kl_page
    own = logged_in("deltaker-absolutt").get(absolutt.page().url).content.decode()
    assert '<p class="eyebrow">Kull' in own and "Laget ditt: Hamar" in own  # no own team word
