"""Anonymous answers: who has answered is kept apart from what was answered.

A receipt says a participant has evaluated a session (so they answer once); the answer
is held sealed until enough have come in, then written out with others in a random order
(evaluations.anonymity): it carries no person, a random key and only the day, so neither
its order nor its time links it to a receipt.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from cohorts.models import Cohort, Membership


class EvaluationResponse(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="evaluations")
    session = models.UUIDField(_("session"))  # CohortSession.uid
    submitted_on = models.DateField()
    language = models.CharField(max_length=8)
    answers = models.JSONField(default=dict)  # question block id -> 1..5 or text

    class Meta:
        verbose_name = _("evaluation answer")
        verbose_name_plural = _("evaluation answers")

    def __str__(self):
        return f"{self.cohort} @ {self.session}"


class EvaluationReceipt(models.Model):
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="evaluated")
    session = models.UUIDField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["membership", "session"], name="evaluated_once")
        ]

    def __str__(self):
        return f"{self.membership} @ {self.session}"


class HeldAnswer(models.Model):
    """An answer not yet written out: sealed, so the database alone cannot read it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="held_answers")
    session = models.UUIDField()
    sealed = models.TextField()

    def __str__(self):
        return f"{self.cohort} @ {self.session} (held)"
