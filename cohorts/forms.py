"""The facilitator's forms and the public registration form. Every text field refuses
line breaks and control characters; numbers and dates are bounded."""

from datetime import timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from programme.localize import in_language
from programme.snippets import AudienceRole

from .accounts import cohort_owns_account
from .models import Cohort, reminder_day_list
from .spreadsheet import MAX_BYTES


def one_line(value):
    if any(not c.isprintable() for c in value):
        raise ValidationError(_("Write this on one line, without special characters."))


def within_two_years(day):
    """A day a facilitator plans: from today to two years ahead."""
    today = timezone.localdate()
    if not today <= day <= today + timedelta(days=730):
        raise ValidationError(_("Choose a day between today and two years from now."))


class OneLineField(forms.CharField):
    default_validators = [one_line]

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 150)
        super().__init__(strip=True, **kwargs)


def shown_roles():
    """(queryset, choices) of the audience roles in the current language, read once for
    every form of a page that lists them."""
    keys = AudienceRole.objects.values_list("translation_key", flat=True)
    shown = in_language(AudienceRole.objects.all(), list(keys))
    queryset = AudienceRole.objects.filter(pk__in=[r.pk for r in shown]).order_by("name")
    return queryset, [(role.pk, str(role)) for role in queryset]


class RoleField(forms.ModelChoiceField):
    """An audience role, listed in the current language."""

    def __init__(self, **kwargs):
        super().__init__(queryset=AudienceRole.objects.none(), **kwargs)

    def refresh(self, roles=None):
        """Offer `roles` (from `shown_roles`), or read them now."""
        self.queryset, choices = roles or shown_roles()
        self.choices = [("", self.empty_label), *choices] if self.empty_label else choices


class TeamForm(forms.Form):
    municipality = OneLineField(label=_("Municipality"), max_length=100)

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.cohort = cohort

    def clean_municipality(self):
        name = " ".join(self.cleaned_data["municipality"].split())
        if self.cohort.teams.filter(municipality__iexact=name).exists():
            raise ValidationError(_("%(name)s already has a team.") % {"name": name})
        return name


class ParticipantForm(forms.Form):
    name = OneLineField(label=_("Name"))
    email = forms.EmailField(label=_("Email"), max_length=254)
    team = forms.ModelChoiceField(label=_("Team"), queryset=None)
    role = RoleField(label=_("Role"))
    is_contact = forms.BooleanField(label=_("Contact person for the team"), required=False)

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = cohort.teams.all()
        self.fields["role"].refresh()


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Participant list"),
        help_text=_(
            "An Excel workbook (.xlsx) or .csv file. The first row names the columns: "
            "name, email, municipality, role (Norwegian or Danish headings work too)."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise ValidationError(_("The file is larger than 2 MB. Split the list into parts."))
        return upload


# The preview's payload is [rows, file name]; a new salt retires the older [rows].
IMPORT_SALT = "cohorts.import.rows-and-name"


class ConfirmImportForm(forms.Form):
    """The checked rows, signed, so that confirming saves exactly what was previewed."""

    rows = forms.CharField(widget=forms.HiddenInput)

    def clean_rows(self):
        try:
            return signing.loads(self.cleaned_data["rows"], salt=IMPORT_SALT, max_age=3600)
        except signing.BadSignature as error:
            raise ValidationError(_("The preview has expired. Upload the file again.")) from error


class RegistrationWindowForm(forms.Form):
    registration_until = forms.DateField(
        label=_("Open for registration until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leave empty to close registration."),
    )

    def clean_registration_until(self):
        day = self.cleaned_data["registration_until"]
        if day:
            within_two_years(day)
        return day


class EditParticipantForm(ParticipantForm):
    """A member's role, team and contact role; their name and email only while the
    cohort owns the account (cohorts.accounts): a typo in an invitation can be mended,
    a person's own account not."""

    def __init__(self, *args, membership, **kwargs):
        user = membership.user
        initial = {
            "name": user.get_full_name(),
            "email": user.email,
            "team": membership.team,
            "role": membership.role,
            "is_contact": membership.is_contact,
        }
        super().__init__(*args, cohort=membership.cohort, initial=initial, **kwargs)
        self.membership = membership
        self.owns_account = cohort_owns_account(membership)
        if not self.owns_account:  # the template says why
            for name in ("name", "email"):
                self.fields[name].disabled = True

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        taken = get_user_model().objects.filter(email__iexact=email)
        if taken.exclude(pk=self.membership.user_id).exists():
            raise ValidationError(_("Another account has this email address."))
        return email


REMINDER_CHOICES = [
    (14, _("two weeks before")),
    (7, _("a week before")),
    (3, _("three days before")),
    (2, _("two days before")),
    (1, _("the day before")),
    (0, _("on the day, in the morning")),
]


class ReminderDaysField(forms.TypedMultipleChoiceField):
    """Reminder days ticked in a list, so that none can be mistyped; the cohort keeps
    them as "7, 1". A day set before the list existed stays on it."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.update(choices=REMINDER_CHOICES, coerce=int, required=False)
        kwargs.setdefault("label", _("Reminders by email"))
        kwargs.setdefault("help_text", _("Tick none to send no reminders."))
        super().__init__(**kwargs)

    def keep(self, value):
        """Offer the days in `value` ("7, 5") that the list lacks."""
        known = {day for day, _label in REMINDER_CHOICES}
        extra = [(day, days_before(day)) for day in as_days(value) if day not in known]
        self.choices = sorted([*REMINDER_CHOICES, *extra], key=lambda c: -c[0])

    def prepare_value(self, value):
        return [str(day) for day in as_days(value)] if isinstance(value, str) else value

    def clean(self, value):
        return ", ".join(str(day) for day in sorted(super().clean(value), reverse=True))


def as_days(value):
    try:
        return reminder_day_list(value or "")
    except ValueError:
        return []


def days_before(day):
    return _("%(days)s days before") % {"days": day}


class ReminderDaysForm(forms.ModelForm):
    """The cohort's reminder days, for its facilitators and in the Wagtail admin."""

    reminder_days = ReminderDaysField()

    class Meta:
        model = Cohort
        fields = ["reminder_days"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reminder_days"].keep(self.instance.reminder_days)
