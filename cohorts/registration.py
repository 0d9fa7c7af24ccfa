"""Municipalities register their team in a public form while the cohort is open for
registration; the facilitator approves (which enrols the team and sends invitations)
or declines, and the contact person hears either way.

Spam is kept out without third-party services: a field people never see (bots fill
it) and a signed time stamp (a form sent within seconds of being shown, or days later,
is refused with a message to try again, keeping what was typed). Each stamp is good for
one registration, and one address and one client may send only `REGISTRATIONS` a day
(security.rate_limits), since each registration can end in an email to the address
typed in it.
"""

import logging
import secrets
import time
from datetime import timedelta

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from security.rate_limits import Limit, allow

from . import municipalities
from .enrolment import check_people, enrol, person_row
from .forms import OneLineField, RoleField, shown_roles
from .invitations import MAIL_ERRORS, queue_invitations
from .models import Cohort, RegisteredMember, Registration
from .registration_mail import send_later
from .rules import rule_text, rules_for

MEMBER_ROWS = 8
TOO_MANY = _(
    "Too many registrations have come from this address or network today. "
    "Try again tomorrow, or contact the cohort's facilitator."
)
STAMP_REFUSED = _("The form could not be sent. Check it and send it again.")
MIN_SECONDS, MAX_SECONDS = 3, 24 * 3600
STAMP_SALT = "cohorts.registration"
REGISTRATIONS = Limit("registration", per_address=3, per_client=10, window=timedelta(days=1))
logger = logging.getLogger(__name__)


def is_open(cohort):
    return bool(cohort.registration_until) and timezone.localdate() <= cohort.registration_until


class MemberForm(forms.Form):
    name = OneLineField(label=_("Name"), required=False)
    email = forms.EmailField(label=_("Email"), required=False, max_length=254)
    role = RoleField(label=_("Role"), required=False)

    def __init__(self, *args, roles=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].refresh(roles)

    def clean(self):
        data = super().clean()
        filled = [data.get(k) for k in ("name", "email", "role")]
        if any(filled) and not all(filled):
            raise ValidationError(_("Give each member a name, an email address and a role."))
        return data


# At most MEMBER_ROWS forms are ever built, whatever TOTAL_FORMS says (1,000 took 6.7 s).
MemberFormSet = forms.formset_factory(
    MemberForm,
    extra=MEMBER_ROWS,
    max_num=MEMBER_ROWS,
    absolute_max=MEMBER_ROWS,
    validate_max=True,
)


class RegistrationForm(forms.Form):
    municipality = OneLineField(
        label=_("Municipality"),
        max_length=100,
        widget=forms.TextInput(attrs={"list": "municipalities", "autocomplete": "off"}),
        help_text=_("Choose from the list, or write the name if it is not there."),
    )
    contact_name = OneLineField(label=_("Your name"))
    contact_email = forms.EmailField(label=_("Your email"), max_length=254)
    contact_role = RoleField(label=_("Your role"))
    website = forms.CharField(required=False, label=_("Leave this field empty"))  # the trap
    stamp = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, roles=None, language="nb", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_role"].refresh(roles)
        self.language = language  # the cohort's: its country's municipalities
        if not self.is_bound:
            self.initial["stamp"] = new_stamp()

    def clean_municipality(self):
        typed = " ".join(self.cleaned_data["municipality"].split())
        return municipalities.official(typed, self.language) or typed

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise ValidationError(_("The form could not be sent. Try again."))
        shown, data["nonce"] = read_stamp(data.get("stamp", ""))
        used = Registration.objects.filter(stamp=data["nonce"]).exists()
        if used or not MIN_SECONDS <= time.time() - shown <= MAX_SECONDS:
            self.refuse_stamp()
        return data

    def refuse_stamp(self):
        """Refused with a fresh stamp in the form, so that a person can send it again."""
        self.data = self.data.copy()
        self.data["stamp"] = new_stamp()
        raise ValidationError(STAMP_REFUSED)


def new_stamp(shown_at=None):
    """When the form was shown, and a random word that makes the stamp good once."""
    return signing.dumps([shown_at or time.time(), secrets.token_hex(16)], salt=STAMP_SALT)


def read_stamp(stamp):
    """(shown at, nonce) of a stamp; (0, "") if forged or from before nonces."""
    try:
        shown, nonce = signing.loads(stamp, salt=STAMP_SALT)
        return float(shown), str(nonce)[:32]
    except (signing.BadSignature, TypeError, ValueError):
        return 0.0, ""


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
    roles = shown_roles()
    form = RegistrationForm(request.POST or None, roles=roles, language=cohort.language())
    members = MemberFormSet(request.POST or None, prefix="member", form_kwargs={"roles": roles})
    problems = []
    if request.method == "POST" and form.is_valid() and members.is_valid():
        people = check_people(
            cohort, people_of(form, members), new_teams=[form.cleaned_data["municipality"]]
        )
        problems = [(p, problem) for p in people for problem in p.problems]
        if not problems:
            if not allow(REGISTRATIONS, request, form.cleaned_data["contact_email"]):
                form.add_error(None, TOO_MANY)
            elif registration := save_registration(cohort, people, form.cleaned_data["nonce"]):
                send_later(registration)
                context = {"cohort_page": page, "registration": registration}
                return render(request, "cohorts/registration_sent.html", context)
            else:  # the same stamp in two requests at once
                form.add_error(None, STAMP_REFUSED)
    context = {
        "form": form,
        "members": members,
        "problems": problems,
        "cohort_page": page,
        "cohort": cohort,
        "rules": rule_text(rules_for(cohort)),
        "municipalities": municipalities.for_language(cohort.language()),
    }
    return render(request, "cohorts/register.html", context)


def save_registration(cohort, people, nonce):
    """The registration and its members; None if its stamp was used meanwhile."""
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                cohort=cohort,
                municipality=people[0].municipality,
                language=translation.get_language(),
                stamp=nonce,
            )
            RegisteredMember.objects.bulk_create(
                RegisteredMember(
                    registration=registration,
                    name=p.name,
                    email=p.email,
                    role=p.role,
                    is_contact=i == 0,
                )
                for i, p in enumerate(people)
            )
    except IntegrityError:
        return None
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
