"""The reminders due on a day, each with its email in the cohort's language.

A participant's reminder says when and where the session is, what their team still has
to do (the tasks since the last session and those to prepare), what to bring, and links
to the calendar and the cohort. A facilitator's says how far each team has come.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from cohorts.models import Cohort, Membership
from programme.cohort_page.calendar import local_zone
from programme.cohort_page.context import shown_sessions, tasks_of
from programme.pages import ReflectionTaskPage
from security.background_mail import subject_line
from teamwork.progress import team_progress, work_done

from .models import SentReminder
from .schedule import days_until, due_reminder

OPT_OUT_SALT = "samling.reminders.opt-out"


@dataclass
class Reminder:
    kind: str
    user: object
    cohort: object
    session: object
    days_before: int
    message: EmailMessage

    def line(self):
        when = timezone.localtime(self.session.start, local_zone(self.cohort.language()))
        return (
            f"{self.kind} {self.user.email} · {self.cohort.title} · "
            f"{when:%Y-%m-%d %H:%M} · {self.days_before} days before"
        )

    def record(self):
        return SentReminder(
            user=self.user,
            cohort=self.cohort,
            session=self.session.uid,
            days_before=self.days_before,
            kind=self.kind,
        )


class ForgedToken(ValueError):
    """An opt-out link this site did not sign."""


def began(membership):
    return int(membership.created_at.timestamp())


def opt_out_token(membership):
    """Names the membership and when it began: a later membership with the same key (a
    database can reuse one once rows are deleted) is not turned off by an old link."""
    return signing.dumps([membership.pk, began(membership)], salt=OPT_OUT_SALT)


def membership_named(token):
    """The membership an opt-out link names, or None once it is gone."""
    try:
        pk, started = signing.loads(token, salt=OPT_OUT_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        raise ForgedToken from None
    found = Membership.objects.select_related("cohort").filter(pk=pk).first()
    return found if found is not None and began(found) == started else None


def due_reminders(today):
    """Every reminder due on `today` (a date in each cohort's own time zone) not yet sent."""
    found = []
    for cohort in Cohort.objects.filter(page_deleted_at__isnull=True).order_by("pk"):
        page = cohort.page()
        if page is None or not page.live or not cohort.reminder_days_before():
            continue
        with translation.override(cohort.language()), timezone.override(local_zone()):
            found += cohort_reminders(cohort, page, today)
    return found


def cohort_reminders(cohort, page, today):
    sessions = sorted(shown_sessions(page), key=lambda s: s.start)
    found = []
    for index, session in enumerate(sessions):
        ahead = days_until(session, today, local_zone())
        days = due_reminder(ahead, cohort.reminder_days_before())
        if days is None:
            continue
        previous = sessions[index - 1] if index else None
        # the reminder names the tasks, not their tools
        tasks = tasks_of(previous, ReflectionTaskPage.BETWEEN, tools=False) + tasks_of(
            session, ReflectionTaskPage.BEFORE, tools=False
        )
        context = {**session_context(cohort, page, session), "days": ahead, "reminder": days}
        sent = set(
            SentReminder.objects.filter(
                cohort=cohort, session=session.uid, days_before=days
            ).values_list("user_id", "kind")
        )
        done = work_done(cohort, tasks)
        found += participant_reminders(context, tasks, done, sent)
        found += facilitator_reminders(context, tasks, done, sent)
    return found


def session_context(cohort, page, session):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    calendar = page.session_calendar_path(session.uid)
    return {
        "cohort": cohort,
        "page": page,
        "session": session,
        "module": session.shown_module,
        "bring": session.shown_module.bring if session.shown_module else "",
        "calendar_link": base + calendar,
        "cohort_link": base + page.url,
        "base": base,
    }


def participant_reminders(context, tasks, done, sent):
    members = (
        context["cohort"]
        .memberships.filter(reminders_off=False, user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "team")
    )
    found = []
    for member in members:
        if (member.user_id, SentReminder.PARTICIPANT) in sent:
            continue
        still = [t for t in tasks if not done.by_member(t, member.team_id, member.user_id)]
        opt_out = reverse("reminders:opt_out", args=[opt_out_token(member)])
        extra = {"team": member.team, "tasks": still, "opt_out_link": context["base"] + opt_out}
        found.append(reminder(SentReminder.PARTICIPANT, member.user, {**context, **extra}))
    return found


def facilitator_reminders(context, tasks, done, sent):
    cohort = context["cohort"]
    people = cohort.facilitators.filter(is_active=True).exclude(email="")
    people = [p for p in people if (p.pk, SentReminder.FACILITATOR) not in sent]
    if not people:
        return []
    progress = team_progress(cohort, tasks, done=done)
    off = cohort.memberships.filter(reminders_off=True).count()
    extra = {"progress": progress, "off": off, "tasks": tasks}
    return [reminder(SentReminder.FACILITATOR, p, {**context, **extra}) for p in people]


def reminder(kind, user, context):
    """The reminder of `kind` for `user`, its email written from the template of that kind."""
    context = {**context, "name": user.first_name or user.email}
    subject = render_to_string(f"reminders/email/{kind}_subject.txt", context)
    body = render_to_string(f"reminders/email/{kind}.txt", context)
    message = EmailMessage(subject_line(subject), body, to=[user.email])
    return Reminder(kind, user, context["cohort"], context["session"], context["reminder"], message)
