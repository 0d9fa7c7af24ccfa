"""A task's answers in a cohort: the own team writes, the facilitators read (and propose
shared results), the other teams read what a team has shared. Everyone else gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cohorts.access import live_cohort, manages, own_membership

from . import answers, workbook
from .forms import AnswerForm, NoteForm, ProposeForm, SharingForm
from .models import TeamAnswer
from .results import propose
from .tasks import is_team_task, task_of


def cohort_access(request, pk):
    """(cohort, own membership or None, manages it?); a 404 for anyone else."""
    cohort = live_cohort(pk)
    own, manager = own_membership(request, cohort), manages(request, cohort)
    if own is None and not manager:
        raise Http404
    return cohort, own, manager


def task_context(request, pk, task_key):
    cohort, own, manager = cohort_access(request, pk)
    page = cohort.page_in(translation.get_language())
    task = task_of(page, task_key)
    return {"cohort": cohort, "cohort_page": page, "own": own, "manager": manager, "task": task}


@login_required
def task_answer(request, pk, task):
    context = task_context(request, pk, task)
    if not is_team_task(context["task"]):
        return personal_note(request, context)
    own = context["own"]
    if request.method == "POST" and own is None:
        raise Http404  # facilitators read; only the team writes
    answer = answers.answer_for(own.team, task) if own else None
    form = own and AnswerForm(initial={"text": answer.text, "version": answer.version})
    if request.method == "POST":
        form = AnswerForm(request.POST)
        if form.is_valid():
            text, version = form.cleaned_data["text"], form.cleaned_data["version"]
            saved = answers.save_answer(own.team, task, text, version, request.user)
            if not saved.conflict:
                messages.success(request, _("Your team's answer is saved."))
                return redirect(request.path)
            # Keep the writer's text; the next save builds on the version now saved.
            answer = saved.answer
            form = AnswerForm(
                initial={"text": form.cleaned_data["text"], "version": answer.version}
            )
            context["conflict"] = True
    context.update(
        answer=answer,
        form=form,
        sharing=sharing_form(answer),
        changes=answers.history(answer) if answer else [],
        others=other_answers(context, task),
    )
    status = 409 if context.get("conflict") else 200
    return render(request, "teamwork/task_answer.html", context, status=status)


def sharing_form(answer):
    if answer is None or answer.pk is None:
        return None
    return SharingForm(initial={"shared": answer.shared, "consent": answer.consent_at is not None})


def other_answers(context, task):
    """The other teams' answers: all of them for facilitators, the shared ones for members."""
    found = TeamAnswer.objects.filter(team__cohort=context["cohort"], task_key=task)
    found = found.exclude(text="").select_related("team", "updated_by", "result_page")
    if context["own"]:
        found = found.exclude(team=context["own"].team)
    if not context["manager"]:
        found = found.filter(shared=True)
    return found.order_by("team__municipality")


def personal_note(request, context):
    own = context["own"]
    key = context["task"].translation_key
    note = answers.note_for(own, key) if own else None
    form = NoteForm(request.POST or None, initial={"text": note.text if note else ""})
    if request.method == "POST":
        if own is None:
            raise Http404
        if form.is_valid():
            answers.save_note(own, key, form.cleaned_data["text"])
            messages.success(request, _("Your note is saved."))
            return redirect(request.path)
    return render(
        request,
        "teamwork/personal_note.html",
        {**context, "form": form if own else None, "note": note},
    )


@login_required
@require_POST
def sharing(request, pk, task):
    context = task_context(request, pk, task)
    own = context["own"]
    answer = own and TeamAnswer.objects.filter(team=own.team, task_key=task).first()
    if not answer:
        raise Http404
    form = SharingForm(request.POST)
    if form.is_valid():
        answers.set_sharing(
            answer, form.cleaned_data["shared"], form.cleaned_data["consent"], request.user
        )
        messages.success(request, _("Your team's choice is saved."))
    return redirect("teamwork:task", pk=pk, task=task)


@login_required
def propose_result(request, pk, answer):
    cohort, _own, manager = cohort_access(request, pk)
    if not manager:
        raise Http404
    found = get_object_or_404(
        TeamAnswer.objects.select_related("team"),
        pk=answer,
        team__cohort=cohort,
        consent_at__isnull=False,
        result_page__isnull=True,
    )
    page = cohort.page_in(translation.get_language())
    task = task_of(page, found.task_key)
    form = ProposeForm(request.POST or None, initial={"text": found.text, "title": task.title})
    if request.method == "POST" and form.is_valid():
        result = propose(found, cohort, form.cleaned_data, request.user)
        messages.success(
            request,
            _("“%(title)s” is a draft of the programme and has been sent for review.")
            % {"title": result.title},
        )
        return redirect("teamwork:task", pk=pk, task=found.task_key)
    context = {"cohort": cohort, "cohort_page": page, "task": task, "answer": found, "form": form}
    return render(request, "teamwork/propose_result.html", context)


@login_required
def team_workbook(request, pk, team, kind):
    cohort, own, manager = cohort_access(request, pk)
    if not manager and own.team_id != team:
        raise Http404
    found = get_object_or_404(cohort.teams, pk=team)
    page = cohort.page_in(translation.get_language())
    return workbook.response(page, found, own if own and own.team_id == team else None, kind)
