"""The evaluations' answers go with their cohort's retention (cohorts.personal_data)."""

from .models import EvaluationResponse, HeldAnswer


def forget_cohort(sender, cohort, **kwargs):
    EvaluationResponse.objects.filter(cohort=cohort).delete()
    HeldAnswer.objects.filter(cohort=cohort).delete()
