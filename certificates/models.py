"""A certificate states what it proves when it is issued (who, which programme and
cohort, the sessions attended, the facilitators), so that it can be verified after the
cohort's people are gone: at retention only these lines stay, not linked to anyone."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from cohorts.models import Cohort, Membership

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # nothing to misread on paper


def new_code():
    """16 characters, 80 bits: nobody finds a certificate by guessing."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))


class Certificate(models.Model):
    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    membership = models.ForeignKey(
        Membership, null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    cohort = models.ForeignKey(
        Cohort, null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    language = models.CharField(max_length=8)
    name = models.CharField(_("name"), max_length=300)
    programme = models.CharField(_("programme"), max_length=255)
    cohort_title = models.CharField(_("cohort"), max_length=255)
    sessions = models.JSONField(default=list)  # [[ISO date, module title]] attended
    facilitators = models.JSONField(default=list)  # [name]
    issued_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    # Replaced by a newer one (the attendance changed), or withdrawn by a facilitator:
    # then the same lines are not issued again.
    REPLACED, WITHDRAWN = "replaced", "withdrawn"
    withdrawn_because = models.CharField(
        max_length=10, blank=True, choices=[(REPLACED, REPLACED), (WITHDRAWN, WITHDRAWN)]
    )

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate of participation")

    def __str__(self):
        return f"{self.code} {self.name}"
