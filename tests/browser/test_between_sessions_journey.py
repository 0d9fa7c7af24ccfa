"""Between two sessions in the browser: a team writes its answer together (and two
writers at once are told, not overwritten), gets its reminder, evaluates the session
in Danish, and sees its result shared after review; at phone and desktop widths."""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from cohorts.attendance import sessions_of
from cohorts.models import Cohort
from programme.cohort_page.page import CohortSession
from programme.pages import ReflectionTaskPage
from teamwork.answers import save_answer, set_sharing
from teamwork.models import TeamAnswer

from .test_cohort_journeys import DESKTOP, PHONE, log_in, shot

pytestmark = pytest.mark.django_db(transaction=True)
COHORT_URL = "/nb/absolutt/absolutt-innlandet-2026/"


def with_password(email):
    user = get_user_model().objects.get(email=email)
    user.set_password("samling-demo")
    user.save()
    return user


def open_task(page, base, title):
    page.goto(base + COHORT_URL)
    page.locator("li.task", has_text=title).get_by_role(
        "link", name=re.compile("Skriv lagets svar")
    ).click()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_team_writes_its_answer_together_without_losing_a_word(
    demo, live_server, page, browser, assert_no_axe_violations, viewport
):
    page.set_viewport_size(viewport)
    with_password("tor.sveen@example.org")
    base = live_server.url
    log_in(page, base, "deltaker-absolutt")
    tor = browser.new_context(viewport=viewport, bypass_csp=True).new_page()
    log_in(tor, base, "tor.sveen@example.org")
    open_task(page, base, "Lag et utkast til årshjul")
    open_task(tor, base, "Lag et utkast til årshjul")  # both open the empty answer

    answer_field = page.get_by_label("Lagets svar")
    answer_field.fill("Januar: hente data.\nMars: resultatdialog.")
    page.get_by_role("button", name="Lagre lagets svar").click()
    expect(page.get_by_text("Lagets svar er lagret.")).to_be_visible()

    tor.get_by_label("Lagets svar").fill("Juni: kommunestyret vedtar.")
    tor.get_by_role("button", name="Lagre lagets svar").click()
    notice = tor.get_by_role("alert")
    assert "Noen på laget ditt lagret dette svaret mens du skrev." in notice.inner_text()
    assert "Januar: hente data." in notice.inner_text()
    assert tor.get_by_label("Lagets svar").input_value() == "Juni: kommunestyret vedtar."
    assert_no_axe_violations(tor)
    shot(tor, f"team-answer-conflict-{viewport['width']}")
    assert tor.evaluate("document.documentElement.scrollWidth") <= viewport["width"]

    merged = "Januar: hente data.\nMars: resultatdialog.\nJuni: kommunestyret vedtar."
    tor.get_by_label("Lagets svar").fill(merged)
    tor.get_by_label("Del svaret vårt med hele kullet").check()  # saved with the answer
    tor.get_by_role("button", name="Lagre lagets svar").click()
    expect(tor.get_by_text("Lagets svar er lagret.")).to_be_visible()
    tor.get_by_text("Historikk: 2 versjoner").click()
    expect(tor.locator(".history-list ins", has_text="Juni: kommunestyret vedtar.")).to_be_visible()
    expect(tor.get_by_label("Del svaret vårt med hele kullet")).to_be_checked()
    assert_no_axe_violations(tor)
    shot(tor, f"team-answer-{viewport['width']}")

    page.goto(base + COHORT_URL)
    expect(page.get_by_text("Laget ditt har svart (sist Tor").first).to_be_visible()
    own_team = page.locator(".progress-list li.team--own")
    assert "Hamar" in own_team.inner_text() and "2 av 2 oppgaver gjort" in own_team.inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF").first.click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert_no_axe_violations(page)
    shot(page, f"cohort-team-progress-{viewport['width']}")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


def just_held(cohort):
    session = sessions_of(cohort)[1]  # the next session in the demo: nobody evaluated it
    end = timezone.now() - timedelta(hours=2)
    CohortSession.objects.filter(uid=session.uid).update(start=end - timedelta(hours=6), end=end)
    return session


def evaluate_as(cohort, session, email):
    user = get_user_model().objects.get(email=email)
    client = Client()
    client.force_login(user)
    page = client.get(f"/da/hold/{cohort.pk}/evaluering/{session.uid}/").content.decode()
    keys = re.findall(r'name="([0-9a-f-]{36})" value="4"', page)
    client.post(f"/da/hold/{cohort.pk}/evaluering/{session.uid}/", dict.fromkeys(keys, "4"))


def test_a_danish_team_gets_its_reminder_and_evaluates_the_session(
    demo, live_server, page, assert_no_axe_violations
):
    page.set_viewport_size(PHONE)
    cohort = Cohort.objects.get(title="Klynge Midtjylland")
    upcoming = sessions_of(cohort)[1].start.astimezone(timezone.get_current_timezone())
    call_command(
        "send_session_reminders", "--date", (upcoming - timedelta(days=7)).date().isoformat()
    )
    (reminder,) = [m for m in mail.outbox if m.to == ["deltager-kl@example.org"]]
    assert "Næste møde i Klynge Midtjylland er om 7 dage." in reminder.body
    cohort_link = re.search(r"Holdets side: http://[^/]+(/\S+)", reminder.body).group(1)

    session = just_held(cohort)
    for email in ("lone.madsen@example.org", "henrik.dahl@example.org"):
        evaluate_as(cohort, session, email)
    log_in(page, live_server.url, "deltager-kl", language="da")
    page.goto(live_server.url + cohort_link)
    page.get_by_role("link", name=re.compile("Evaluer mødet")).click()
    for radio in page.locator("input[type=radio][value='5']").all():
        radio.check()
    page.get_by_label(re.compile("Hvad tager du med hjem fra mødet")).fill("Modet til at spørge.")
    assert_no_axe_violations(page)
    shot(page, "evaluation-form-375")
    page.get_by_role("button", name="Send evalueringen").click()
    expect(page.get_by_text("Tak! Dine svar er gemt anonymt.")).to_be_visible()

    log_in(page, live_server.url, "facilitator-kl", language="da")
    page.goto(live_server.url + cohort_link)
    page.get_by_role("link", name="Se evalueringsresultaterne").click()
    chart = page.get_by_role("figure", name=re.compile("Gennemsnit pr. spørgsmål")).first
    expect(chart).to_be_visible()
    expect(chart.get_by_text("Hvor nyttigt var mødet for arbejdet i kommunen?")).to_be_visible()
    expect(page.get_by_text("Modet til at spørge.").first).to_be_visible()
    assert_no_axe_violations(page)
    shot(page, "evaluation-results-375")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def consented_answer(cohort):
    task = ReflectionTaskPage.objects.get(slug="lag-arshjul", locale__language_code="nb")
    team = cohort.teams.get(municipality="Hamar")
    marte = get_user_model().objects.get(username="deltaker-absolutt")
    save_answer(team, task.translation_key, "Et årshjul med fire faste punkter.", 0, marte)
    set_sharing(TeamAnswer.objects.get(team=team, task_key=task.translation_key), True, True, marte)


def test_a_teams_answer_becomes_a_shared_result_after_review(
    demo, live_server, page, admin_login, assert_no_axe_violations
):
    page.set_viewport_size(DESKTOP)
    cohort = Cohort.objects.get(title="ABSOLUTT Innlandet 2026")
    consented_answer(cohort)
    log_in(page, live_server.url, "fasilitator-absolutt")
    page.goto(live_server.url + COHORT_URL)
    page.locator("li.task", has_text="Lag et utkast til årshjul").get_by_role(
        "link", name=re.compile("Les lagenes svar")
    ).click()
    page.get_by_role("link", name=re.compile("Foreslå som delt resultat")).click()
    page.get_by_label("Type").select_option("model")
    page.get_by_label("Tittel").fill("Et årshjul med fire faste punkter")
    page.get_by_label("Sammendrag").fill("Hamars årshjul for oppvekst.")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Send til godkjenning").click()
    expect(page.get_by_text("er sendt til godkjenning")).to_be_visible()
    expect(page.get_by_text(re.compile("Foreslått som delt resultat"))).to_be_visible()

    admin_login(page, "godkjenner")
    row = page.locator("tr", has_text="Et årshjul med fire faste punkter").first
    row.get_by_role("button", name=re.compile("Actions|Handlinger")).click()
    row.get_by_role("button", name=re.compile("^Godkjenn$")).first.click()
    page.wait_for_load_state("networkidle")

    page.context.clear_cookies()
    page.goto(live_server.url + "/nb/absolutt/")
    page.get_by_role("link", name="Et årshjul med fire faste punkter").click()
    expect(page.get_by_text("Delt resultat · Modell")).to_be_visible()
    expect(page.get_by_text("Et årshjul med fire faste punkter.")).to_be_visible()
    assert_no_axe_violations(page)
    shot(page, "shared-result-1280")
