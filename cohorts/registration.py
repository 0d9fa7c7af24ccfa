"""Municipalities register their team in a public form while the cohort is open for
registration; the facilitator approves (which enrols the team and sends invitations)
or declines, and the contact person hears either way.

Spam is kept out without third-party services: a field people never see (bots fill
it) and a signed time stamp (a form sent within seconds of being shown, or days later,
is refused with a message to try again, keeping what was typed).
"""

import logging
import time

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from .enrolment import check_people, enrol, person_row
from .forms import OneLineField, RoleField
from .invitations import MAIL_ERRORS, queue_invitations
from .models import Cohort, RegisteredMember, Registration

MEMBER_ROWS = 8
MIN_SECONDS, MAX_SECONDS = 3, 24 * 3600
STAMP_SALT = "cohorts.registration"
logger = logging.getLogger(__name__)


def is_open(cohort):
    return bool(cohort.registration_until) and timezone.localdate() <= cohort.registration_until


class MemberForm(forms.Form):
    name = OneLineField(label=_("Name"), required=False)
    email = forms.EmailField(label=_("Email"), required=False, max_length=254)
    role = RoleField(label=_("Role"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].refresh()

    def clean(self):
        data = super().clean()
        filled = [data.get(k) for k in ("name", "email", "role")]
        if any(filled) and not all(filled):
            raise ValidationError(_("Give each member a name, an email address and a role."))
        return data


MemberFormSet = forms.formset_factory(MemberForm, extra=MEMBER_ROWS, max_num=MEMBER_ROWS)


class RegistrationForm(forms.Form):
    municipality = OneLineField(label=_("Municipality"), max_length=100)
    contact_name = OneLineField(label=_("Your name"))
    contact_email = forms.EmailField(label=_("Your email"), max_length=254)
    contact_role = RoleField(label=_("Your role"))
    website = forms.CharField(required=False, label=_("Leave this field empty"))  # the trap
    stamp = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_role"].refresh()
        if not self.is_bound:
            self.initial["stamp"] = signing.dumps(time.time(), salt=STAMP_SALT)

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise ValidationError(_("The form could not be sent. Try again."))
        try:
            shown = signing.loads(data.get("stamp", ""), salt=STAMP_SALT)
        except signing.BadSignature:
            shown = 0
        if not MIN_SECONDS <= time.time() - float(shown) <= MAX_SECONDS:
            self.data = self.data.copy()
            self.data["stamp"] = signing.dumps(time.time(), salt=STAMP_SALT)
            raise ValidationError(_("The form could not be sent. Check it and send it again."))
        return data


def people_of(form, members):
    """The contact person and the members as rows for `check_people`."""
    data = form.cleaned_data
    rows = [(data["contact_name"], data["contact_email"], data["contact_role"])]
    rows += [
        (m.cleaned_data["name"], m.cleaned_data["email"], m.cleaned_data["role"])
        for m in members
        if m.cleaned_data.get("name")
    ]
    return [
        (line, person_row(name, email, data["municipality"], role))
        for line, (name, email, role) in enumerate(rows, 1)
    ]


@never_cache
def register(request, pk):
    cohort = get_object_or_404(Cohort, pk=pk, page_deleted_at=None)
    page = cohort.page_in(translation.get_language())
    if not is_open(cohort):
        return render(
            request,
            "cohorts/registration_closed.html",
            {"cohort_page": page},
            status=410,
        )
    form = RegistrationForm(request.POST or None)
    members = MemberFormSet(request.POST or None, prefix="member")
    problems = []
    if request.method == "POST" and form.is_valid() and members.is_valid():
        people = check_people(
            cohort, people_of(form, members), new_teams=[form.cleaned_data["municipality"]]
        )
        problems = [(p, problem) for p in people for problem in p.problems]
        if not problems:
            save_registration(cohort, people)
            return render(request, "cohorts/registration_sent.html", {"cohort_page": page})
    context = {
        "form": form,
        "members": members,
        "problems": problems,
        "cohort_page": page,
        "cohort": cohort,
    }
    return render(request, "cohorts/register.html", context)


@transaction.atomic
def save_registration(cohort, people):
    registration = Registration.objects.create(
        cohort=cohort, municipality=people[0].municipality, language=translation.get_language()
    )
    RegisteredMember.objects.bulk_create(
        RegisteredMember(
            registration=registration, name=p.name, email=p.email, role=p.role, is_contact=i == 0
        )
        for i, p in enumerate(people)
    )
    return registration


def rows_of(registration):
    return [
        (line, person_row(m.name, m.email, registration.municipality, m.role))
        for line, m in enumerate(registration.members.all(), 1)
    ]


def approve(registration, by):
    """Enrol the registered team (joining the municipality's team if there is one) and
    invite its members; the problems instead, if any member no longer fits."""
    cohort = registration.cohort
    people = check_people(cohort, rows_of(registration), new_teams=[registration.municipality])
    problems = [problem for p in people for problem in p.problems]
    if problems:
        return problems
    contact = registration.contact()
    has_contact = cohort.memberships.filter(
        team__municipality__iexact=registration.municipality, is_contact=True
    ).exists()
    with transaction.atomic():
        memberships = enrol(cohort, people, contact_email=None if has_contact else contact.email)
        decide(registration, Registration.APPROVED, by)
    queue_invitations(memberships)
    return []


def decide(registration, status, by):
    registration.status, registration.decided_by = status, by
    registration.decided_at = timezone.now()
    registration.save()
    if status == Registration.DECLINED:
        tell_contact(registration)


def tell_contact(registration):
    """The contact person hears that the registration was declined (approved ones get
    their invitations). A mail failure is logged; the decision stands."""
    contact = registration.contact()
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "name": contact.name,
            "cohort": registration.cohort.page_in(registration.language).title,
        }
        body = render_to_string("cohorts/email/declined.txt", context)
        subject = str(_("Your registration for %(cohort)s") % {"cohort": context["cohort"]})
    try:
        EmailMessage(subject, body, to=[contact.email]).send()
    except MAIL_ERRORS:
        logger.warning("declined registration %s: mail not sent", registration.pk)
