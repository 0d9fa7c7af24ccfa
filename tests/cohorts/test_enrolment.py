"""Enrolment from a spreadsheet or one at a time: every row checked and shown before
anything is saved; existing accounts kept; invitations in the cohort's language."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import TestCase

from cohorts.enrolment import check_people
from cohorts.models import Membership
from cohorts.spreadsheet import SpreadsheetError, read_rows

from .conftest import xlsx

pytestmark = pytest.mark.django_db
User = get_user_model()


def upload(client, cohort, name, data, language="nb"):
    return client.post(
        f"/{language}/kull/{cohort.pk}/deltakere/import/",
        {"file": SimpleUploadedFile(name, data)},
    )


def confirm(client, cohort, preview, language="nb"):
    rows = re.search(r'name="rows" value="([^"]+)"', preview.text).group(1)
    with TestCase.captureOnCommitCallbacks(execute=True):  # the invitations go on commit
        return client.post(f"/{language}/kull/{cohort.pk}/deltakere/import/", {"rows": rows})


GOOD = [
    ["Navn", "E-post", "Kommune", "Rolle"],
    ["Astrid Solberg", "astrid.solberg@example.org", "Kongsvinger", "Folkevalgt"],
    ["Trond Eriksen", "TROND.ERIKSEN@example.org", "elverum", "rektor"],
]


def test_norwegian_headings_in_xlsx_preview_then_confirm_enrols_and_invites(facilitator, absolutt):
    before = Membership.objects.count()
    preview = upload(facilitator, absolutt, "liste.xlsx", xlsx(GOOD))
    assert preview.status_code == 200
    assert "Astrid Solberg" in preview.text and Membership.objects.count() == before
    assert not mail.outbox  # nothing saved, nobody told, before confirming
    done = confirm(facilitator, absolutt, preview)
    assert done.status_code == 302
    trond = Membership.objects.get(cohort=absolutt, user__email="trond.eriksen@example.org")
    assert trond.team.municipality == "Elverum" and trond.role.slug == "rektor"
    assert not trond.user.has_usable_password() and trond.invited_at
    assert trond.user.groups.filter(pk=absolutt.group_id).exists()
    assert len(mail.outbox) == 2
    assert "Sett passordet" in mail.outbox[0].body  # ABSOLUTT is a Norwegian cohort
    assert "/nb/invitasjon/" in mail.outbox[0].body


def test_every_problem_is_named_and_nothing_is_saved(facilitator, absolutt):
    rows = [
        ["name", "email", "municipality", "role"],
        ["Ola", "ikke-en-adresse", "Hamar", "Rektor"],
        ["Kari", "kari@example.org", "Hamr", "Rektor"],
        ["Per", "per@example.org", "Hamar", "Astronaut"],
        ["Per igjen", "PER@example.org", "Hamar", "Rektor"],
        ["Ingrid", "ingrid.fjellstad@example.org", "Hamar", "Rektor"],  # already enrolled
        ["", "tom@example.org", "Hamar", "Rektor"],
    ]
    before = Membership.objects.count()
    preview = upload(
        facilitator, absolutt, "liste.csv", "\n".join(",".join(r) for r in rows).encode()
    )
    text = preview.text
    assert "ikke en gyldig e-postadresse" in text or "not a valid email" in text
    assert "Hamr" in text and "Hamar?" in text  # a suggestion
    assert "Astronaut" in text
    assert "rad 4" in text or "row 4" in text  # the duplicate names its first row
    assert 'value="enrol"' not in text  # every row is wrong: nothing to enrol
    assert Membership.objects.count() == before


SEVEN_OF_TEN = [
    ["Navn", "E-post", "Kommune", "Rolle"],
    ["God En", "god1@example.org", "Hamar", "Rektor"],
    ["Feil En", "ikke-adresse", "Hamar", "Rektor"],
    ["God To", "god2@example.org", "Elverum", "Rektor"],
    ["Feil To", "feil2@example.org", "Hamr", "Rektor"],
    ["Feil Tre", "feil3@example.org", "Hamr", "Folkevalgt"],
    ["Feil Fire", "feil4@example.org", "Hamar", "Rektr"],
    ["Feil Fem", "feil5@example.org", "Atlantis", "Rektor"],
    ["", "feil6@example.org", "Hamar", "Rektor"],
    ["God Tre", "god3@example.org", "Kongsvinger", "Folkevalgt"],
    ["Feil Sju", "GOD1@example.org", "Hamar", "Rektor"],
]


def step(client, cohort, page, **values):
    rows = re.search(r'name="rows" value="([^"]+)"', page.text).group(1)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(f"/nb/kull/{cohort.pk}/deltakere/import/", {"rows": rows, **values})


def test_the_valid_rows_are_enrolled_and_the_rest_kept_to_mend(facilitator, absolutt):
    preview = upload(facilitator, absolutt, "liste.xlsx", xlsx(SEVEN_OF_TEN))
    assert "7 av 10 rader har feil" in preview.text
    assert "Meld inn de 3 gyldige radene" in preview.text
    done = step(facilitator, absolutt, preview, action="enrol")
    enrolled = set(absolutt.memberships.values_list("user__email", flat=True))
    assert {"god1@example.org", "god2@example.org", "god3@example.org"} <= enrolled
    assert not enrolled & {f"feil{n}@example.org" for n in range(2, 7)}
    assert len(mail.outbox) == 3
    # what is left stays on the screen, to be mended or downloaded
    assert "3 deltakere er meldt inn" in done.text and "Feil To" in done.text
    assert "God En" not in done.text
    assert "Er allerede med i dette kullet" in done.text  # row 11 repeats a row now enrolled
    # one tap takes the suggestion for every row that wrote the same
    mended = step(facilitator, absolutt, done, accept="5:municipality")
    assert "Hamr" not in mended.text and "Meld inn de 2 gyldige radene" in mended.text
    file = step(facilitator, absolutt, mended, action="problems")
    assert file["Cache-Control"] == "private, no-store"
    assert 'filename="rader-som-ma-rettes-liste.xlsx"' in file["Content-Disposition"]
    rows = read_rows("rettes.xlsx", file.content)  # read back as a participant list
    assert [values["name"] for _line, values in rows] == [
        "Feil En",
        "Feil Fire",
        "Feil Fem",
        "",
        "Feil Sju",
    ]
    assert b"Rektr" in file.content or "Rektr" in str(rows)


def test_only_the_checks_own_suggestions_can_be_taken(facilitator, absolutt):
    preview = upload(facilitator, absolutt, "liste.xlsx", xlsx(SEVEN_OF_TEN))
    for value in ("3:municipality", "8:municipality", "5:email", "x:role", "99999999:role"):
        again = step(facilitator, absolutt, preview, accept=value)
        assert again.status_code == 200 and "Atlantis" in again.text
    assert "Rektr" not in step(facilitator, absolutt, preview, accept="7:role").text


def test_a_tampered_preview_saves_nothing(facilitator, absolutt):
    before = Membership.objects.count()
    response = facilitator.post(
        f"/nb/kull/{absolutt.pk}/deltakere/import/", {"rows": "x:y", "action": "enrol"}
    )
    assert response.status_code == 302 and Membership.objects.count() == before


def test_danish_headings_semicolons_and_windows_encoding(kl):
    data = "Navn;E-mail;Kommune;Rolle\nSøren Ærø;soren@example.org;Viborg;Skoleleder\n"
    rows = read_rows("liste.csv", data.encode("cp1252"))
    (person,) = check_people(kl, rows)
    assert person.name == "Søren Ærø" and not person.problems and person.role.slug == "rektor"


@pytest.mark.parametrize(
    "name, data",
    [
        ("liste.pdf", b"%PDF-1.4"),
        ("liste.xlsx", b"not a workbook"),
        ("liste.csv", b""),
        ("liste.csv", b"fornavn,adresse\nOla,x\n"),
    ],
)
def test_wrong_files_get_a_clear_error(facilitator, absolutt, name, data):
    response = upload(facilitator, absolutt, name, data)
    assert response.status_code == 200 and 'class="ds-error-summary"' in response.text
    with pytest.raises(SpreadsheetError):
        read_rows(name, data)


def test_a_line_break_in_a_name_is_refused(absolutt):
    (person,) = check_people(
        absolutt,
        [
            (
                2,
                {
                    "name": "Ola\nNordmann",
                    "email": "o@example.org",
                    "municipality": "Hamar",
                    "role": "Rektor",
                },
            )
        ],
    )
    assert person.problems


def test_an_existing_account_is_kept_one_person_several_cohorts(facilitator, absolutt):
    other = User.objects.get(username="deltaker-ledskole")
    password = other.password
    rows = [GOOD[0], ["Noe annet navn", other.email.upper(), "Hamar", "Rektor"]]
    confirm(facilitator, absolutt, upload(facilitator, absolutt, "l.xlsx", xlsx(rows)))
    other.refresh_from_db()
    assert other.password == password and other.memberships.count() == 2
    assert "Logg inn" in mail.outbox[-1].body  # no password link for an existing account


def test_five_hundred_rows_import_in_bulk(facilitator, absolutt, django_assert_max_num_queries):
    rows = [GOOD[0]] + [[f"Person {i}", f"p{i}@example.org", "Hamar", "Rektor"] for i in range(500)]
    preview = upload(facilitator, absolutt, "stor.xlsx", xlsx(rows))
    with django_assert_max_num_queries(560):  # the job saves each invitation once
        confirm(facilitator, absolutt, preview)
    assert absolutt.memberships.filter(user__email__startswith="p").count() >= 500
    assert len(mail.outbox) == 500


def test_add_one_participant_and_bad_input_keeps_what_was_typed(facilitator, absolutt):
    hamar = absolutt.teams.get(municipality="Hamar")
    url = f"/nb/kull/{absolutt.pk}/deltakere/ny/"
    bad = facilitator.post(
        url, {"name": "Ny\nPerson", "email": "ny@", "team": hamar.pk, "role": ""}
    )
    assert bad.status_code == 200 and "ny@" in bad.text and 'class="ds-error-summary"' in bad.text
    role = absolutt.memberships.first().role
    with TestCase.captureOnCommitCallbacks(execute=True):
        good = facilitator.post(
            url,
            {
                "name": "Ny Person",
                "email": "ny.person@example.org",
                "team": hamar.pk,
                "role": role.pk,
            },
        )
    assert len(mail.outbox) == 1
    assert good.status_code == 302
    assert absolutt.memberships.filter(user__email="ny.person@example.org").exists()


def test_the_command_names_bad_rows_and_exits_non_zero(absolutt, tmp_path, capsys):
    path = tmp_path / "liste.csv"
    path.write_text("navn,e-post,kommune,rolle\nOla,ola@example.org,Oslo,Rektor\n")
    before = Membership.objects.count()
    with pytest.raises(CommandError):
        call_command(
            "import_participants", "/nb/absolutt/absolutt-innlandet-2026/", str(path), "--dry-run"
        )
    assert "row 2" in capsys.readouterr().err
    path.write_text("navn,e-post,kommune,rolle\nOla,ola@example.org,Hamar,Rektor\n")
    call_command(
        "import_participants", "/nb/absolutt/absolutt-innlandet-2026/", str(path), "--dry-run"
    )
    assert Membership.objects.count() == before and not mail.outbox
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command(
            "import_participants",
            "http://127.0.0.1:8000/nb/absolutt/absolutt-innlandet-2026/",
            str(path),
        )
    assert Membership.objects.count() == before + 1 and len(mail.outbox) == 1


def test_the_command_enrols_the_valid_rows_when_asked(absolutt, tmp_path, capsys):
    path = tmp_path / "liste.csv"
    path.write_text(
        "navn,e-post,kommune,rolle\nOla,ola@example.org,Hamar,Rektor\nKari,kari@x,Hamar,Rektor\n"
    )
    url = "/nb/absolutt/absolutt-innlandet-2026/"
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("import_participants", url, str(path), "--valid-only")
    output = capsys.readouterr()
    assert "row 3" in output.err and "1 rows were not enrolled" in output.out
    assert absolutt.memberships.filter(user__email="ola@example.org").exists()
    with pytest.raises(CommandError):  # nothing valid left: nothing enrolled is an error
        call_command("import_participants", url, str(path), "--valid-only")


def test_hostile_names_stay_text(facilitator, absolutt):
    hostile = '<script>alert("x")</script>'
    rows = [GOOD[0], [hostile, "hostile@example.org", "Hamar", "Rektor"]]
    confirm(facilitator, absolutt, upload(facilitator, absolutt, "l.xlsx", xlsx(rows)))
    overview = facilitator.get(f"/nb/kull/{absolutt.pk}/").text
    assert hostile not in overview and "&lt;script&gt;" in overview


def bomb_xlsx(unpacked):
    """A valid workbook whose sheet carries one row of `unpacked` bytes of cells."""
    import io
    import zipfile

    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx(GOOD))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                cells = b'<c t="inlineStr"><is><t>a</t></is></c>' * (unpacked // 40)
                data = data.replace(b"</sheetData>", b'<row r="9">' + cells + b"</row></sheetData>")
            copy.writestr(info.filename, data)
    return out.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_read(facilitator, absolutt, monkeypatch):
    """110 KB holding 40 MB of XML once kept a worker busy until it was killed."""
    from cohorts import spreadsheet

    def never(*args, **kwargs):
        raise AssertionError("the bomb was opened")

    monkeypatch.setattr(spreadsheet, "load_workbook", never)
    bomb = bomb_xlsx(40_000_000)
    assert len(bomb) < 200_000
    response = upload(facilitator, absolutt, "liste.xlsx", bomb)
    assert "Arbeidsboken inneholder mer enn en deltakerliste" in response.text


def test_a_workbook_with_too_many_columns_is_refused(facilitator, absolutt):
    wide = [GOOD[0] + [f"kolonne {n}" for n in range(60)], *GOOD[1:]]
    response = upload(facilitator, absolutt, "liste.xlsx", xlsx(wide))
    assert "flere enn 50 kolonner" in response.text
