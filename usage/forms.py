from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .counter import KEPT_DAYS
from .report import programmes

LONGEST = timedelta(days=KEPT_DAYS)  # as long as counts are kept


class PeriodForm(forms.Form):
    programme = forms.ChoiceField(label=_("Programme"), required=False)
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data=None):
        today = timezone.localdate()
        initial = {"start": today - timedelta(days=29), "end": today, "programme": ""}
        if data is not None:
            data = {**initial, **data.dict()}  # a field left out of the address keeps its default
        super().__init__(data, initial=initial)
        self.fields["programme"].choices = [("", _("All programmes")), *programmes()]

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("The period ends before it begins."))
        elif start and end and end - start > LONGEST:
            self.add_error(
                "start", _("Choose a period of at most 400 days: counts are kept that long.")
            )
        return data

    def period(self):
        """(start, end, programme key or None) when valid, else the last 30 days."""
        if self.is_valid():
            data = self.cleaned_data
            return data["start"], data["end"], data["programme"] or None
        return self.initial["start"], self.initial["end"], None
