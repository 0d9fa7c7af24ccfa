"""Which reminders went to whom goes with the cohort's retention (cohorts.personal_data)."""

from .models import SentReminder


def forget_cohort(sender, cohort, **kwargs):
    SentReminder.objects.filter(cohort=cohort).delete()
