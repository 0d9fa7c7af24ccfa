"""The facilitator's screens: a cohort's teams, enrolment, registrations and attendance.

Only the cohort's facilitators and administrators get past `managed_cohort` (others
get a 404); the screens speak the language of their address (/nb/ or /da/).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from base.downloads import XLSX, file_name, private_file

from . import attendance
from .access import managed_cohort
from .enrolment import (
    accept_suggestion,
    check_people,
    enrol,
    person_row,
    split_name,
    split_valid,
)
from .forms import (
    IMPORT_SALT,
    ConfirmImportForm,
    EditParticipantForm,
    ParticipantForm,
    RegistrationWindowForm,
    TeamForm,
    UploadForm,
)
from .invitations import queue_invitations
from .models import Attendance, Cohort, Membership, Registration
from .municipalities import official
from .registration import approve, decide, is_open
from .roster import roster
from .rules import registration_problems, rule_text
from .spreadsheet import SpreadsheetError, problem_workbook, read_rows


def context_for(request, cohort, **extra):
    return {"cohort": cohort, "cohort_page": cohort.page_in(translation.get_language()), **extra}


@login_required
def my_cohorts(request):
    """The cohorts this person facilitates (all of them for administrators)."""
    cohorts = (
        Cohort.objects.all()
        if request.user.is_superuser
        else request.user.facilitated_cohorts.all()
    )
    if len(cohorts) == 1:
        return redirect("cohorts:overview", pk=cohorts[0].pk)
    return render(request, "cohorts/my_cohorts.html", {"cohorts": cohorts})


@login_required
def overview(request, pk):
    cohort = managed_cohort(request, pk)
    teams, rules = roster(cohort)
    sessions = attendance.sessions_of(cohort)
    registrations = list(cohort.registrations.prefetch_related("members__role"))
    for registration in registrations:
        if registration.status == Registration.PENDING:
            registration.problems = registration_problems(registration, teams, rules)
            registration.unlisted = not official(registration.municipality, cohort.language())
    context = context_for(
        request,
        cohort,
        teams=teams,
        rules=rule_text(rules),
        breaking=[t for t in teams if t.problems],
        sessions=sessions,
        attendance=attendance.overview(cohort, teams, sessions),
        registrations=registrations,
        window=RegistrationWindowForm(initial={"registration_until": cohort.registration_until}),
        registration_open=is_open(cohort),
        team_form=TeamForm(cohort=cohort),
    )
    return render(request, "cohorts/overview.html", context)


@login_required
@require_POST
def add_team(request, pk):
    cohort = managed_cohort(request, pk)
    form = TeamForm(request.POST, cohort=cohort)
    if form.is_valid():
        cohort.teams.create(municipality=form.cleaned_data["municipality"])
        messages.success(
            request, _("Team %(name)s added.") % {"name": form.cleaned_data["municipality"]}
        )
        return redirect("cohorts:overview", pk=pk)
    return render(request, "cohorts/team_form.html", context_for(request, cohort, form=form))


@login_required
def add_participant(request, pk):
    cohort = managed_cohort(request, pk)
    form = ParticipantForm(request.POST or None, cohort=cohort)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        row = person_row(data["name"], data["email"], data["team"].municipality, data["role"])
        (person,) = check_people(cohort, [(1, row)])
        if person.problems:
            for problem in person.problems:
                form.add_error(None, problem)
        else:
            contact = person.email if data["is_contact"] else None
            queue_invitations(enrol(cohort, [person], contact_email=contact))
            messages.success(
                request, _("%(name)s is enrolled and invited.") % {"name": person.name}
            )
            return redirect("cohorts:overview", pk=pk)
    return render(request, "cohorts/participant_form.html", context_for(request, cohort, form=form))


@login_required
def import_participants(request, pk):
    """Upload, then a preview of every row with its problems: nothing is saved before the
    facilitator enrols the valid rows; the rest can be mended here (a suggestion taken) or
    downloaded as a file to correct and upload again."""
    cohort = managed_cohort(request, pk)
    if request.method == "POST" and "rows" in request.POST:
        return import_step(request, cohort)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            rows = read_rows(upload.name, upload.read())
        except SpreadsheetError as error:
            form.add_error("file", str(error))
        else:
            return import_preview(request, cohort, rows, upload.name)
    return render(request, "cohorts/import_form.html", context_for(request, cohort, form=form))


def import_preview(request, cohort, rows, filename):
    people = check_people(cohort, rows)
    ready, wrong = split_valid(people)
    payload = signing.dumps([rows, filename], salt=IMPORT_SALT, compress=True)
    context = context_for(
        request,
        cohort,
        people=people,
        ready=ready,
        wrong=wrong,
        confirm=ConfirmImportForm(initial={"rows": payload}),
        filename=filename,
    )
    return render(request, "cohorts/import_preview.html", context)


def import_step(request, cohort):
    """One of the preview's buttons: take a suggestion, download the rows with problems,
    or enrol the valid rows."""
    form = ConfirmImportForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["rows"][0])
        return redirect("cohorts:import", pk=cohort.pk)
    rows, filename = form.cleaned_data["rows"]
    if accepted := accepted_suggestion(request.POST.get("accept", "")):
        rows = accept_suggestion(cohort, rows, *accepted)
        return import_preview(request, cohort, rows, filename)
    people = check_people(cohort, rows)
    ready, wrong = split_valid(people)
    if request.POST.get("action") == "problems":
        name = file_name(_("rows to correct"), filename.rpartition(".")[0], extension="xlsx")
        return private_file(problem_workbook(wrong), name, XLSX)
    if not ready:
        messages.error(request, _("No row can be enrolled yet."))
        return import_preview(request, cohort, rows, filename)
    queue_invitations(enrol(cohort, ready))
    messages.success(request, enrolled_message(len(ready), len(wrong)))
    if wrong:  # what is left stays on the screen, to be mended or downloaded
        left = {p.line for p in wrong}
        return import_preview(request, cohort, [r for r in rows if r[0] in left], filename)
    return redirect("cohorts:overview", pk=cohort.pk)


def accepted_suggestion(value):
    """(line, column) from a suggestion button's "12:municipality", or None."""
    line, _colon, column = value.partition(":")
    if line.isdigit() and len(line) < 8 and column in ("municipality", "role"):
        return int(line), column
    return None


def enrolled_message(count, left):
    message = ngettext(
        "%(count)d participant enrolled; the invitation is being sent.",
        "%(count)d participants enrolled; the invitations are being sent.",
        count,
    ) % {"count": count}
    if left:
        message += " " + ngettext(
            "%(count)d row was not enrolled: it is listed below.",
            "%(count)d rows were not enrolled: they are listed below.",
            left,
        ) % {"count": left}
    return message


def member_of(cohort, member_pk):
    return get_object_or_404(
        Membership.objects.select_related("user", "team"), pk=member_pk, cohort=cohort
    )


@login_required
def remove_participant(request, pk, member):
    cohort = managed_cohort(request, pk)
    membership = member_of(cohort, member)
    if request.method == "POST":
        name = membership.user.get_full_name() or membership.user.email
        membership.delete()  # access ends with it (cohorts.access)
        messages.success(request, _("%(name)s is removed from the cohort.") % {"name": name})
        return redirect("cohorts:overview", pk=pk)
    return render(
        request, "cohorts/remove_confirm.html", context_for(request, cohort, membership=membership)
    )


@login_required
def edit_participant(request, pk, member):
    cohort = managed_cohort(request, pk)
    membership = member_of(cohort, member)
    form = EditParticipantForm(request.POST or None, membership=membership)
    if request.method == "POST" and form.is_valid():
        save_participant(membership, form.cleaned_data, form.owns_account)
        messages.success(request, _("%(name)s is saved.") % {"name": form.cleaned_data["name"]})
        return redirect("cohorts:overview", pk=pk)
    context = context_for(request, cohort, form=form, membership=membership)
    return render(request, "cohorts/participant_edit.html", context)


@transaction.atomic
def save_participant(membership, data, owns_account):
    if owns_account:  # otherwise the name and address are the person's (cohorts.accounts)
        user = membership.user
        user.first_name, user.last_name = split_name(data["name"])
        if user.email != data["email"]:
            user.email = data["email"]
            if "@" in user.username:  # participants log in with their address
                user.username = data["email"]
        user.save()
    if data["is_contact"]:  # one contact person per team
        data["team"].members.exclude(pk=membership.pk).filter(is_contact=True).update(
            is_contact=False
        )
    membership.team, membership.role = data["team"], data["role"]
    membership.is_contact = data["is_contact"]
    membership.save()


@login_required
@require_POST
def remove_team(request, pk, team):
    cohort = managed_cohort(request, pk)
    found = get_object_or_404(cohort.teams, pk=team)
    if found.members.exists():
        messages.error(request, _("Only a team without members can be removed."))
    else:
        found.delete()
        messages.success(request, _("Team %(name)s removed.") % {"name": found.municipality})
    return redirect("cohorts:overview", pk=pk)


@login_required
@require_POST
def resend_invitation(request, pk, member):
    cohort = managed_cohort(request, pk)
    membership = member_of(cohort, member)
    queue_invitations([membership])
    messages.success(
        request,
        _("The invitation to %(email)s is being sent again.") % {"email": membership.user.email},
    )
    return redirect("cohorts:overview", pk=pk)


@login_required
def record_attendance(request, pk, session):
    cohort = managed_cohort(request, pk)
    sessions = attendance.sessions_of(cohort)
    chosen = next((s for s in sessions if s.uid == session), None)
    if chosen is None:
        raise Http404
    if request.method == "POST":
        attendance.record(cohort, chosen.uid, posted_states(request.POST, cohort))
        messages.success(request, _("Attendance saved."))
        return redirect(reverse("cohorts:overview", args=[pk]) + "#attendance-heading")
    teams, _rules = roster(cohort)
    rows = attendance.overview(cohort, teams, [chosen])
    return render(
        request,
        "cohorts/attendance_form.html",
        context_for(request, cohort, session=chosen, rows=rows, states=Attendance.STATES),
    )


def posted_states(data, cohort):
    """{membership key: state or None} from the form: "all present" marks everyone in
    the cohort; otherwise each member's choice, and members the form did not show (enrolled
    since it was opened) are left as they are."""
    members = cohort.memberships.values_list("pk", flat=True)
    if "all_present" in data:
        return dict.fromkeys(members, Attendance.PRESENT)
    return {pk: data[f"state-{pk}"] or None for pk in members if f"state-{pk}" in data}


@login_required
def export_attendance(request, pk):
    cohort = managed_cohort(request, pk)
    teams, _rules = roster(cohort)
    sessions = attendance.sessions_of(cohort)
    body = attendance.workbook(cohort, attendance.overview(cohort, teams, sessions), sessions)
    name = file_name(_("attendance"), cohort.page().slug, extension="xlsx")
    return private_file(body, name, XLSX)


@login_required
@require_POST
def registration_window(request, pk):
    cohort = managed_cohort(request, pk)
    form = RegistrationWindowForm(request.POST)
    if form.is_valid():
        cohort.registration_until = form.cleaned_data["registration_until"]
        cohort.save(update_fields=["registration_until"])
        messages.success(request, _("Registration saved."))
        return redirect("cohorts:overview", pk=pk)
    return render(
        request, "cohorts/registration_window.html", context_for(request, cohort, window=form)
    )


@login_required
@require_POST
def decide_registration(request, pk, registration):
    cohort = managed_cohort(request, pk)
    found = get_object_or_404(cohort.registrations, pk=registration, status=Registration.PENDING)
    if request.POST.get("decision") == "approve":
        problems = approve(found, request.user)
        for problem in problems:
            messages.error(request, problem)
        if not problems:
            messages.success(
                request,
                _("%(name)s is approved; invitations are being sent.")
                % {"name": found.municipality},
            )
    elif request.POST.get("decision") == "decline":
        decide(found, Registration.DECLINED, request.user)
        messages.success(
            request,
            _("%(name)s is declined; the contact person is told.") % {"name": found.municipality},
        )
    return redirect("cohorts:overview", pk=pk)
