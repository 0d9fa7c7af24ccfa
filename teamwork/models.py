"""A team's answer to a reflection task, each saved version kept; a person's own note.

Answers belong to the task's translation group (`task_key`), so a team sees the same
answer on the Norwegian and the Danish task.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cohorts.models import Membership, Team

MAX_ANSWER_LENGTH = 20_000


class TeamAnswer(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="answers")
    task_key = models.UUIDField(_("task"))
    text = models.TextField(_("answer"), blank=True)
    # Raised on every save; a save that names an older version is a conflict.
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    shared = models.BooleanField(_("shared with the cohort"), default=False)
    consent_at = models.DateTimeField(_("consent to publish"), null=True, blank=True)
    consent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    result_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("team answer")
        verbose_name_plural = _("team answers")
        constraints = [
            models.UniqueConstraint(fields=["team", "task_key"], name="one_answer_per_team_task")
        ]

    def __str__(self):
        return f"{self.team} – {self.task_key}"


class AnswerChange(models.Model):
    """One saved version of a team answer: who wrote it and when."""

    answer = models.ForeignKey(TeamAnswer, on_delete=models.CASCADE, related_name="changes")
    version = models.PositiveIntegerField()
    text = models.TextField(blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["answer", "version"], name="one_change_per_version")
        ]

    def __str__(self):
        return f"{self.answer} v{self.version}"


class PersonalNote(models.Model):
    """A participant's own note on a task done alone: seen by nobody else."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="notes")
    task_key = models.UUIDField(_("task"))
    text = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("personal note")
        verbose_name_plural = _("personal notes")
        constraints = [
            models.UniqueConstraint(fields=["membership", "task_key"], name="one_note_per_task")
        ]

    def __str__(self):
        return f"{self.membership} – {self.task_key}"
