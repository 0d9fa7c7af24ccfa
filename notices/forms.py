"""The facilitator's message and session forms: one-line subjects, bounded texts and
times that make sense, each error in the screen's language."""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cohorts.forms import OneLineField, within_two_years

from .models import BODY_MAX, SUBJECT_MAX


def printable_text(value):
    """Line breaks and tabs belong in a message; other control characters do not."""
    if any(not (c.isprintable() or c in "\n\r\t") for c in value):
        raise ValidationError(_("Remove the special characters from the message."))


class NoticeForm(forms.Form):
    to = forms.ChoiceField(label=_("To"))
    subject = OneLineField(label=_("Subject"), max_length=SUBJECT_MAX)
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        validators=[printable_text],
    )

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.teams = {str(team.pk): team for team in cohort.teams.all()}
        everyone = ("", _("Everyone in the cohort"))
        self.fields["to"].choices = [
            everyone,
            *((pk, _("Team %(name)s") % {"name": team}) for pk, team in self.teams.items()),
        ]
        self.fields["to"].required = False

    def team(self):
        return self.teams.get(self.cleaned_data["to"])


class MoveSessionForm(forms.Form):
    day = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    starts = forms.TimeField(
        label=_("Starts"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    ends = forms.TimeField(
        label=_("Ends"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    venue = OneLineField(label=_("Venue"), max_length=200)
    address = OneLineField(label=_("Address"), max_length=250, required=False)

    def __init__(self, *args, session, **kwargs):
        start, end = timezone.localtime(session.start), timezone.localtime(session.end)
        initial = {
            "day": start.date(),
            "starts": start.time().replace(second=0),
            "ends": end.time().replace(second=0),
            "venue": session.venue,
            "address": session.address,
        }
        super().__init__(*args, initial=initial, **kwargs)
        self.session = session

    def clean_day(self):
        within_two_years(self.cleaned_data["day"])
        return self.cleaned_data["day"]

    def clean(self):
        data = super().clean()
        if {"day", "starts", "ends"} - data.keys():
            return data
        if data["ends"] <= data["starts"]:
            self.add_error("ends", _("The session must end after it starts."))
            return data
        zone = timezone.get_current_timezone()
        data["start"] = timezone.make_aware(datetime.combine(data["day"], data["starts"]), zone)
        data["end"] = timezone.make_aware(datetime.combine(data["day"], data["ends"]), zone)
        if self.values() == {n: getattr(self.session, n) for n in self.values()}:
            raise ValidationError(_("Change the time or the place, or go back."))
        return data

    def values(self):
        """start, end, venue and address as the session takes them."""
        return {name: self.cleaned_data.get(name) for name in ("start", "end", "venue", "address")}
