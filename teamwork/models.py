"""A team's answer to a reflection task, each saved version kept; a person's own note.

Answers belong to the task's translation group (`task_key`), so a team sees the same
answer on the Norwegian and the Danish task.
"""

import uuid
from pathlib import PurePosixPath

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
    # The team has saved an answer with text or a file in it, or (for a task that asks
    # for no text) a member marked it done for the team: the one meaning of "done".
    answered = models.BooleanField(default=False)
    marked_done_at = models.DateTimeField(null=True, blank=True)
    marked_done_by = models.ForeignKey(
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

    @property
    def done(self):
        return self.answered or self.marked_done_at is not None

    def current_files(self):
        """The files of the saved version (the list is prefetched where many are shown)."""
        if self.pk is None:
            return []
        return [f for f in self.files.all() if f.added_in is not None and f.removed_in is None]


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

    def files_of(self, files):
        """Of an answer's `files`, those this version held."""
        return [
            f
            for f in files
            if f.added_in is not None
            and f.added_in <= self.version
            and (f.removed_in is None or f.removed_in > self.version)
        ]


class AnswerDraft(models.Model):
    """What a member is writing on a team answer before they save it for the team: theirs
    alone, kept on the server so that another device finds it."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="drafts")
    task_key = models.UUIDField(_("task"))
    text = models.TextField(blank=True)
    # The version of the team's answer the draft was begun on: a newer one means merging.
    based_on = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("answer draft")
        verbose_name_plural = _("answer drafts")
        constraints = [
            models.UniqueConstraint(fields=["membership", "task_key"], name="one_draft_per_task")
        ]

    def __str__(self):
        return f"{self.membership} – {self.task_key} (draft)"


def stored_name(instance, filename):
    """A random name in storage: the person's own name is kept in `name`, for downloads."""
    return f"answers/{uuid.uuid4().hex}{PurePosixPath(filename).suffix.lower()}"


class AnswerFile(models.Model):
    """A file in a team answer. It belongs to the versions from `added_in` up to (not
    including) `removed_in`; until a save adds it, it waits in its uploader's draft."""

    answer = models.ForeignKey(TeamAnswer, on_delete=models.CASCADE, related_name="files")
    draft = models.ForeignKey(
        AnswerDraft, null=True, blank=True, on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(upload_to=stored_name, max_length=200)
    name = models.CharField(_("file name"), max_length=120)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    added_in = models.PositiveIntegerField(null=True, blank=True)
    removed_in = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


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
