"""Saving a team's answer without overwriting a teammate's, and reading its history.

Every save names the version it was written on. The row is updated only if that is
still the current version (one UPDATE ... WHERE version = n, atomic in the database),
so of two people saving at once the second is told, and keeps their text to merge.
What a member writes before saving is their draft: their text, the version it was begun
on and the files they have added, until the save makes them the team's.
"""

import difflib
import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import AnswerChange, AnswerDraft, AnswerFile, PersonalNote, TeamAnswer

HISTORY_SHOWN = 20


@dataclass
class Saved:
    answer: TeamAnswer
    conflict: bool


def answer_for(team, task_key):
    found = TeamAnswer.objects.filter(team=team, task_key=task_key)
    found = found.select_related("updated_by").prefetch_related("files")
    return found.first() or TeamAnswer(team=team, task_key=task_key)


def answer_row(team, task_key):
    """The team's answer row, made (empty, version 0) for a file to wait in."""
    return TeamAnswer.objects.get_or_create(team=team, task_key=task_key)[0]


def save_answer(team, task_key, text, version, user, draft=None, remove=()):
    """Save `text` written on `version`, with the files waiting in `draft` and without the
    current files in `remove`; a conflict leaves the newer answer (and the draft) as is."""
    with transaction.atomic():
        # get_or_create itself copes with a teammate creating the row a moment ago
        answer, _created = TeamAnswer.objects.get_or_create(team=team, task_key=task_key)
        current = set(
            answer.files.filter(added_in__isnull=False, removed_in__isnull=True).values_list(
                "pk", flat=True
            )
        )
        remove = current.intersection(remove)
        added = list(draft.files.values_list("pk", flat=True)) if draft else []
        unchanged = answer.version == version and answer.text == text
        if unchanged and not remove and not added:
            discard_draft(draft)
            return Saved(answer, conflict=False)  # nothing changed: no new version
        answered = bool(text.strip()) or bool(current - remove) or bool(added)
        updated = TeamAnswer.objects.filter(pk=answer.pk, version=version).update(
            text=text,
            version=F("version") + 1,
            updated_by=user,
            updated_at=timezone.now(),
            answered=answered,
        )
        if updated:
            new = version + 1
            AnswerChange.objects.create(answer=answer, version=new, text=text, author=user)
            AnswerFile.objects.filter(pk__in=added).update(added_in=new, draft=None)
            AnswerFile.objects.filter(pk__in=remove).update(removed_in=new)
            discard_draft(draft)
    return Saved(answer_for(team, task_key), conflict=not updated)


def mark_done(team, task_key, done, user):
    """For a task that asks for no text: a member marks it done (or not) for the team."""
    answer, _created = TeamAnswer.objects.get_or_create(team=team, task_key=task_key)
    answer.marked_done_at, answer.marked_done_by = (timezone.now(), user) if done else (None, None)
    answer.save(update_fields=["marked_done_at", "marked_done_by"])


def draft_for(membership, task_key):
    return AnswerDraft.objects.filter(membership=membership, task_key=task_key).first()


def keep_draft(membership, task_key, text, based_on):
    """The member's draft, as typed: only ever theirs, until saved or discarded."""
    draft, _created = AnswerDraft.objects.update_or_create(
        membership=membership, task_key=task_key, defaults={"text": text, "based_on": based_on}
    )
    return draft


def discard_draft(draft):
    """Its files that were never saved go with it (cascade, and from storage)."""
    if draft is not None and draft.pk is not None:
        draft.delete()


def history(answer):
    """The latest versions, each with its words added and removed against the one before."""
    if answer.pk is None:
        return []
    changes = list(answer.changes.select_related("author")[: HISTORY_SHOWN + 1])
    if not changes:
        return []  # a row made for a file waiting in a draft: nothing saved yet
    files = answer.files.all()
    for change, before in zip(changes, changes[1:] + [None], strict=True):
        change.diff = word_diff(before.text if before else "", change.text)
        change.files = change.files_of(files)
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


TOKENS = re.compile(r"\n|[^\S\n]+|\S+")


def side_by_side(mine, saved):
    """Two texts as [(text, differs)] runs each, a line break its own run: what the member
    wrote against the version saved meanwhile, the words only one of them has marked."""
    a, b = TOKENS.findall(mine.replace("\r", "")), TOKENS.findall(saved.replace("\r", ""))
    left, right = [], []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        left.append(("".join(a[i1:i2]), op != "equal"))
        right.append(("".join(b[j1:j2]), op != "equal"))
    return joined(left), joined(right)


def joined(runs):
    """Runs with the spaces between two marked ones marked too, and neighbours of one kind
    joined: "April tilsyn" is one marked run, read out once."""
    runs = [run for run in runs if run[0]]
    for index in range(1, len(runs) - 1):
        text, differs = runs[index]
        if not differs and runs[index - 1][1] and runs[index + 1][1] and not text.strip(" \t"):
            runs[index] = (text, True)
    out = []
    for text, differs in runs:
        if out and out[-1][1] == differs:
            out[-1] = (out[-1][0] + text, differs)
        else:
            out.append((text, differs))
    return out


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
