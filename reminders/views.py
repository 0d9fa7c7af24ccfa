"""Participants turn reminders off (and on): from the link in every reminder, without
logging in, or on the cohort page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cohorts.access import live_cohort, managed_cohort
from cohorts.forms import ReminderDaysForm
from cohorts.personal_data import past_retention
from cohorts.views import context_for

from .messages import ForgedToken, membership_named


def opt_out(request, token):
    """GET asks, POST turns reminders off: a mail scanner following links changes nothing.
    The link works as long as the cohort's people are kept (PARTICIPANT_DATA_RETENTION_DAYS
    after its last session), not after."""
    try:
        membership = membership_named(token)
    except ForgedToken:
        raise Http404 from None
    if membership is None or past_retention(membership.cohort, timezone.localdate()):
        return render(request, "reminders/opt_out.html", {"expired": True}, status=410)
    done = request.method == "POST"
    if done and not membership.reminders_off:
        membership.reminders_off = True
        membership.save(update_fields=["reminders_off"])
    context = {
        "membership": membership,
        "done": done or membership.reminders_off,
        "cohort_page": membership.cohort.page_in(translation.get_language()),
    }
    return render(request, "reminders/opt_out.html", context)


@login_required
@require_POST
def toggle(request, pk):
    cohort = live_cohort(pk)
    membership = get_object_or_404(cohort.memberships, user=request.user)
    membership.reminders_off = request.POST.get("reminders") != "on"
    membership.save(update_fields=["reminders_off"])
    if membership.reminders_off:
        message = _("You will get no more reminders by email.")
    else:
        message = _("You will get reminders by email before each session.")
    messages.success(request, message, extra_tags="reminders")  # shown beside the box
    return redirect(f"{cohort.page_in(translation.get_language()).url}#reminders")


@login_required
def reminder_days(request, pk):
    """The facilitator chooses how many days before each session reminders go out."""
    cohort = managed_cohort(request, pk)
    form = ReminderDaysForm(request.POST if request.method == "POST" else None, instance=cohort)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Reminders saved."))
        return redirect("cohorts:overview", pk=pk)
    return render(request, "reminders/reminder_days.html", context_for(request, cohort, form=form))
