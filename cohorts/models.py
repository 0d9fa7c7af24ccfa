"""A cohort's people: its facilitators, municipal teams and their members, registrations
from municipalities, and attendance at each session.

A cohort page exists once per language; its people belong to the cohort, not to one
translation, so `Cohort` is keyed by the page's translation key.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

MAX_REMINDER_DAYS = 60


def reminder_day_list(value):
    """ "7, 1" -> [7, 1]; raises ValueError for anything but whole numbers."""
    return sorted({int(part) for part in value.replace(";", ",").split(",") if part.strip()})


def validate_reminder_days(value):
    try:
        days = reminder_day_list(value)
    except ValueError:
        raise ValidationError(
            _("Write whole numbers of days separated by commas, e.g. 7, 1.")
        ) from None
    if any(day < 0 or day > MAX_REMINDER_DAYS for day in days) or len(days) > 5:
        raise ValidationError(
            _("At most five reminders, each 0 to %(most)s days before.")
            % {"most": MAX_REMINDER_DAYS}
        )


class Cohort(models.Model):
    page_key = models.UUIDField(_("cohort page"), unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255, editable=False)
    group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="cohort", editable=False
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="facilitated_cohorts",
        help_text=_("They manage this cohort's teams, enrolment and attendance."),
    )
    page_deleted_at = models.DateTimeField(null=True, blank=True, editable=False)
    registration_until = models.DateField(
        _("registration open until"),
        null=True,
        blank=True,
        help_text=_("Municipalities can register a team up to and including this day."),
    )
    reminder_days = models.CharField(
        _("reminders (days before each session)"),
        max_length=40,
        default="7, 1",
        blank=True,
        validators=[validate_reminder_days],
        help_text=_('e.g. "7, 1": a week and a day before. Empty: no reminders.'),
    )

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def pages(self):
        from programme.cohort_page.page import CohortPage

        return CohortPage.objects.filter(translation_key=self.page_key).select_related("locale")

    @cached_property
    def versions(self):
        """The cohort page in every language, the first created (the source) first;
        read once per instance: a request asks for the page in several places."""
        return list(self.pages().order_by("pk"))

    def page(self):
        """The cohort page in the language it was written in, or None once deleted."""
        return self.versions[0] if self.versions else None

    def language(self):
        """The language the cohort speaks: that of the page it was created in."""
        page = self.page()
        return page.locale.language_code if page else settings.LANGUAGE_CODE

    def reminder_days_before(self):
        return reminder_day_list(self.reminder_days)

    def page_in(self, language):
        match = [p for p in self.versions if p.locale.language_code == language]
        return (match or self.versions)[0]

    def kind(self):
        """What its programme calls a cohort, in the admin's language ("Klynge", "Kull")."""
        page = self.page_in(translation.get_language()) if self.versions else None
        return page.own_words["cohort"] if page else "–"

    kind.short_description = _("called")


class Team(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="teams")
    municipality = models.CharField(_("municipality"), max_length=100)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["municipality"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "municipality"], name="one_team_per_place")
        ]

    def __str__(self):
        return self.municipality


class Membership(models.Model):
    """A person in a team of a cohort: one team per cohort, any number of cohorts."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.ForeignKey(
        "programme.AudienceRole",
        verbose_name=_("role"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_contact = models.BooleanField(_("contact person"), default=False)
    # The account was made by this enrolment: only then may the cohort's facilitators
    # mend its name and address (cohorts.accounts).
    created_account = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    invited_at = models.DateTimeField(_("invited"), null=True, blank=True)
    invitation_error = models.CharField(max_length=200, blank=True)
    reminders_off = models.BooleanField(_("no reminders by email"), default=False)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["team__municipality", "user__first_name", "user__last_name"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="one_team_per_cohort"),
            models.UniqueConstraint(
                fields=["team"], condition=Q(is_contact=True), name="one_contact_per_team"
            ),
        ]

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.email} ({self.team})"


class Attendance(models.Model):
    """Whether a participant came to a session. No row: not recorded (yet), which is not
    the same as absent."""

    PRESENT, ABSENT, EXCUSED = "present", "absent", "excused"
    STATES = [(PRESENT, _("present")), (ABSENT, _("absent")), (EXCUSED, _("excused absence"))]

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="attendance")
    session = models.UUIDField(_("session"))  # CohortSession.uid, the same in every language
    state = models.CharField(_("attendance"), max_length=8, choices=STATES, default=PRESENT)
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["membership", "session"], name="attended_once")
        ]

    def __str__(self):
        return f"{self.membership} @ {self.session}"


class Registration(models.Model):
    """A municipality's team, registered by its contact person in the public form."""

    PENDING, APPROVED, DECLINED = "pending", "approved", "declined"
    STATUSES = [
        (PENDING, _("awaiting decision")),
        (APPROVED, _("approved")),
        (DECLINED, _("declined")),
    ]

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="registrations")
    municipality = models.CharField(_("municipality"), max_length=100)
    language = models.CharField(max_length=8)  # the form's: the answer is written in it
    # The form's one-time stamp (cohorts.registration): a second send is refused.
    stamp = models.CharField(max_length=32, blank=True, default="", editable=False)
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["stamp"], condition=~Q(stamp=""), name="one_registration_per_stamp"
            )
        ]

    def __str__(self):
        return f"{self.municipality} → {self.cohort}"

    def contact(self):
        return self.members.filter(is_contact=True).first()


class RegisteredMember(models.Model):
    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"))
    role = models.ForeignKey(
        "programme.AudienceRole", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_contact = models.BooleanField(default=False)

    class Meta:
        ordering = ["-is_contact", "pk"]

    def __str__(self):
        return self.name
