"""Saving a team's answer without overwriting a teammate's, and reading its history.

Every save names the version it was written on. The row is updated only if that is
still the current version (one UPDATE ... WHERE version = n, atomic in the database),
so of two people saving at once the second is told, and keeps their text to merge.
"""

import difflib
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import AnswerChange, PersonalNote, TeamAnswer

HISTORY_SHOWN = 20


@dataclass
class Saved:
    answer: TeamAnswer
    conflict: bool


def answer_for(team, task_key):
    return TeamAnswer.objects.filter(team=team, task_key=task_key).select_related(
        "updated_by"
    ).first() or TeamAnswer(team=team, task_key=task_key)


def save_answer(team, task_key, text, version, user):
    """Save `text` written on `version`; a conflict leaves the newer answer as it is."""
    with transaction.atomic():
        # get_or_create itself copes with a teammate creating the row a moment ago
        answer, _created = TeamAnswer.objects.get_or_create(team=team, task_key=task_key)
        if answer.version == version and answer.text == text:
            return Saved(answer, conflict=False)  # nothing changed: no new version
        updated = TeamAnswer.objects.filter(pk=answer.pk, version=version).update(
            text=text, version=F("version") + 1, updated_by=user, updated_at=timezone.now()
        )
        if updated:
            AnswerChange.objects.create(answer=answer, version=version + 1, text=text, author=user)
    return Saved(answer_for(team, task_key), conflict=not updated)


def history(answer):
    """The latest versions, each with its words added and removed against the one before."""
    if answer.pk is None:
        return []
    changes = list(answer.changes.select_related("author")[: HISTORY_SHOWN + 1])
    for change, before in zip(changes, changes[1:] + [None], strict=True):
        change.diff = word_diff(before.text if before else "", change.text)
    return changes[:HISTORY_SHOWN]


def word_diff(old, new):
    """[(kind, words)] with kind "same", "added" or "removed"."""
    a, b = old.split(), new.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            parts.append(("added", " ".join(b[j1:j2])))
    return parts


def note_for(membership, task_key):
    return PersonalNote.objects.filter(membership=membership, task_key=task_key).first()


def save_note(membership, task_key, text):
    PersonalNote.objects.update_or_create(
        membership=membership, task_key=task_key, defaults={"text": text}
    )


def set_sharing(answer, shared, consent, user):
    """The team shares its answer with the cohort, and consents to its publication."""
    answer.shared = shared
    if consent and answer.consent_at is None:
        answer.consent_at, answer.consent_by = timezone.now(), user
    elif not consent:
        answer.consent_at = answer.consent_by = None
    answer.save(update_fields=["shared", "consent_at", "consent_by"])
