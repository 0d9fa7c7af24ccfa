"""What has been sent, so that a reminder never goes out twice."""

from django.conf import settings
from django.db import models

from cohorts.models import Cohort


class SentReminder(models.Model):
    PARTICIPANT, FACILITATOR = "participant", "facilitator"
    KINDS = [(PARTICIPANT, PARTICIPANT), (FACILITATOR, FACILITATOR)]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="+")
    session = models.UUIDField()  # CohortSession.uid
    days_before = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=12, choices=KINDS)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cohort", "session", "days_before", "kind"], name="sent_once"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.user} {self.days_before}d @ {self.session}"
