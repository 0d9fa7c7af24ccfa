"""A team member's evening between sessions, on a phone, in Norwegian and in Danish: a
draft that survives a closed tab, the årshjul file attached, a teammate's save met side
by side and merged, one "done" everywhere, reminders turned off with the answer in
place, their own data read, and the workbook downloaded as a tagged PDF."""

import re

import pikepdf
import pytest
from openpyxl import Workbook
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from cohorts.models import Cohort
from programme.cohort_page.context import period_tasks
from teamwork.answers import save_answer
from teamwork.tasks import is_team_task

from .test_cohort_journeys import PHONE, log_in, shot

pytestmark = pytest.mark.django_db(transaction=True)

# language: (cohort, member, words the screens use)
JOURNEYS = {
    "nb": (
        "ABSOLUTT Innlandet 2026",
        "deltaker-absolutt",
        {
            "field": "Lagets svar",
            "kept": "Utkastet er tatt vare på",
            "draft": "Dette er utkastet ditt",
            "files": "Legg ved filer",
            "merge": "Laget ditt lagret en ny versjon etter at du begynte på utkastet.",
            "take": "Bruk min tekst",
            "save": "Lagre lagets svar",
            "saved": "Lagets svar er lagret.",
            "done": "Gjort",
            "reminders": "Send meg påminnelser på e-post før hver samling",
            "off": "Du får ikke flere påminnelser på e-post.",
            "data": "Det Samling har om deg",
            "count": "av 2 oppgaver gjort",
        },
    ),
    "da": (
        "Klynge Midtjylland",
        "deltager-kl",
        {
            "field": "Teamets svar",
            "kept": "Kladden er gemt",
            "draft": "Dette er din kladde",
            "files": "Vedhæft filer",
            "merge": "Dit team gemte en ny version, efter du begyndte på din kladde.",
            "take": "Brug min tekst",
            "save": "Gem teamets svar",
            "saved": "Teamets svar er gemt.",
            "done": "Løst",
            "reminders": "Send mig påmindelser på e-mail før hvert møde",
            "off": "Du får ikke flere påmindelser på e-mail.",
            "data": "Det, Samling har om dig",
            "count": "opgaver løst",
        },
    ),
}


def arshjul(tmp_path):
    book = Workbook()
    book.active.append(["Måned", "Hva"])
    book.active.append(["Januar", "Budsjett"])
    path = tmp_path / "Årshjul.xlsx"
    book.save(path)
    return path


def team_task(cohort, language):
    with translation.override(language):
        page = cohort.page_in(language)
        return next(t for t in period_tasks(page) if is_team_task(t) and not answered(cohort, t))


def answered(cohort, task):
    from teamwork.models import TeamAnswer

    return TeamAnswer.objects.filter(team__cohort=cohort, task_key=task.translation_key).exists()


@pytest.mark.parametrize("language", ["nb", "da"])
def test_a_member_writes_attaches_merges_and_finds_the_same_done_everywhere(
    demo, live_server, page, browser, assert_no_axe_violations, language, tmp_path
):
    title, username, words = JOURNEYS[language]
    cohort = Cohort.objects.get(title=title)
    member = cohort.memberships.select_related("team").get(user__username=username)
    task = team_task(cohort, language)
    with translation.override(language):
        task_url = live_server.url + reverse(
            "teamwork:task", args=[cohort.pk, task.translation_key]
        )
    cohort_url = live_server.url + cohort.page_in(language).url
    page.set_viewport_size(PHONE)
    log_in(page, live_server.url, username, language)

    # 1. Writing: the draft is kept on the server as it is typed
    page.goto(task_url)
    field = page.get_by_label(words["field"])
    field.fill("Januar: data\nMars: dialog")
    field.blur()
    expect(page.locator("[data-draft-status]")).to_contain_text(words["kept"])
    assert_no_axe_violations(page)

    # 2. A teammate saves meanwhile; the member comes back on another device
    teammate = cohort.memberships.filter(team=member.team).exclude(pk=member.pk).first().user
    save_answer(member.team, task.translation_key, "Januar: data\nJuni: vedtak", 0, teammate)
    other = browser.new_context(viewport=PHONE, bypass_csp=True).new_page()
    log_in(other, live_server.url, username, language)
    other.goto(task_url)
    expect(other.get_by_label(words["field"])).to_have_value("Januar: data\nMars: dialog")
    expect(other.get_by_role("alert")).to_contain_text(words["merge"])
    columns = other.locator(".merge-column")
    expect(columns.nth(0).locator("mark")).to_contain_text("Mars: dialog")
    expect(columns.nth(1).locator("mark")).to_contain_text("Juni: vedtak")
    assert_no_axe_violations(other)
    shot(other, f"team-answer-merge-{language}-375")
    assert other.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # 3. Take their own text, add the saved line, attach the årshjul, one save
    other.get_by_role("button", name=words["take"]).click()
    merged = "Januar: data\nMars: dialog\nJuni: vedtak"
    other.get_by_label(words["field"]).fill(merged)
    other.get_by_label(words["files"]).set_input_files(str(arshjul(tmp_path)))
    assert other.get_by_role("button", name=words["save"]).count() == 1
    other.get_by_role("button", name=words["save"]).click()
    expect(other.get_by_text(words["saved"])).to_be_visible()
    assert other.evaluate("window.scrollY") > 0  # the message where the answer is
    expect(other.locator(".answer-files a", has_text="Årshjul.xlsx")).to_be_visible()
    assert_no_axe_violations(other)
    shot(other, f"team-answer-saved-{language}-375")

    # 4. One "done": the task, the own count and the team's row say the same
    other.goto(cohort_url)
    status = other.locator(f'[data-task-status="{task.translation_key}"]')
    expect(status).to_contain_text(words["done"])
    own_count = other.locator("p.progress").inner_text()
    team_row = other.locator(".progress-list li.team--own").inner_text()
    done_count = re.search(r"(\d+) a[vf] (\d+)", own_count).groups()
    assert done_count == re.search(r"(\d+) a[vf] (\d+)", team_row).groups()
    assert words["count"] in own_count or words["count"] in team_row

    # 5. Reminders off: the answer is beside the box, not at the top of the page
    box = other.get_by_label(words["reminders"])
    box.uncheck()
    other.locator("form.reminder-toggle button").click()
    message = other.locator("#reminders .message")
    expect(message).to_have_text(words["off"])
    assert other.evaluate("window.scrollY") > 500
    expect(message).to_be_in_viewport()
    assert_no_axe_violations(other)
    shot(other, f"cohort-reminders-off-{language}-375")

    # 6. What Samling holds about them, in their language
    other.goto(live_server.url + f"/{language}/mine-data/")
    expect(other.get_by_role("heading", level=1)).to_have_text(words["data"])
    expect(other.get_by_text("Årshjul.xlsx")).to_be_visible()
    assert_no_axe_violations(other)
    shot(other, f"own-data-{language}-375")

    # 7. The workbook, as a tagged PDF named in the language
    other.goto(cohort_url)
    with other.expect_download() as download:
        other.locator(".team-progress a.download", has_text="PDF").click()
    name = download.value.suggested_filename
    assert name.startswith("arbeidsbok-" if language == "nb" else "arbejdsbog-")
    pdf = pikepdf.open(download.value.path())
    assert "/StructTreeRoot" in pdf.Root and str(pdf.Root.Lang) == language
    assert get_user_model().objects.get(username=username).memberships.get().reminders_off
