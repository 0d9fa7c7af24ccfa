"""Files in team answers: checked by content, versioned with the answer, served only to
those who may read the answer and never kept by a cache, listed in the workbook and the
person's data, and deleted with the team at retention."""

from datetime import timedelta

import pytest

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from teamwork.models import AnswerFile, TeamAnswer

from ..cohorts.between import task, task_url
from .conftest import logged_in
from .files import PNG, arshjul, docx_bytes, upload

TASK = "lag-arshjul"  # ABSOLUTT, done in the team, not answered in the demo
ELVERUM = "per.nordby@example.org"
HAMAR_OTHER = "tor.sveen@example.org"
NOT_WHAT = "Innholdet i filen er ikke det filendelsen"


def save(client, cohort, data, files=()):
    return client.post(task_url(cohort, TASK), {**data, "files": list(files)})


def file_url(cohort, found):
    return reverse("teamwork:file", args=[cohort.pk, found.answer.task_key, found.pk])


@pytest.fixture
def attached(absolutt):
    marte = logged_in("deltaker-absolutt")
    response = save(marte, absolutt, {"text": "Vårt årshjul", "version": 0}, [arshjul()])
    assert response.status_code == 302 and response["Location"].endswith("#answer")
    return AnswerFile.objects.get()


@pytest.mark.django_db
def test_a_member_attaches_a_file_with_the_save_and_the_team_reads_it(absolutt, attached):
    assert (attached.name, attached.added_in, attached.draft) == ("Årshjul_Hamar.xlsx", 1, None)
    assert attached.file.name.startswith("answers/") and "Hamar" not in attached.file.name
    page = logged_in(HAMAR_OTHER).get(task_url(absolutt, TASK)).content.decode()
    assert "Årshjul_Hamar.xlsx" in page and file_url(absolutt, attached) in page
    response = logged_in(HAMAR_OTHER).get(file_url(absolutt, attached))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content)[:2] == b"PK"
    assert TeamAnswer.objects.get(task_key=attached.answer.task_key).answered


# Who gets a file of Hamar's answer that Hamar has not shared, and once it has.
ACCESS = [
    ("deltaker-absolutt", 200, 200),  # a member of the team
    (ELVERUM, 404, 200),  # another team of the cohort: once shared
    ("deltager-kl", 404, 404),  # another cohort
    ("fasilitator-absolutt", 200, 200),  # the cohort's facilitator
    ("redaktor-nb", 404, 404),  # an editor, staff but not in the cohort
    ("facilitator-kl", 404, 404),  # another cohort's facilitator
]


@pytest.mark.django_db
def test_the_attachment_access_table_holds(absolutt, attached):
    url = file_url(absolutt, attached)
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    for username, before, _after in ACCESS:
        assert logged_in(username).get(url).status_code == before, username
    marte = logged_in("deltaker-absolutt")
    save(marte, absolutt, {"text": "Vårt årshjul", "version": 1, "shared": "on"})
    for username, _before, after in ACCESS:
        assert logged_in(username).get(url).status_code == after, username
    assert Client().get(url).status_code == 302
    other = reverse("teamwork:file", args=[absolutt.pk, task("velg-tiltak").translation_key, 1])
    assert marte.get(other.replace("/1/", f"/{attached.pk}/")).status_code == 404  # wrong task


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.pdf", PNG, f"{NOT_WHAT} (.pdf) sier."),
        ("plan.exe", b"MZ\x90\x00", "Filer av typen «exe» kan ikke lastes opp."),
        ("plan.html.pdf", b"%PDF-1.4\n", "Filnavnet skjuler en annen filtype"),
        ("bilde.png", b"<svg onload=alert(1)>", f"{NOT_WHAT} (.png) sier."),
    ],
)
def test_a_wrong_file_is_refused_with_the_text_kept(absolutt, name, content, message):
    marte = logged_in("deltaker-absolutt")
    response = save(marte, absolutt, {"text": "Teksten min", "version": 0}, [upload(name, content)])
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert "Teksten min</textarea>" in page  # nothing lost
    assert not AnswerFile.objects.exists()
    assert not TeamAnswer.objects.filter(task_key=task(TASK).translation_key).exists()


@pytest.mark.django_db
def test_a_file_over_the_limit_and_too_many_files_are_refused(absolutt, settings):
    marte = logged_in("deltaker-absolutt")
    settings.SAMLING_ANSWER_FILE_MAX_SIZE = 1000
    big = upload("stor.pdf", b"%PDF-1.4\n" + b"0" * 2000)
    page = save(marte, absolutt, {"text": "x", "version": 0}, [big]).content.decode()
    assert "stor.pdf: Filen er på 2,0\xa0KB; grensen er 1000\xa0byte." in page
    settings.SAMLING_ANSWER_FILE_MAX_SIZE = 10_000
    settings.SAMLING_ANSWER_MAX_FILES = 2
    three = [upload(f"bilde-{n}.png", PNG) for n in range(3)]
    page = save(marte, absolutt, {"text": "x", "version": 0}, three).content.decode()
    assert "Et svar kan ha høyst 2 filer." in page
    assert not AnswerFile.objects.exists()


@pytest.mark.django_db
def test_a_new_version_removes_a_file_and_the_history_keeps_it(absolutt, attached):
    marte = logged_in("deltaker-absolutt")
    extra = upload("Referat.docx", docx_bytes())
    data = {"text": "Vårt årshjul, nytt", "version": 1, "remove": [attached.pk]}
    assert save(marte, absolutt, data, [extra]).status_code == 302
    attached.refresh_from_db()
    assert attached.removed_in == 2
    answer = attached.answer
    assert [f.name for f in answer.current_files()] == ["Referat.docx"]
    page = marte.get(task_url(absolutt, TASK)).content.decode()
    history = page.split('class="history"')[1]
    assert "Årshjul_Hamar.xlsx" in history  # version 1 held it
    assert marte.get(file_url(absolutt, attached)).status_code == 200  # still the team's
    data = {"text": "Bare tekst", "version": 2, "remove": [f.pk for f in answer.current_files()]}
    save(marte, absolutt, data)
    assert TeamAnswer.objects.get(pk=answer.pk).answered  # the words still count


@pytest.mark.django_db
def test_a_file_alone_is_an_answer_and_is_listed_in_the_workbook_and_the_data(absolutt):
    marte = logged_in("deltaker-absolutt")
    save(marte, absolutt, {"text": "", "version": 0}, [arshjul()])
    assert TeamAnswer.objects.get(task_key=task(TASK).translation_key).answered
    team = marte.get("/nb/mine-data.json").json()
    assert [f["file"] for f in team["files_added"]] == ["Årshjul_Hamar.xlsx"]
    assert team["files_added"][0]["task"] == task(TASK).title
    url = reverse(
        "teamwork:workbook", args=[absolutt.pk, AnswerFile.objects.get().answer.team_id, "docx"]
    )
    import io

    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(marte.get(url).content)).paragraphs)
    assert "Filer: Årshjul_Hamar.xlsx" in text


@pytest.mark.django_db
def test_retention_deletes_the_files_from_storage(absolutt, attached, settings):
    stored = attached.file.name
    storage = attached.file.storage
    assert storage.exists(stored)
    last = absolutt.page().sessions.order_by("-end").first().end
    day = (last + timedelta(days=settings.PARTICIPANT_DATA_RETENTION_DAYS + 1)).date()
    call_command("purge_participant_data", "--date", day.isoformat())
    assert not AnswerFile.objects.exists()
    assert not storage.exists(stored)
