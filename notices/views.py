"""The facilitator writes to the cohort or a team, sends failed copies again, and moves
a session; only the cohort's facilitators and administrators get past `managed_cohort`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cohorts.access import managed_cohort
from cohorts.attendance import sessions_of
from cohorts.views import context_for
from programme.cohort_page.calendar import local_zone
from programme.cohort_page.schedule import move_session

from .forms import MoveSessionForm, NoticeForm
from .models import Notice
from .sending import notify, send_later


def back_to(cohort, anchor):
    return redirect(reverse("cohorts:overview", args=[cohort.pk]) + f"#{anchor}")


@login_required
def write(request, pk):
    cohort = managed_cohort(request, pk)
    form = NoticeForm(request.POST or None, cohort=cohort)
    if request.method == "POST" and form.is_valid():
        notice = Notice.objects.create(
            cohort=cohort,
            team=form.team(),
            author=request.user,
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
        )
        count = notify(notice)
        messages.success(
            request,
            ngettext(
                "The message is being sent to %(count)d person.",
                "The message is being sent to %(count)d people.",
                count,
            )
            % {"count": count},
        )
        return back_to(cohort, "messages")
    return render(request, "notices/write.html", context_for(request, cohort, form=form))


@login_required
@require_POST
def send_again(request, pk, notice):
    cohort = managed_cohort(request, pk)
    found = get_object_or_404(cohort.notices, pk=notice)
    send_later(found.pk)
    messages.success(request, _("The copies that were not sent are being sent again."))
    return back_to(cohort, "messages")


@login_required
def move(request, pk, session):
    """The session's day, times and place, in the cohort's own time zone."""
    cohort = managed_cohort(request, pk)
    with timezone.override(local_zone(cohort.language())):
        return move_in_zone(request, cohort, session)


def move_in_zone(request, cohort, session):
    chosen = next((s for s in sessions_of(cohort) if s.uid == session), None)
    if chosen is None:
        raise Http404
    if not cohort.page().live:  # nothing to publish the move in
        messages.error(request, _("The cohort's page is not published; an editor moves it."))
        return back_to(cohort, "sessions")
    form = MoveSessionForm(request.POST or None, session=chosen)
    if request.method == "POST" and form.is_valid():
        move_session(cohort.page(), chosen.uid, request.user, **form.values())
        messages.success(request, _("The session is moved; every member is told by email."))
        return back_to(cohort, "sessions")
    context = context_for(request, cohort, form=form, session=chosen)
    return render(request, "notices/move.html", context)
