"""The evaluations' answers go with their cohort's retention, and a person's download
counts the sessions they evaluated (cohorts.personal_data)."""

from .models import EvaluationResponse, HeldAnswer


def forget_cohort(sender, cohort, **kwargs):
    EvaluationResponse.objects.filter(cohort=cohort).delete()
    HeldAnswer.objects.filter(cohort=cohort).delete()


def personal_data(sender, user, memberships, **kwargs):
    """How many sessions the person evaluated: the answers themselves are anonymous, and
    nothing links them to anyone."""
    return {"sessions_evaluated": sum(m.evaluated.count() for m in memberships)}
