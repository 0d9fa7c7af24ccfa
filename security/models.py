"""Counts for the limits on anonymous forms (security.rate_limits)."""

from django.db import models
from django.utils import timezone


class Attempt(models.Model):
    """One use of a limited form, under a keyed digest of who used it (an address or a
    client): the table names nobody, and rows older than a day are deleted."""

    scope = models.CharField(max_length=40)
    key = models.CharField(max_length=64)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["scope", "key", "at"], name="attempt_lookup")]

    def __str__(self):
        return f"{self.scope} {self.at:%Y-%m-%d %H:%M}"
