"""Cohorts: admin validation, the page participants follow, and the calendar feeds."""

from datetime import timedelta

import icalendar
import pytest

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from programme.cohort_page.page import CohortPage, CohortSession
from programme.pages import ModulePage, ProgrammePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def participant(client):
    """Cohort pages are for participants; an administrator sees every cohort."""
    client.force_login(get_user_model().objects.create_superuser("adm", "a@example.org", "pw"))
    return client


COHORT = "/nb/absolutt/absolutt-innlandet-2026/"


def modules(slug="absolutt"):
    programme = ProgrammePage.objects.get(slug=slug, locale__language_code="nb")
    return list(ModulePage.objects.child_of(programme).order_by("path")), programme


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


class CohortAdminTest(WagtailPageTestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
        self.client.force_login(self.user)
        self.modules, self.programme = modules()
        self.start = timezone.now() + timedelta(days=30)

    def form_data(self, sessions):
        rows = [
            {
                "module": module.pk,
                "start": local(start),
                "end": local(end),
                "venue": "Hamar",
                "address": "",
            }
            for module, start, end in sessions
        ]
        return nested_form_data(
            {
                "title": "Nytt kull",
                "slug": "nytt-kull",
                "region": "Viken",
                "municipalities": "Asker\nBærum",
                "facilitators": "",
                "sessions": inline_formset(rows),
                "materials": streamfield([]),
            }
        )

    def post(self, sessions, language="nb"):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = language
        profile.save()
        url = f"/admin/pages/add/programme/cohortpage/{self.programme.pk}/"
        return self.client.post(url, self.form_data(sessions))

    def test_editor_creates_a_cohort_with_sessions(self):
        one_day = timedelta(hours=6)
        data = self.form_data(
            [
                (self.modules[0], self.start, self.start + one_day),
                (
                    self.modules[1],
                    self.start + timedelta(days=30),
                    self.start + timedelta(days=30) + one_day,
                ),
            ]
        )
        self.assertCanCreate(self.programme, CohortPage, data)
        sessions = CohortSession.objects.filter(
            page__slug="nytt-kull", page__locale__language_code="nb"
        )
        assert sessions.count() == 2

    def test_end_before_start_is_refused_in_the_editors_language(self):
        response = self.post([(self.modules[0], self.start, self.start - timedelta(hours=1))])
        assert "Samlingen må slutte etter at den starter." in response.content.decode()
        response = self.post([(self.modules[0], self.start, self.start)], language="da")
        assert "Mødet skal slutte, efter det er begyndt." in response.content.decode()
        assert not CohortPage.objects.filter(slug="nytt-kull").exists()

    def test_module_of_another_programme_is_refused(self):
        other, _ = modules("led-skole")
        end = self.start + timedelta(hours=6)
        response = self.post([(other[0], self.start, end)])
        assert "Velg en modul fra dette programmet." in response.content.decode()

    def test_same_module_twice_is_refused(self):
        later = self.start + timedelta(days=10)
        response = self.post(
            [
                (self.modules[0], self.start, self.start + timedelta(hours=6)),
                (self.modules[0], later, later + timedelta(hours=6)),
            ]
        )
        assert "Denne modulen er allerede satt opp i dette kullet." in response.content.decode()


def test_cohort_page_leads_with_the_next_session_and_what_to_do(participant):
    client = participant
    html = client.get(COHORT).content.decode()
    assert html.index("Til neste samling") < html.index("Alle samlinger")
    assert "dager igjen" in html
    assert "Hvordan kommer vi dit? Utviklingsprosessen" in html
    # Between-sessions tasks of the module just held, before-tasks of the next one.
    assert "Utkast til eierstrategi" in html
    assert "Lag et utkast til årshjul" in html
    assert html.count("avholdt") == 2
    assert 'role="img"' in html and "Årshjul" in html


def test_danish_cohort_page_uses_danish_dates_and_copenhagen_time(participant):
    client = participant
    html = client.get("/da/absolutt/absolutt-innlandet-2026/").content.decode()
    assert '<html lang="da" ' in html
    assert "Indtil næste møde" in html
    assert any(month in html for month in ("januar", "februar", "marts", "december", "november"))


def test_before_the_first_and_after_the_last_session(participant):
    client = participant
    cohort = CohortPage.objects.get(slug="led-skole-vestland-2026")
    sessions = cohort.sessions.all()
    shift = timedelta(days=400)
    sessions.update(start=sessions[0].start + shift, end=sessions[0].end + shift)
    html = client.get(cohort.url).content.decode()
    assert "Første samling" in html
    CohortSession.objects.filter(page=cohort).update(
        start=timezone.now() - timedelta(days=3), end=timezone.now() - timedelta(days=3, hours=-6)
    )
    html = client.get(cohort.url).content.decode()
    assert "Programmet er gjennomført" in html


def test_calendar_feed_is_valid_icalendar_with_time_zones_and_stable_uids(participant):
    client = participant
    response = client.get(COHORT + "kalender/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 4
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
        assert event["DTEND"].dt > event["DTSTART"].dt
        assert str(event["UID"]).endswith("@samling")
    uids = [str(e["UID"]) for e in events]
    session = CohortPage.objects.get(
        slug="absolutt-innlandet-2026", locale__language_code="nb"
    ).sessions.first()
    session.start += timedelta(hours=1)
    session.save()
    again = icalendar.Calendar.from_ical(client.get(COHORT + "kalender/").content)
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == uids
    moved = next(e for e in again.walk("VEVENT") if str(e["UID"]) == f"{session.uid}@samling")
    assert moved["DTSTART"].dt == session.start


def test_single_session_calendar_file(participant):
    client = participant
    session = CohortPage.objects.get(
        slug="absolutt-innlandet-2026", locale__language_code="nb"
    ).sessions.last()
    response = client.get(f"{COHORT}samling/{session.uid}/kalender/")
    assert response["Content-Disposition"].startswith("attachment")
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"{session.uid}@samling"]
    assert (
        client.get(f"{COHORT}samling/00000000-0000-0000-0000-000000000000/kalender/").status_code
        == 404
    )


def test_titles_with_line_breaks_give_a_valid_calendar(participant):
    cohort = CohortPage.objects.get(
        url_path__endswith="/absolutt-innlandet-2026/", locale__language_code="nb"
    )
    cohort.title = "ABSOLUTT\r\nInnlandet"
    cohort.save()
    session = cohort.sessions.first()
    session.venue = "Scandic\nHamar"
    session.save()
    for url in (f"{COHORT}kalender/", f"{COHORT}samling/{session.uid}/kalender/"):
        response = participant.get(url)
        assert response.status_code == 200
        calendar = icalendar.Calendar.from_ical(response.content)
        events = list(calendar.walk("VEVENT"))
        assert events and all("\n" not in str(event["summary"]) for event in events)
        assert any(str(event["location"]).startswith("Scandic Hamar") for event in events)
        assert calendar["x-wr-calname"] == "ABSOLUTT Innlandet"
