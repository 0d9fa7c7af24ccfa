from django import forms

from cohorts.models import Cohort


class ReminderDaysForm(forms.ModelForm):
    class Meta:
        model = Cohort
        fields = ["reminder_days"]
