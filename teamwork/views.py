"""A task's answers in a cohort: the own team writes, the facilitators read (and propose
shared results), the other teams read what a team has shared. Everyone else gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from base.downloads import private_stream
from cohorts.access import live_cohort, manages, own_membership

from . import answers, files, workbook
from .forms import AnswerForm, DraftForm, NoteForm, ProposeForm
from .models import AnswerFile, TeamAnswer
from .results import propose
from .tasks import is_team_task, needs_text, task_of


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
    draft = answers.draft_for(own, task) if own else None
    if request.method == "POST":
        return save(request, context, answer, draft)
    form = own and answer_form(answer, draft)
    return render_answer(request, context, answer, draft, form)


def answer_form(answer, draft, data=None, files=None, text=None):
    """The form as the member left it: their draft where they have one, on the version
    to save on (the newest: a draft begun on an older one is merged first)."""
    initial = {
        "text": text if text is not None else draft.text if draft else answer.text,
        "version": answer.version,
        "shared": answer.shared,
        "consent": answer.consent_at is not None,
    }
    waiting = len(draft.files.all()) if draft else 0
    files_now = answer.current_files() if answer.pk else []
    return AnswerForm(data, files, initial=initial, files_now=files_now, waiting=waiting)


def save(request, context, answer, draft):
    own, task = context["own"], context["task"].translation_key
    form = answer_form(answer, draft, request.POST, request.FILES)
    if not form.is_valid():
        return render_answer(request, context, answer, draft, form)
    data = form.cleaned_data
    if data["files"] or draft:  # what was typed stays the member's until it is saved
        draft = answers.keep_draft(own, task, data["text"], data["version"])
        row = answers.answer_row(own.team, task)
        for upload in data["files"]:
            files.keep(upload, row, draft, request.user)
    saved = answers.save_answer(
        own.team, task, data["text"], data["version"], request.user, draft, data["remove"]
    )
    if saved.conflict:  # kept as the member's draft too: a closed tab loses nothing
        draft = draft or answers.keep_draft(own, task, data["text"], data["version"])
        form = answer_form(saved.answer, draft, text=data["text"])
        form.initial.update(shared=data["shared"], consent=data["consent"])
        form.initial["remove"] = data["remove"]
        return render_answer(request, context, saved.answer, draft, form, status=409)
    answers.set_sharing(saved.answer, data["shared"], data["consent"], request.user)
    messages.success(request, _("Your team's answer is saved."), extra_tags="answer")
    return redirect(f"{request.path}#answer")


def render_answer(request, context, answer, draft, form, status=200):
    merging = draft is not None and answer is not None and draft.based_on < answer.version
    if form and (status == 409 or merging):
        mine = form["text"].value() or ""
        context["merge"] = answers.side_by_side(mine, answer.text)
        context["merge_texts"] = (mine, answer.text)
    context.update(
        answer=answer,
        draft=draft,
        form=form,
        conflict=status == 409,
        changes=answers.history(answer) if answer else [],
        others=other_answers(context, context["task"].translation_key),
    )
    return render(request, "teamwork/task_answer.html", context, status=status)


@login_required
@require_POST
def keep_draft(request, pk, task):
    """What the member types, kept as they type (JavaScript sends it every few seconds)."""
    own = team_writer(request, pk, task)
    form = DraftForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": " ".join(form.errors.get("text", []))}, status=400)
    draft = answers.keep_draft(own, task, form.cleaned_data["text"], form.cleaned_data["version"])
    saved = formats.time_format(timezone.localtime(draft.updated_at), "H.i")
    return JsonResponse({"saved": _("Draft kept at %(time)s.") % {"time": saved}})


@login_required
@require_POST
def discard_draft(request, pk, task):
    own = team_writer(request, pk, task)
    answers.discard_draft(answers.draft_for(own, task))
    messages.success(request, _("Your draft is discarded."), extra_tags="answer")
    return redirect(reverse("teamwork:task", args=[pk, task]) + "#answer")


def team_writer(request, pk, task):
    """The member who writes on this team task; a 404 for anyone else."""
    context = task_context(request, pk, task)
    if context["own"] is None or not is_team_task(context["task"]):
        raise Http404
    return context["own"]


@login_required
@require_POST
def mark_done(request, pk, task):
    """A team task that asks for no text is marked done (or not) for the team."""
    context = task_context(request, pk, task)
    own = context["own"]
    if own is None or not is_team_task(context["task"]) or needs_text(context["task"]):
        raise Http404
    done = request.POST.get("done") == "1"
    answers.mark_done(own.team, task, done, request.user)
    if done:
        messages.success(request, _("Marked as done for your team."), extra_tags="tasks")
    else:
        messages.success(request, _("No longer marked as done."), extra_tags="tasks")
    return redirect(f"{context['cohort_page'].url}#task-{task}")


@login_required
def answer_file(request, pk, task, file):
    """A file of a team answer, for those who may read the answer (a waiting one only
    for its uploader); everyone else gets a 404."""
    context = task_context(request, pk, task)
    found = get_object_or_404(
        AnswerFile.objects.select_related("answer", "draft"),
        pk=file,
        answer__team__cohort=context["cohort"],
        answer__task_key=task,
    )
    if not may_read(found, context["own"], context["manager"]):
        raise Http404
    return private_stream(found.file.open("rb"), found.name)


def may_read(found, own, manager):
    if found.draft_id is not None:
        return own is not None and found.draft.membership_id == own.pk
    if manager:
        return True
    return own is not None and (own.team_id == found.answer.team_id or found.answer.shared)


def other_answers(context, task):
    """The other teams' answers: all of them for facilitators, the shared ones for members."""
    found = TeamAnswer.objects.filter(team__cohort=context["cohort"], task_key=task)
    found = found.filter(answered=True).select_related("team", "updated_by", "result_page")
    found = found.prefetch_related("files")
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
            messages.success(request, _("Your note is saved."), extra_tags="note")
            return redirect(f"{request.path}#note")
    return render(
        request,
        "teamwork/personal_note.html",
        {**context, "form": form if own else None, "note": note},
    )


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
