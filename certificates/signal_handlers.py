"""At retention a cohort's certificates lose their link to the people (the lines they
state stay, so they can still be verified); a person's download lists theirs."""

from .models import Certificate


def forget_cohort(sender, cohort, **kwargs):
    Certificate.objects.filter(cohort=cohort).update(membership=None)


def personal_data(sender, user, memberships, **kwargs):
    found = Certificate.objects.filter(membership__in=memberships)
    return {
        "certificates": [
            {
                "code": c.code,
                "cohort": c.cohort_title,
                "issued": c.issued_at.isoformat(),
                "withdrawn": c.withdrawn_at and c.withdrawn_at.isoformat(),
            }
            for c in found
        ]
    }
