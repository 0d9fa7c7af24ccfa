"""Answering an evaluation (the cohort's members) and reading its results (the cohort's
facilitators, and editors who may edit the cohort page)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from base.downloads import XLSX, file_name, private_file
from cohorts.access import live_cohort, manages
from cohorts.attendance import possible_answers, sessions_of

from .anonymity import hold
from .forms import EvaluationForm
from .models import EvaluationReceipt
from .questions import closes, has_answered, is_open, may_answer, opens, questions_for
from .results import results, workbook


def may_read_results(request, cohort):
    """The cohort's facilitators, and editors who may edit its page in any language."""
    if manages(request, cohort):
        return True
    user = request.user
    if not user.has_perm("wagtailadmin.access_admin"):
        return False
    return any(page.permissions_for_user(user).can_edit() for page in cohort.versions)


@login_required
def evaluate(request, pk, session):
    cohort = live_cohort(pk)
    membership = get_object_or_404(cohort.memberships, user=request.user)
    found = [s for s in sessions_of(cohort) if s.uid == session]
    if not found:
        raise Http404
    session = found[0]
    language = translation.get_language()
    context = {"cohort": cohort, "cohort_page": cohort.page_in(language), "session": session}
    now = timezone.now()
    if not is_open(session, now):
        context.update(opens=opens(session), closes=closes(session), not_yet=now < opens(session))
        return render(request, "evaluations/closed.html", context)
    if not may_answer(membership, session):
        context["answered"] = has_answered(membership, session)
        return render(request, "evaluations/answered.html", context)
    form = EvaluationForm(questions_for(cohort, language), request.POST or None)
    if request.method == "POST" and form.is_valid():
        if save(cohort, membership, session, form.answers(), language):
            messages.success(request, _("Thank you! Your answers are saved anonymously."))
        return redirect(request.path)
    context.update(form=form, minimum=settings.EVALUATION_MIN_ANSWERS)
    return render(request, "evaluations/evaluate.html", context)


def save(cohort, membership, session, answers, language):
    """The receipt and the held answer together, or neither (a second tab's submit)."""
    try:
        with transaction.atomic():
            EvaluationReceipt.objects.create(membership=membership, session=session.uid)
            hold(cohort, session.uid, language, answers)
    except IntegrityError:
        return False
    return True


def readable_results(request, pk):
    cohort = live_cohort(pk)
    if not may_read_results(request, cohort):
        raise Http404
    language = translation.get_language()
    sessions = sessions_of(cohort)
    possible = possible_answers(cohort, sessions)
    found = results(cohort, sessions, questions_for(cohort, language), possible)
    return cohort, language, found


@login_required
def results_page(request, pk):
    cohort, language, found = readable_results(request, pk)
    context = {
        "cohort": cohort,
        "cohort_page": cohort.page_in(language),
        "results": found,
        "minimum": settings.EVALUATION_MIN_ANSWERS,
    }
    return render(request, "evaluations/results.html", context)


@login_required
def results_xlsx(request, pk):
    cohort, _language, found = readable_results(request, pk)
    name = file_name(_("evaluation"), cohort.title, extension="xlsx")
    return private_file(workbook(found), name, XLSX)
