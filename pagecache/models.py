from django.db import models


class MissedPurge(models.Model):
    """A change whose purge could not be written to Redis, kept where the change itself
    was saved. Every process checks for new rows (when it reaches Redis again, and once
    a second while it serves from it) and one of them starts a new generation."""

    at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"missed purge {self.pk} at {self.at:%Y-%m-%d %H:%M:%S}"
