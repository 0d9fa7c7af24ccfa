"""A notice to a cohort's members, and its delivery to each of them by email."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cohorts.models import Cohort, Team

SUBJECT_MAX, BODY_MAX = 150, 5000


class Notice(models.Model):
    MESSAGE, MOVED = "message", "moved"
    KINDS = [(MESSAGE, _("message")), (MOVED, _("moved session"))]

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="notices")
    # None: the whole cohort. A team's notice goes with the team's data.
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.CASCADE, related_name="notices"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=8, choices=KINDS, default=MESSAGE)
    subject = models.CharField(_("subject"), max_length=SUBJECT_MAX)
    body = models.TextField(_("message"), max_length=BODY_MAX)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("message")

    def __str__(self):
        return self.subject


class Delivery(models.Model):
    """One member's copy by email: claimed (sent_at set) before it is sent, so it goes
    once; a failure clears the claim and keeps the error until it is sent again."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="deliveries")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["notice", "user"], name="one_delivery_per_person")
        ]

    def __str__(self):
        return f"{self.notice} → {self.user}"
